package org.kaname.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The data directory cannot be used: locked by another Kaname, written by a newer version, not accessible, read-only,
 * or holding a damaged database (which is then left exactly as it was found). Or the shared database on a server
 * cannot be used: the server does not answer, refuses the login, or holds a newer schema than this Kaname knows.
 */
public class StorageUnavailableException extends Exception {
    /** Why, so the CLI and the UI can phrase it for a person. */
    public enum Reason {
        LOCKED, NEWER_SCHEMA, INACCESSIBLE, READ_ONLY, DAMAGED,
        /** The server did not answer (down, wrong host or port, a firewall) within the connect timeout. */
        SERVER_UNREACHABLE,
        /** The server refused the login: wrong password, or no such login, or not allowed to this database. */
        SERVER_LOGIN_FAILED,
        /** The server's schema was migrated by a newer Kaname; it is never migrated down. */
        SERVER_NEWER_SCHEMA
    }

    private final Reason reason;
    private final String location;

    public StorageUnavailableException(Reason reason, String location, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.location = location;
    }

    /** The directory could not be created, written or read; a read-only file system or folder is named as such. */
    static StorageUnavailableException inaccessible(Path directory, Throwable cause) {
        boolean readOnly = cause instanceof AccessDeniedException
                || cause instanceof FileSystemException fse && String.valueOf(fse.getReason()).contains("Read-only")
                || String.valueOf(cause.getMessage()).contains("Read-only file system");
        return new StorageUnavailableException(readOnly ? Reason.READ_ONLY : Reason.INACCESSIBLE, directory.toString(),
                String.valueOf(cause.getMessage()), cause);
    }

    static StorageUnavailableException damaged(Path databaseFile, String detail, Throwable cause) {
        return new StorageUnavailableException(Reason.DAMAGED, databaseFile.toString(), detail, cause);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The data directory concerned, or for {@link Reason#DAMAGED} the database file, or for a server
     * {@link ServerAddress#display()} ({@code user@host:5432/db}).
     */
    public String location() {
        return location;
    }
}
