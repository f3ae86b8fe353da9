package org.samklang.core.internal.runtime;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.internal.presence.PersonAddresses;
import org.samklang.core.internal.presence.PresenceEngine;
import org.samklang.core.internal.presence.PresenceFeed;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;

/**
 * The presence sources present now, each with a {@link PresenceFeed} of its own: the core binds a sink per source
 * ({@link #open}), so what a source says is kept as its own and withdrawn when it goes away or starts over
 * ({@link #close}). Also holds the directory as sources address it ({@link PersonAddresses}) and, when a directory
 * arrives, lets every feed apply what waited for people it now has. Thread-safe.
 */
final class PresenceFeeds {

    private static final System.Logger LOG = System.getLogger(PresenceFeeds.class.getName());

    private final PresenceEngine presence;
    private final RoutingRuntime routing;
    private final Clock clock;
    private final Map<PresenceSource, PresenceFeed> feeds = new ConcurrentHashMap<>();
    private final AtomicLong bindings = new AtomicLong();
    private final BiConsumer<String, List<DirectoryEntry>> directoryPushes;
    private volatile PersonAddresses addresses = PersonAddresses.EMPTY;

    /**
     * @param directoryPushes where a directory a presence source pushes goes, under the source's name, to be merged
     *                        with every other source's people (the merged result comes back through
     *                        {@link #loadDirectory})
     */
    PresenceFeeds(PresenceEngine presence, RoutingRuntime routing, Clock clock,
            BiConsumer<String, List<DirectoryEntry>> directoryPushes) {
        this.presence = presence;
        this.routing = routing;
        this.clock = clock;
        this.directoryPushes = directoryPushes;
    }

    /**
     * Gives {@code source} a feed of its own (closing one it had) and {@return the sink to start it with} A source
     * that fails to declare its capabilities gets a sink that takes nothing, with one log line.
     */
    PresenceSink open(PresenceSource source) {
        String name = nameOf(source);
        PresenceFeed feed = new PresenceFeed(presence, name + "#" + bindings.incrementAndGet(), name,
                () -> addresses, clock);
        PresenceFeed earlier = feeds.put(source, feed);
        if (earlier != null) {
            earlier.close();
        }
        PresenceCapabilities declared;
        try {
            declared = source.presenceCapabilities();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "presence source " + name + " failed to declare what it sends (plugin bug);"
                    + " nothing it sends is taken", e);
            declared = new PresenceCapabilities(Set.of(), false, false);
        }
        return new SourceSink(feed, declared, name, entries -> directoryPushes.accept(name, entries));
    }

    /** The source went away: everything it said is withdrawn. */
    void close(PresenceSource source) {
        PresenceFeed feed = feeds.remove(source);
        if (feed != null) {
            feed.close();
        }
    }

    /** {@return what the source's status shows about people it names that the directory cannot resolve} */
    PresenceFeed.Unresolved unresolved(PresenceSource source) {
        PresenceFeed feed = feeds.get(source);
        return feed == null ? PresenceFeed.Unresolved.NONE : feed.unresolved();
    }

    /**
     * The merged directory changed: people, substitutes, addresses, agents for routing; then what waited for them.
     */
    void loadDirectory(List<DirectoryEntry> entries) {
        List<Person> people = entries.stream().map(DirectoryEntry::person).toList();
        presence.replaceDirectory(people);
        Map<String, List<String>> chat = new HashMap<>();
        for (DirectoryEntry entry : entries) {
            chat.put(entry.person().id(), entry.chatAddresses());
            if (!entry.substituteIds().isEmpty()) {
                try {
                    presence.setSubstitutes(entry.person().id(), entry.substituteIds());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "substitutes of {0} not taken: {1}", entry.person().id(), e.getMessage());
                }
            }
        }
        addresses = new PersonAddresses(people, chat);
        routing.registerAgents(people);
        feeds.values().forEach(PresenceFeed::directoryChanged);
    }

    /** {@return the name a source's feed and directory part are kept under: its id, or its class for a bad id} */
    static String nameOf(PresenceSource source) {
        try {
            String id = source.id();
            return id == null || id.isBlank() ? source.getClass().getName() : id;
        } catch (RuntimeException e) {
            return source.getClass().getName();
        }
    }

    /**
     * The sink one source pushes into: checks what it declared, never lets its bad data throw back into the plugin,
     * and hands the rest to its feed.
     */
    private static final class SourceSink implements PresenceSink {

        private final PresenceFeed feed;
        private final PresenceCapabilities declared;
        private final String name;
        private final Consumer<List<DirectoryEntry>> directory;
        private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

        SourceSink(PresenceFeed feed, PresenceCapabilities declared, String name,
                Consumer<List<DirectoryEntry>> directory) {
            this.feed = feed;
            this.declared = declared;
            this.name = name;
            this.directory = directory;
        }

        @Override
        public void report(PresenceReport report) {
            if (report == null || declares(report.source())) {
                guarded("presence report", () -> feed.report(report));
            }
        }

        @Override
        public void confirmAll(PresenceSourceKind kind) {
            if (kind == PresenceSourceKind.CALENDAR ? declares("calendar", declared.calendar()) : declares(kind)) {
                guarded("presence confirmation", () -> feed.confirmAll(kind));
            }
        }

        @Override
        public void withdraw(String personId, PresenceSourceKind kind) {
            guarded("presence withdrawal", () -> feed.withdraw(personId, kind));
        }

        @Override
        public void replaceCalendar(String personId, List<PresenceReport> entries) {
            if (declares("calendar", declared.calendar())) {
                guarded("calendar", () -> feed.replaceCalendar(personId, entries));
            }
        }

        @Override
        public void replaceDirectory(List<DirectoryEntry> entries) {
            if (declares("directory", declared.directory())) {
                guarded("directory", () -> directory.accept(List.copyOf(entries)));
            }
        }

        private boolean declares(PresenceSourceKind kind) {
            return declares(kind + " reports", kind != null && declared.reports().contains(kind));
        }

        private boolean declares(String what, boolean declaredIt) {
            if (!declaredIt && refusedOnce.add(what)) {
                LOG.log(Level.WARNING, "presence source {0} sends {1} it did not declare; ignored", name, what);
            }
            return declaredIt;
        }

        private void guarded(String what, Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "rejected {0} from presence source {1}: {2}", what, name, e.getMessage());
            }
        }
    }
}
