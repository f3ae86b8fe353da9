package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceState;

/** Search as you type: diacritics, ranking, extensions, paging, filters. */
class DirectorySearchTest {

    private final PresenceScenario office = new PresenceScenario();

    DirectorySearchTest() {
        office.engine.replaceDirectory(List.of(
                person("ake", "Åke Öström", "Ekonomi", "1301", "Faktura"),
                person("karin", "Karin Berg", "Kundtjänst", "1201", "Växel"),
                person("berit", "Berit Ek", "Kundtjänst", "1202", "Växel"),
                person("anna", "Anna Bergström", "Ekonomi", "1203", "Faktura"),
                person("oskar", "Oskar Lind", "Bergslagen", "1401", ""),
                person("soren", "Søren Ærø", "IT", "2201", ""),
                person("anders", "Anders Lindqvist", "Kundtjänst", "1204", "Växel"),
                person("marta", "Märta Östlund", "Försäljning", "1501", "")));
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        assertEquals(List.of("ake"), ids("ostr"));
        assertEquals(List.of("ake"), ids("ÖSTR"));
        assertEquals(List.of("ake"), ids("ake"));
        assertEquals(List.of("ake"), ids("Åke"));
        assertEquals(List.of("soren"), ids("soren"));
        assertEquals(List.of("soren"), ids("aerø"));
        assertEquals(List.of("marta"), ids("marta ost"));
    }

    @Test
    void nameStartBeatsOtherNameWordsWhichBeatDepartment() {
        // Berit's name starts with "ber"; Anna Bergström and Karin Berg have it as a later name word
        // (in Swedish alphabetical order); Oskar only in his department "Bergslagen".
        assertEquals(List.of("berit", "anna", "karin", "oskar"), ids("ber"));
    }

    @Test
    void everyTypedWordMustMatchSomeWord() {
        assertEquals(List.of("anna"), ids("anna berg"));
        assertEquals(List.of("anders"), ids("lind kund"));
        assertEquals(List.of(), ids("anna lind"));
    }

    @Test
    void extensionDigitsMatchFromTheStart() {
        assertEquals(List.of("karin"), ids("1201"));
        assertEquals(List.of("karin"), ids("12 01"));
        assertEquals(List.of("anders", "anna", "berit", "karin"), ids("120"), "equal rank: alphabetical");
        assertEquals(List.of(), ids("201"), "digits match from the start of the extension only");
    }

    @Test
    void fewerThanTwoCharactersBrowseTheWholeDirectoryInSwedishOrder() {
        PersonPage page = office.engine.search(PersonQuery.text("k"));
        assertEquals(8, page.total());
        List<String> order = page.hits().stream().map(hit -> hit.person().id()).toList();
        assertEquals(List.of("anders", "anna", "berit", "karin", "marta", "oskar", "soren", "ake"), order,
                "Å sorts after Z in Swedish; Märta under M");
    }

    @Test
    void departmentFilterIsCaseAndDiacriticsInsensitiveAndCombinesWithText() {
        assertEquals(List.of("anders", "berit", "karin"), ids(new PersonQuery("", "KUNDTJANST", false, 0, 50)));
        assertEquals(List.of("karin"), ids(new PersonQuery("ka", "kundtjänst", false, 0, 50)));
    }

    @Test
    void availableNowFilterKeepsOnlyAvailablePeopleAndCountsOnlyThem() {
        office.engine.setManual("karin", PresenceRequest.of(PresenceState.AVAILABLE));
        office.engine.setManual("berit", new PresenceRequest(PresenceState.AWAY, PresenceReason.LUNCH, null,
                null));
        PersonPage page = office.engine.search(new PersonQuery("", "Kundtjänst", true, 0, 50));
        assertEquals(1, page.total());
        assertEquals("karin", page.hits().get(0).person().id());
        assertTrue(page.hits().get(0).presence().isAvailable());
    }

    @Test
    void hitsCarryLivePresence() {
        office.engine.setManual("karin", new PresenceRequest(PresenceState.BUSY, PresenceReason.MEETING, null,
                null));
        PersonSearchHit hit = office.engine.search(PersonQuery.text("karin")).hits().get(0);
        assertEquals(PresenceState.BUSY, hit.presence().state());
        assertEquals(PresenceReason.MEETING, hit.presence().reason());
    }

    @Test
    void pagesOfThreeThousandPeopleCoverEveryHitOnceWithTheTotal() {
        PresenceScenario big = new PresenceScenario();
        big.engine.replaceDirectory(GeneratedDirectory.people(3_000));
        PersonQuery first = new PersonQuery("an", "", false, 0, 50);
        int total = big.engine.search(first).total();
        long expected = GeneratedDirectory.people(3_000).stream()
                .filter(p -> TextFolding.words(TextFolding.fold(p.displayName() + " " + p.department() + " "
                        + p.title() + " " + String.join(" ", p.groups()))).stream().anyMatch(w -> w.startsWith("an")))
                .count();
        assertEquals(expected, total, "the total counts every match, no cap");
        List<String> all = new ArrayList<>();
        PersonPage page = big.engine.search(first);
        all.addAll(page.hits().stream().map(h -> h.person().id()).toList());
        while (page.hasMore()) {
            page = big.engine.search(first.page(page.offset() + page.hits().size(), 50));
            all.addAll(page.hits().stream().map(h -> h.person().id()).toList());
        }
        assertEquals(total, all.size());
        assertEquals(total, new HashSet<>(all).size(), "no hit twice");
        assertFalse(page.hasMore());
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        PersonPage page = office.engine.search(new PersonQuery("", "", false, 100, 10));
        assertEquals(8, page.total());
        assertTrue(page.hits().isEmpty());
    }

    @Test
    void searchOverThreeThousandPeopleIsFastPerKeystroke() {
        PresenceScenario big = new PresenceScenario();
        big.engine.replaceDirectory(GeneratedDirectory.people(3_000));
        String[] keystrokes = {"an", "and", "ande", "ander", "ö", "öst", "östr", "lind", "lindq", "10", "102",
                "1024", "ka", "kar", "karl", "kundt", "så", "sø", "søren ø"};
        for (int warmUp = 0; warmUp < 200; warmUp++) {
            for (String text : keystrokes) {
                big.engine.search(new PersonQuery(text, "", warmUp % 2 == 0, 0, 50));
            }
        }
        int rounds = 100;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String text : keystrokes) {
                big.engine.search(new PersonQuery(text, "", round % 2 == 0, 0, 50));
            }
        }
        double millisPerQuery = (System.nanoTime() - start) / 1e6 / (rounds * keystrokes.length);
        // Generous bound (a keystroke budget of 20 ms) so a loaded build machine does not fail it.
        assertTrue(millisPerQuery < 20, "average " + millisPerQuery + " ms per query");
    }

    private List<String> ids(String text) {
        return ids(PersonQuery.text(text));
    }

    private List<String> ids(PersonQuery query) {
        return office.engine.search(query).hits().stream().map(hit -> hit.person().id()).toList();
    }

    private static Person person(String id, String name, String department, String extension, String group) {
        return new Person(id, name, department, "", extension, "", "", group.isEmpty() ? List.of() : List.of(group));
    }
}
