package org.samklang.core.internal.directory;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.DirectorySink;

/**
 * The people directory of the desk, merged from every directory source: each source's last push is kept under its
 * id, and the merged list (by person id, the earliest source first, the desk's own identity last) goes to the
 * consumer after every change. A source that goes away takes its people with it.
 * <p>
 * Which person an address names (an extension, a chat address, an e-mail address in a presence report) is answered
 * from the merged list by the presence feeds ({@code PersonAddresses}), so that sources need not translate them.
 * <p>
 * <b>Threading.</b> Thread-safe. The consumer is called under this book's lock, so merged lists reach it in order;
 * it must not call back into the book.
 */
public final class DirectoryBook {

    /** The source id under which the desk's configured identity lists the agent, merged after every real source. */
    public static final String OWN_IDENTITY = "desk.identity";

    private static final System.Logger LOG = System.getLogger(DirectoryBook.class.getName());

    private final Object lock = new Object();
    private final Map<String, List<DirectoryEntry>> bySource = new LinkedHashMap<>();
    private final Consumer<List<DirectoryEntry>> consumer;
    private volatile List<DirectoryEntry> merged = List.of();

    /** @param consumer receives the whole merged directory after every change, under the book's lock */
    public DirectoryBook(Consumer<List<DirectoryEntry>> consumer) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** Replaces what {@code sourceId} lists; a source keeps its place in the merge order across pushes. */
    public void replace(String sourceId, List<DirectoryEntry> entries) {
        replaceUnless(sourceId, entries, () -> false);
    }

    /** As {@link #replace}, unless {@code stopped} says so; checked under the lock, so no push outlives a removal. */
    private void replaceUnless(String sourceId, List<DirectoryEntry> entries, BooleanSupplier stopped) {
        Objects.requireNonNull(sourceId, "sourceId");
        List<DirectoryEntry> kept = entries == null ? List.of() : entries.stream().filter(Objects::nonNull).toList();
        synchronized (lock) {
            if (stopped.getAsBoolean()) {
                LOG.log(Level.DEBUG, "ignoring a directory push from stopped source {0}", sourceId);
                return;
            }
            bySource.put(sourceId, kept);
            publish();
        }
    }

    /** Drops everything {@code sourceId} listed; harmless when it listed nothing. */
    public void remove(String sourceId) {
        synchronized (lock) {
            if (bySource.remove(sourceId) != null) {
                publish();
            }
        }
    }

    /**
     * {@return a sink that files what it receives under {@code sourceId}, until {@code stopped} says the source is
     * gone; calls after that are ignored}
     */
    public DirectorySink sinkFor(String sourceId, BooleanSupplier stopped) {
        return entries -> replaceUnless(sourceId, entries, stopped);
    }

    /** {@return the merged directory as last published} */
    public List<DirectoryEntry> merged() {
        return merged;
    }

    /** {@return the ids of the sources that currently list at least one person, in merge order} */
    public List<String> sources() {
        synchronized (lock) {
            return bySource.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .toList();
        }
    }

    private void publish() {
        List<Merge.Tagged> all = new ArrayList<>();
        bySource.forEach((source, entries) -> {
            if (!OWN_IDENTITY.equals(source)) {
                all.addAll(tagged(source, entries));
            }
        });
        all.addAll(tagged(OWN_IDENTITY, bySource.getOrDefault(OWN_IDENTITY, List.of())));
        Merge merge = Merge.of(all);
        merge.problems().forEach(problem -> LOG.log(Level.WARNING, "Directory: {0}", problem));
        merged = merge.entries();
        consumer.accept(merged);
    }

    private static List<Merge.Tagged> tagged(String source, List<DirectoryEntry> entries) {
        return entries.stream().map(entry -> new Merge.Tagged(source, entry)).toList();
    }
}
