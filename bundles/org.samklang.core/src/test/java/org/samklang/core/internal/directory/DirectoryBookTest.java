package org.samklang.core.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        assertEquals(Optional.of("karin"), book.personIdByAddress("1202"));
        assertEquals(Optional.empty(), book.personIdByAddress("9999"));
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
        assertEquals(Optional.empty(), book.personIdByAddress("1301"));
    }

    @Test
    void givenTheDesksOwnIdentity_whenASourceListsThatId_thenTheSourceWinsWhereverIdentityWasAdded() {
        book.replace(DirectoryBook.OWN_IDENTITY, List.of(entry("me", "Me Myself", "1000", "")));
        assertEquals(List.of("me"), ids(book.merged()));

        book.replace("ldap", List.of(entry("me", "Maja Svensson", "1000", "maja@nordvik.se")));

        assertEquals(List.of("Maja Svensson"), book.merged().stream().map(e -> e.person().displayName()).toList());
    }

    @Test
    void givenPeopleWithAddresses_whenLookedUp_thenIdExtensionChatAndEmailEachNameThePerson() {
        Person karin = new Person("karin", "Karin Berg", "Kundtjänst", "", "12 01", "", "Karin@Nordvik.se",
                List.of());
        book.replace("ldap", List.of(new DirectoryEntry(karin, List.of(), List.of("karin.berg@chat.nordvik.se"))));

        assertEquals(Optional.of("karin"), book.personIdByAddress("karin"));
        assertEquals(Optional.of("karin"), book.personIdByAddress("1201"));
        assertEquals(Optional.of("karin"), book.personIdByAddress("12-01"));
        assertEquals(Optional.of("karin"), book.personIdByAddress("KARIN@nordvik.se"));
        assertEquals(Optional.of("karin"), book.personIdByAddress("mailto:karin@nordvik.se"));
        assertEquals(Optional.of("karin"), book.personIdByAddress("xmpp:Karin.Berg@chat.nordvik.se"));
        assertEquals(Optional.empty(), book.personIdByAddress("1202"));
        assertEquals(Optional.empty(), book.personIdByAddress("olle@nordvik.se"));
        assertEquals(Optional.empty(), book.personIdByAddress(" "));
    }

    @Test
    void givenTwoPeopleSharingAnExtension_whenLookedUp_thenTheFirstKeepsIt() {
        book.replace("ldap", List.of(entry("karin", "Karin Berg", "1201", ""), entry("olle", "Olle Ek", "1201", "")));

        assertEquals(Optional.of("karin"), book.personIdByAddress("1201"));
        assertEquals(2, book.merged().size());
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
