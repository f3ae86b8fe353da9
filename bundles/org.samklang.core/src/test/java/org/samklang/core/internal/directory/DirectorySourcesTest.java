package org.samklang.core.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.DirectorySink;
import org.samklang.core.spi.DirectorySource;

/** Directory sources are started with a sink of their own, stopped cleanly, and a faulty one harms nobody. */
class DirectorySourcesTest {

    private final DirectoryBook book = new DirectoryBook(merged -> {
    });
    private final DirectorySources sources = new DirectorySources(book);

    @Test
    void givenASource_whenAddedAndRemoved_thenItsPeopleComeAndGoAndLatePushesAreIgnored() {
        FakeSource ldap = new FakeSource("directory.ldap", List.of(DirectoryBookTest.entry("karin", "Karin", "1", "")));
        sources.add(ldap);
        assertEquals(1, book.merged().size());

        sources.remove(ldap);
        ldap.sink.replaceAll(List.of(DirectoryBookTest.entry("olle", "Olle", "2", "")));

        assertEquals(List.of(), book.merged());
        assertEquals(1, ldap.stops);
    }

    @Test
    void givenASourceThatThrowsOnStart_whenAdded_thenItListsNobodyAndOthersStillCount() {
        sources.add(new FakeSource("directory.broken", null));
        sources.add(new FakeSource("directory.ldap", List.of(DirectoryBookTest.entry("karin", "Karin", "1", ""))));

        assertEquals(List.of("directory.ldap"), book.sources());
    }

    private static final class FakeSource implements DirectorySource {

        private final String id;
        private final List<DirectoryEntry> entries;
        DirectorySink sink;
        int stops;

        FakeSource(String id, List<DirectoryEntry> entries) {
            this.id = id;
            this.entries = entries == null ? null : new ArrayList<>(entries);
        }

        @Override
        public void startDirectory(DirectorySink directorySink) {
            sink = directorySink;
            if (entries == null) {
                directorySink.replaceAll(List.of(DirectoryBookTest.entry("ghost", "Ghost", "9", "")));
                throw new IllegalStateException("plugin bug");
            }
            directorySink.replaceAll(entries);
        }

        @Override
        public void stopDirectory() {
            stops++;
        }

        @Override
        public String id() {
            return id;
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
            return ConnectorHealth.online(java.time.Instant.EPOCH);
        }

    }
}
