package org.kaname.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder and every file in it are the user's alone: on a POSIX file system the folder is 0700 and the files
 * 0600 (docs/security.md). Java cannot set a umask, and H2 and Logback create their own files with the
 * process's, so the folder is made 0700 first (nobody else can even list it) and each file's mode is set right after
 * it is created and again at every start. On Windows there is no POSIX view: the per-user {@code %APPDATA%} folder's
 * ACLs already keep other users out, and nothing is changed.
 */
public final class OwnerOnly {
    /**
     * Looked up when first needed: the launcher makes the data folder before the window opens, and setting up
     * logging there (0.3 s of Logback configuration) would hold the window back.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(OwnerOnly.class);
    }
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and missing parents) as 0700 where it does not exist yet; an existing one is left. */
    public static void createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (isPosix(parent != null ? parent : dir)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                // The umask may have taken bits away (never added them); set exactly 0700.
                Files.setPosixFilePermissions(dir, FOLDER);
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // created meanwhile by another process: tightened by secure() at open
        }
    }

    /**
     * Tightens the data folder and what Kaname keeps in it (the folder, its files, {@code backups/} and {@code kept/}
     * with their files) to owner-only; every change is logged. Failures are logged, never fatal: a folder Kaname cannot
     * chmod is still used (a read-only folder is reported when the first write fails).
     */
    static void secure(DataFiles files) {
        if (!isPosix(files.directory())) {
            return;
        }
        tighten(files.directory(), FOLDER);
        for (Path dir : List.of(files.directory(), files.backups(), files.kept())) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!dir.equals(files.directory())) {
                tighten(dir, FOLDER);
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        tighten(p, FILE);
                    }
                }
            } catch (IOException | RuntimeException e) {
                log().warn("cannot list {} to restrict its files to the owner", dir, e);
            }
        }
    }

    /** Sets a file Kaname just created (or H2 created for it) to 0600; a no-op where there are no POSIX modes. */
    static void file(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && isPosix(file)) {
            tighten(file, FILE, false);
        }
    }

    /** Sets a folder Kaname just created to 0700; a no-op where there are no POSIX modes. */
    static void folder(Path dir) {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isPosix(dir)) {
            tighten(dir, FOLDER, false);
        }
    }

    private static void tighten(Path p, Set<PosixFilePermission> wanted) {
        tighten(p, wanted, true);
    }

    /** {@code log}: an existing path found too open (logged), not one Kaname has just created. */
    private static void tighten(Path p, Set<PosixFilePermission> wanted, boolean log) {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (!now.equals(wanted)) {
                Files.setPosixFilePermissions(p, wanted);
                if (log) {
                    log().info("restricted {} to its owner ({} -> {})", p, PosixFilePermissions.toString(now),
                            PosixFilePermissions.toString(wanted));
                }
            }
        } catch (IOException | RuntimeException e) {
            log().warn("cannot restrict {} to its owner", p, e);
        }
    }

    static boolean isPosix(Path p) {
        try {
            Path existing = p;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null
                    && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
