package org.kaname.store;

import java.util.Arrays;

/**
 * The key H2 encrypts the database file with ({@code CIPHER=AES}), or {@link #NONE} for an unencrypted folder. It is a
 * random 256-bit data key, given to H2 as its "file password" in hex; H2 derives its AES key from it (see
 * {@link KeyFile} for how the data key itself is kept under the passphrase). Every place that opens the file takes one.
 */
final class DatabaseKey {
    static final DatabaseKey NONE = new DatabaseKey(null);
    /** What H2 writes at the start of every encrypted file; recognisable without the key. */
    static final String ENCRYPTED_HEADER = "H2encrypt";

    private final char[] hex;

    private DatabaseKey(char[] hex) {
        this.hex = hex;
    }

    static DatabaseKey of(byte[] dataKey) {
        return new DatabaseKey(java.util.HexFormat.of().formatHex(dataKey).toCharArray());
    }

    boolean encrypted() {
        return hex != null;
    }

    /** The H2 URL settings that go with this key. */
    String urlSettings() {
        return encrypted() ? ";CIPHER=AES" : "";
    }

    /** H2's password for the user {@code kaname}: "{@code <file password> <user password>}" when encrypted. */
    String password() {
        return encrypted() ? new String(hex) + " " : "";
    }

    /** The file password as MVStore's {@code encryptionKey} takes it (the same characters, copied: MVStore wipes it). */
    char[] mvStoreKey() {
        return hex.clone();
    }

    /** The file password as H2's ChangeFileEncryption tool takes it. */
    char[] filePassword() {
        return hex.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseKey k && Arrays.equals(hex, k.hex);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hex);
    }

    @Override
    public String toString() {
        return encrypted() ? "DatabaseKey[AES]" : "DatabaseKey[none]";
    }
}
