package org.kaname.store;

/**
 * The data folder (or a backup) is encrypted and cannot be opened as asked: no passphrase was given, the passphrase
 * is wrong, or the key file that goes with the encrypted database is missing or unreadable. Nothing was written.
 */
public final class EncryptedFolderException extends StorageUnavailableException {
    /** What is missing, so the CLI and the app can say what to do. */
    public enum Kind { NO_PASSPHRASE, WRONG_PASSPHRASE, KEY_MISSING }

    private final Kind kind;

    EncryptedFolderException(Kind kind, String location, String detail) {
        super(Reason.INACCESSIBLE, location, detail, null);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
