package org.samklang.core.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;

/**
 * An OS file lock that keeps a second Samklang engine away from the same data directory.
 * <p>
 * SQLite alone would let two processes write the same file, each with its own journal sequence counter, which would
 * break the journal's "no gaps, no duplicates" promise. The OS drops the lock when the process dies, even on kill -9.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "samklang.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreUnavailableException(Reason.IO_ERROR,
                    "Cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DataDirectoryLock(channel, lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // Same answer as a lock held by another process: this directory is in use.
        }
        closeQuietly(channel);
        throw new StoreUnavailableException(Reason.LOCKED, "Another Samklang is already using the data directory "
                + dataDirectory + ". Close it first, or start this one with another data directory.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel close below releases it anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more to do; the OS releases the lock with the process.
        }
    }
}
