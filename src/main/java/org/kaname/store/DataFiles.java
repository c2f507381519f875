package org.kaname.store;

import java.nio.file.Path;

/**
 * The files Kaname keeps in one data directory; one place for their names. Temporary database files are named
 * {@code *.tmp.mv.db} without the {@code kaname.} prefix, for the same reason as {@link #kept()}.
 */
public record DataFiles(Path directory) {
    static final String DATABASE_NAME = "kaname";

    public DataFiles {
        directory = directory.toAbsolutePath().normalize();
    }

    /** The H2 database file. */
    public Path database() {
        return directory.resolve(DATABASE_NAME + ".mv.db");
    }

    /** H2's URL path for the database (H2 adds {@code .mv.db} itself). */
    String databaseUrlPath() {
        return directory.resolve(DATABASE_NAME).toString();
    }

    /** The seal: which database this directory holds and how many commits it has seen ({@link DatabaseSeal}). */
    public Path seal() {
        return directory.resolve("kaname.seal");
    }

    /** Held with an OS lock while a Kaname uses the directory; the OS drops it when the process dies. */
    public Path lock() {
        return directory.resolve("kaname.lock");
    }

    /** Present when the folder is encrypted: the data key, sealed by the passphrase ({@link KeyFile}). */
    public Path keyFile() {
        return directory.resolve(KeyFile.NAME);
    }

    public Path backups() {
        return directory.resolve("backups");
    }

    /**
     * Database files a restore moved aside, never deleted. Apart from the database's own folder, because H2's
     * {@code BACKUP TO} takes every file whose name starts with the database's name.
     */
    public Path kept() {
        return directory.resolve("kept");
    }
}
