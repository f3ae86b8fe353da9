package org.samklang.core.internal.directory;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.samklang.core.spi.DirectorySource;

/**
 * Starts and stops the registered {@link DirectorySource}s against the {@link DirectoryBook}: each gets a sink bound
 * to its own id, and a source that goes away takes its people with it. A source that throws is logged as a plugin
 * bug and contributes nothing; the desk goes on. Thread-safe.
 */
public final class DirectorySources {

    private static final System.Logger LOG = System.getLogger(DirectorySources.class.getName());

    private final DirectoryBook book;
    private final Map<DirectorySource, AtomicBoolean> stopped = new ConcurrentHashMap<>();

    public DirectorySources(DirectoryBook book) {
        this.book = book;
    }

    /**
     * Starts {@code source} on the calling thread, so people it pushes from within {@code startDirectory} are known
     * before presence sources registered after it report on them.
     */
    public void add(DirectorySource source) {
        AtomicBoolean gone = new AtomicBoolean();
        if (stopped.putIfAbsent(source, gone) != null) {
            return;
        }
        try {
            source.startDirectory(book.sinkFor(source.id(), gone::get));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "directory source " + source.id() + " failed to start; it lists nobody", e);
            book.remove(source.id());
        }
    }

    /** Stops {@code source} and drops its people; harmless for a source never added. */
    public void remove(DirectorySource source) {
        AtomicBoolean gone = stopped.remove(source);
        if (gone == null) {
            return;
        }
        gone.set(true);
        try {
            source.stopDirectory();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "directory source " + source.id() + " failed to stop", e);
        }
        book.remove(source.id());
    }
}
