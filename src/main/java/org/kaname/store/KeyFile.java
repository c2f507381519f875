package org.kaname.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code kaname.key}: says that the folder is encrypted and holds its data key, locked by the passphrase. The
 * passphrase is stretched with PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} iterations, a random 16-byte salt) into a
 * key-encryption key, which seals the random 256-bit data key with AES-256-GCM; the GCM tag is the verifier that tells
 * a wrong passphrase apart at once. The data key is what H2 encrypts the file with ({@link DatabaseKey}).
 *
 * <p>Why a data key under the passphrase rather than the stretched passphrase itself: changing the passphrase then
 * rewrites this one small file in one atomic rename, instead of re-encrypting the database and every backup, and a
 * backup taken before the change still opens with the folder's new passphrase. The file holds no secret in the clear:
 * without the passphrase it is as hard to use as the database itself.
 */
final class KeyFile {
    static final String NAME = "kaname.key";
    private static final String HEADER = "kaname-key 1";
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final String WRAP = "AES/GCM/NoPadding";
    private static final int DATA_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** Thrown when the passphrase does not open the key. */
    static final class WrongPassphrase extends Exception {
        WrongPassphrase() {
            super("the passphrase does not open the key");
        }
    }

    private final int iterations;
    private final byte[] salt;
    private final byte[] iv;
    private final byte[] sealed;

    private KeyFile(int iterations, byte[] salt, byte[] iv, byte[] sealed) {
        this.iterations = iterations;
        this.salt = salt;
        this.iv = iv;
        this.sealed = sealed;
    }

    /** A new random 256-bit data key; the caller wipes it after use. */
    static byte[] newDataKey() {
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        return dataKey;
    }

    /** {@code dataKey} sealed under {@code passphrase} with a fresh salt; the passphrase array is wiped. */
    static KeyFile seal(byte[] dataKey, char[] passphrase) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.ENCRYPT_MODE, stretch(passphrase, salt, ITERATIONS), new GCMParameterSpec(128, iv));
            c.updateAAD(aad(ITERATIONS, salt));
            return new KeyFile(ITERATIONS, salt, iv, c.doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or PBKDF2 is missing from this Java", e);
        }
    }

    /** The raw data key; the passphrase array is wiped. */
    byte[] unwrap(char[] passphrase) throws WrongPassphrase {
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.DECRYPT_MODE, stretch(passphrase, salt, iterations), new GCMParameterSpec(128, iv));
            c.updateAAD(aad(iterations, salt));
            return c.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new WrongPassphrase();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or PBKDF2 is missing from this Java", e);
        }
    }

    DatabaseKey unlock(char[] passphrase) throws WrongPassphrase {
        byte[] raw = unwrap(passphrase);
        try {
            return DatabaseKey.of(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static SecretKeySpec stretch(char[] passphrase, byte[] salt, int iterations)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] kek = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return new SecretKeySpec(kek, "AES");
        } finally {
            spec.clearPassword();
            Arrays.fill(passphrase, '\0');
        }
    }

    private static byte[] aad(int iterations, byte[] salt) {
        return (HEADER + "\nkdf=" + KDF + "\niterations=" + iterations + "\nsalt=" + HEX.formatHex(salt) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] toBytes() {
        String text = HEADER + "\n"
                + "kdf=" + KDF + "\n"
                + "iterations=" + iterations + "\n"
                + "salt=" + HEX.formatHex(salt) + "\n"
                + "wrap=" + WRAP + "\n"
                + "iv=" + HEX.formatHex(iv) + "\n"
                + "key=" + HEX.formatHex(sealed) + "\n"
                + "cipher=AES (H2 file encryption)\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a key file's bytes; throws IOException naming what is wrong with it. */
    static KeyFile parse(byte[] bytes) throws IOException {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IOException("not a Kaname key file");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                fields.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
            }
        }
        try {
            if (!KDF.equals(fields.get("kdf")) || !WRAP.equals(fields.get("wrap"))) {
                throw new IOException("the key file names an unknown method");
            }
            int iterations = Integer.parseInt(fields.get("iterations"));
            byte[] salt = HEX.parseHex(fields.get("salt"));
            byte[] iv = HEX.parseHex(fields.get("iv"));
            byte[] sealed = HEX.parseHex(fields.get("key"));
            if (iterations < 1 || salt.length != 16 || iv.length != 12 || sealed.length != DATA_KEY_BYTES + 16) {
                throw new IOException("the key file is damaged");
            }
            return new KeyFile(iterations, salt, iv, sealed);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException("the key file is damaged", e);
        }
    }

    /** The folder's key file, or empty when the folder is not encrypted. */
    static Optional<KeyFile> read(DataFiles files) throws IOException {
        try {
            return Optional.of(parse(Files.readAllBytes(files.keyFile())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether the folder is encrypted (it has a key file), without reading it. */
    static boolean presentIn(DataFiles files) {
        return Files.exists(files.keyFile());
    }

    /**
     * Writes the key file atomically: a temporary file, synced, renamed over {@code target}, the folder synced. A kill
     * at any moment leaves the old key file or the new one, never half of one.
     */
    void writeTo(Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.write(temp, toBytes());
        OwnerOnly.file(temp);
        Backups.fsync(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Backups.fsyncDirectory(target.toAbsolutePath().getParent());
    }
}
