package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.internal.plugins.Facet;
import org.samklang.core.internal.conversation.TestClock;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.DirectorySink;
import org.samklang.core.spi.DirectorySource;

/**
 * The desk serves reception search and presence from every directory source together; a source that is removed
 * takes its people with it, and the other source's people stay.
 */
class DeskDirectorySourcesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path data;

    @Test
    void givenTwoSources_whenOneIsRemoved_thenOnlyItsPeopleLeaveTheSearch() {
        try (Desk desk = Desk.start(data, new TestClock(T0))) {
            Source ldap = new Source("directory.ldap", person("karin", "Karin Berg", "1201", "karin@nordvik.se"));
            Source hr = new Source("directory.hr", person("olle", "Olle Berg", "1301", ""));
            desk.plugins().serviceAdded(Facet.DIRECTORY, ldap, Map.of());
            desk.plugins().serviceAdded(Facet.DIRECTORY, hr, Map.of());
            PresenceService presence = desk.presenceFor("karin");

            // The host starts each source on its own thread: wait until both pushed (in either order).
            await(() -> peopleOf(desk), List.of("karin", "olle"));
            await(() -> presence.searchDirectory(PersonQuery.text("Berg")).total(), 2);

            desk.plugins().serviceRemoved(Facet.DIRECTORY, hr);

            assertEquals(List.of("karin"), presence.searchDirectory(PersonQuery.text("Berg")).hits().stream()
                    .map(hit -> hit.person().id()).toList());
            assertEquals(Optional.empty(), presence.person("olle"));
            assertEquals(List.of("karin"), desk.people().merged().stream().map(e -> e.person().id()).toList());
        }
    }

    private static <T> void await(Supplier<T> value, T expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!expected.equals(value.get()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertEquals(expected, value.get());
    }

    private static List<String> peopleOf(Desk desk) {
        return desk.people().merged().stream().map(e -> e.person().id()).sorted().toList();
    }

    private static DirectoryEntry person(String id, String name, String extension, String email) {
        return DirectoryEntry.of(new Person(id, name, "Kundtjänst", "", extension, "", email, List.of()));
    }

    private record Source(String id, DirectoryEntry entry) implements DirectorySource {

        @Override
        public void startDirectory(DirectorySink sink) {
            sink.replaceAll(List.of(entry));
        }

        @Override
        public void stopDirectory() {
            // Nothing runs.
        }

        @Override
        public String displayName() {
            return id;
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.PRESENCE;
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(T0);
        }

    }
}
