package org.kaname.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.kaname.i18n.Messages;
import org.kaname.store.Passphrase;

/**
 * The command line's passphrase (docs/security.md): the first line of the file {@code KANAME_PASSPHRASE_FILE}
 * names, else typed at a prompt when there is a terminal, never an argument (arguments show in the process list and
 * the shell's history). With the file set, a new data directory is created encrypted; a prompt never does that by
 * itself. Problems with the file are one plain line: missing or unreadable, exit 4; empty, exit 3.
 */
final class CliPassphrase implements Passphrase {
    static final String FILE_ENV = "KANAME_PASSPHRASE_FILE";
    static final String NEW_FILE_ENV = "KANAME_NEW_PASSPHRASE_FILE";
    /** Shorter passphrases are refused for a new key: with the key file copied, they are guessed quickly. */
    static final int MIN_LENGTH = 8;
    /** A passphrase file is read no further than this: a passphrase is one short line, not a whole device. */
    private static final int MAX_FILE_BYTES = 64 * 1024;

    /** Reads a line without echo; null when there is no terminal. */
    interface Prompt {
        char[] read(String prompt);
    }

    private final Map<String, String> env;
    private final Prompt prompt;
    private final Messages messages;
    private final Path dataDirectory;

    CliPassphrase(Map<String, String> env, Prompt prompt, Messages messages, Path dataDirectory) {
        this.env = env;
        this.prompt = prompt;
        this.messages = messages;
        this.dataDirectory = dataDirectory;
    }

    /** The real environment and the real console (none when input or output is redirected). */
    static Prompt systemConsole() {
        java.io.Console console = System.console();
        return console == null ? null : text -> console.readPassword("%s", text);
    }

    @Override
    public Optional<char[]> unlock() {
        String file = env.get(FILE_ENV);
        if (file != null && !file.isBlank()) {
            return Optional.of(fromFile(file, FILE_ENV));
        }
        if (prompt != null) {
            char[] typed = prompt.read(messages.get("passphrase.prompt", dataDirectory));
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
        }
        return Optional.empty();
    }

    @Override
    public Optional<char[]> forNewFolder() {
        String file = env.get(FILE_ENV);
        return file != null && !file.isBlank() ? Optional.of(checkedNew(fromFile(file, FILE_ENV))) : Optional.empty();
    }

    /**
     * A new passphrase: from the file {@code envName} names, else typed twice at the prompt. Refused (nothing
     * changed) when they differ, when it is too short, or when there is neither file nor terminal.
     */
    char[] newPassphrase(String envName) {
        String file = env.get(envName);
        if (file != null && !file.isBlank()) {
            return checkedNew(fromFile(file, envName));
        }
        if (prompt == null) {
            throw new CliException(ExitCodes.USAGE, messages.get("passphrase.noNewSource", envName));
        }
        char[] first = prompt.read(messages.get("passphrase.promptNew"));
        char[] second = prompt.read(messages.get("passphrase.promptRepeat"));
        if (first == null || second == null || !Arrays.equals(first, second)) {
            wipe(first);
            wipe(second);
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("passphrase.mismatch"));
        }
        wipe(second);
        return checkedNew(first);
    }

    private char[] checkedNew(char[] passphrase) {
        if (passphrase.length < MIN_LENGTH) {
            wipe(passphrase);
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("passphrase.tooShort", MIN_LENGTH));
        }
        return passphrase;
    }

    /** The first line of the file, without its line end. */
    private char[] fromFile(String name, String envName) {
        Path file = Path.of(name);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages.get("passphrase.fileMissing", file,
                    envName));
        } catch (IOException | SecurityException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages.get("passphrase.fileUnreadable", file,
                    envName, e.getMessage()));
        }
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
        char[] line = new char[chars.remaining()];
        chars.get(line);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        // A byte-order mark from a Windows editor is not part of the passphrase.
        if (line.length > 0 && line[0] == '\uFEFF') {
            char[] rest = Arrays.copyOfRange(line, 1, line.length);
            wipe(line);
            line = rest;
        }
        if (line.length == 0) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("passphrase.fileEmpty", file, envName));
        }
        return line;
    }

    static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
