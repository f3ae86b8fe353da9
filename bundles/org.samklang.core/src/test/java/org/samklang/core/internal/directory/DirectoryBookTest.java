package org.samklang.core.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.DirectorySink;

/** The merged directory: several sources, a source going away, the desk's own identity, lookup by address. */
class DirectoryBookTest {

    private final List<List<DirectoryEntry>> published = new ArrayList<>();
    private final DirectoryBook book = new DirectoryBook(published::add);

    @Test
    void givenTwoSources_whenBothPush_thenThePeopleOfBothAreMergedInSourceOrder() {
        book.replace("ldap", List.of(entry("karin", "Karin Berg", "1201", "karin@nordvik.se")));
        book.replace("pbx", List.of(entry("olle", "Olle Ek", "1301", "")));

        assertEquals(List.of("karin", "olle"), ids(book.merged()));
        assertEquals(ids(book.merged()), ids(published.getLast()));
    }

    @Test
    void givenTwoSourcesListingOneId_whenMerged_thenTheEarlierSourceKeepsIt() {
        book.replace("ldap", List.of(entry("karin", "Karin Berg", "1201", "")));
        book.replace("hr", List.of(entry("karin", "Karin Berg-Lund", "9999", "")));
        book.replace("ldap", List.of(entry("karin", "Karin Berg", "1202", "")));

        assertEquals(List.of("Karin Berg"), book.merged().stream().map(e -> e.person().displayName()).toList());
        assertEquals("1202", book.merged().getFirst().person().extension());
    }

    @Test
    void givenASourceThatGoesAway_whenRemoved_thenItTakesItsPeopleWithIt() {
        book.replace("ldap", List.of(entry("karin", "Karin Berg", "1201", "")));
        book.replace("pbx", List.of(entry("olle", "Olle Ek", "1301", ""), entry("karin", "K B", "1201", "")));

        book.remove("ldap");

        assertEquals(List.of("olle", "karin"), ids(book.merged()));
        assertEquals("K B", book.merged().get(1).person().displayName());
        book.remove("pbx");
        assertEquals(List.of(), book.merged());
        assertEquals(List.of(), published.getLast());
    }

    @Test
    void givenTheDesksOwnIdentity_whenASourceListsThatId_thenTheSourceWinsWhereverIdentityWasAdded() {
        book.replace(DirectoryBook.OWN_IDENTITY, List.of(entry("me", "Me Myself", "1000", "")));
        assertEquals(List.of("me"), ids(book.merged()));

        book.replace("ldap", List.of(entry("me", "Maja Svensson", "1000", "maja@nordvik.se")));

        assertEquals(List.of("Maja Svensson"), book.merged().stream().map(e -> e.person().displayName()).toList());
    }

    @Test
    void givenASinkOfAStoppedSource_whenItPushes_thenNothingChanges() {
        boolean[] stopped = {false};
        DirectorySink sink = book.sinkFor("ldap", () -> stopped[0]);
        sink.replaceAll(List.of(entry("karin", "Karin Berg", "1201", "")));
        stopped[0] = true;

        sink.replaceAll(List.of(entry("olle", "Olle Ek", "1301", "")));

        assertEquals(List.of("karin"), ids(book.merged()));
    }

    static DirectoryEntry entry(String id, String name, String extension, String email) {
        return DirectoryEntry.of(new Person(id, name, "Kundtjänst", "", extension, "", email, List.of()));
    }

    private static List<String> ids(List<DirectoryEntry> entries) {
        return entries.stream().map(e -> e.person().id()).toList();
    }
}
