package org.kaname.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;

/**
 * One Kaname per data directory, enforced by an OS lock on {@code kaname.lock}. Unlike H2's lock file, the OS releases
 * it the moment a process dies, so a Kaname killed by the task manager does not block the next start; and it lets
 * {@code restore} swap the database file while no one can have it open.
 */
final class DirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DirectoryLock acquire(DataFiles files) throws StorageUnavailableException {
        FileChannel channel;
        try {
            channel = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.file(files.lock());
        } catch (IOException | SecurityException e) {
            throw StorageUnavailableException.inaccessible(files.directory(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DirectoryLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process (another Services on the same directory): the same answer as another process
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageUnavailableException.inaccessible(files.directory(), e);
        }
        closeQuietly(channel);
        throw new StorageUnavailableException(StorageUnavailableException.Reason.LOCKED, files.directory().toString(),
                "in use by another Kaname", null);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do: the OS drops the lock with the process
        }
    }
}
