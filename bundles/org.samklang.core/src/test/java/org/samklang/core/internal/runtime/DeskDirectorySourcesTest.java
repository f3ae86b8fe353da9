package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.internal.conversation.TestClock;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.ConnectorSettings;
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
            desk.addDirectorySource(ldap);
            desk.addDirectorySource(hr);
            PresenceService presence = desk.presenceFor("karin");

            assertEquals(2, presence.searchDirectory(PersonQuery.text("Berg")).total());
            assertEquals(List.of("karin", "olle"), desk.people().merged().stream().map(e -> e.person().id())
                    .toList());

            desk.removeDirectorySource(hr);

            assertEquals(List.of("karin"), presence.searchDirectory(PersonQuery.text("Berg")).hits().stream()
                    .map(hit -> hit.person().id()).toList());
            assertEquals(Optional.empty(), presence.person("olle"));
            assertEquals(List.of("karin"), desk.people().merged().stream().map(e -> e.person().id()).toList());
        }
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

        @Override
        public ConnectorSettings settings(Locale locale) {
            return ConnectorSettings.NONE;
        }
    }
}
