package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.Substitute;
import org.samklang.core.api.model.Substitute.Relation;

/** "Anders is in a meeting; who else can help?" */
class WhoElseCanHelpTest {

    private final PresenceScenario office = new PresenceScenario();

    WhoElseCanHelpTest() {
        office.engine.replaceDirectory(List.of(
                person("anders", "Anders Lind", "Faktura", "Avtal"),
                person("karin", "Karin Berg", "Faktura"),
                person("berit", "Berit Ek", "Faktura", "Avtal"),
                person("cecilia", "Cecilia Holm", "Faktura"),
                person("david", "David Ahl", "Faktura"),
                person("erik", "Erik Dahl", "Lager"),
                person("frida", "Frida Ek", "Lager")));
        office.engine.setManual("anders", new PresenceRequest(PresenceState.BUSY, PresenceReason.MEETING,
                PresenceScenario.at("14:00"), null));
    }

    @Test
    void substitutesInTheirOrderWhateverTheirStateThenAvailableColleaguesOfTheSameGroup() {
        // given Anders names Karin (away) then Erik (available) as substitutes
        office.engine.setSubstitutes("anders", List.of("karin", "erik"));
        away("karin");
        available("erik", "berit", "cecilia", "david");
        // when the switchboard asks who else can help
        List<Substitute> help = office.engine.whoElseCanHelp("anders");
        // then Karin and Erik come first in his order, Karin's state shown; then available Faktura
        // colleagues, Berit first because she also shares "Avtal", then by name
        assertEquals(List.of("karin", "erik", "berit", "cecilia", "david"), ids(help));
        assertEquals(List.of(Relation.SUBSTITUTE, Relation.SUBSTITUTE, Relation.SAME_GROUP, Relation.SAME_GROUP,
                Relation.SAME_GROUP), help.stream().map(Substitute::relation).toList());
        assertEquals(PresenceState.AWAY, help.get(0).presence().state());
        assertEquals("Faktura", help.get(2).via());
    }

    @Test
    void aSubstitutesOwnAvailableSubstituteIsSuggestedWithWhomItCameThrough() {
        office.engine.setSubstitutes("anders", List.of("karin"));
        office.engine.setSubstitutes("karin", List.of("frida"));
        away("karin");
        available("frida");
        List<Substitute> help = office.engine.whoElseCanHelp("anders");
        assertEquals(List.of("karin", "frida"), ids(help));
        assertEquals(Relation.SUBSTITUTE_OF_SUBSTITUTE, help.get(1).relation());
        assertEquals("karin", help.get(1).via());
    }

    @Test
    void unavailableSecondLevelSubstitutesAndGroupColleaguesAreLeftOut() {
        office.engine.setSubstitutes("anders", List.of("karin"));
        office.engine.setSubstitutes("karin", List.of("frida"));
        away("karin", "frida", "berit");
        assertEquals(List.of("karin"), ids(office.engine.whoElseCanHelp("anders")));
    }

    @Test
    void aCycleOfSubstitutesIsFollowedOnceAndNeverSuggestsThePersonThemself() {
        // Anders -> Karin -> Erik -> Anders, and mutual cover Karin <-> Erik
        office.engine.setSubstitutes("anders", List.of("karin"));
        office.engine.setSubstitutes("karin", List.of("erik", "anders"));
        office.engine.setSubstitutes("erik", List.of("anders", "karin"));
        available("karin", "erik");
        List<Substitute> help = office.engine.whoElseCanHelp("anders");
        assertEquals(List.of("karin", "erik"), ids(help));
        assertTrue(help.stream().noneMatch(s -> s.person().id().equals("anders")));
    }

    @Test
    void nobodyIsListedTwiceEvenWhenSubstituteAndColleague() {
        office.engine.setSubstitutes("anders", List.of("berit"));
        available("berit", "karin");
        assertEquals(List.of("berit", "karin"), ids(office.engine.whoElseCanHelp("anders")));
    }

    @Test
    void anUnknownPersonHasNoSuggestions() {
        assertTrue(office.engine.whoElseCanHelp("nobody").isEmpty());
        assertTrue(office.engine.whoElseCanHelp(null).isEmpty());
    }

    @Test
    void substitutesAppearInThePresenceRecordInOrder() {
        office.engine.setSubstitutes("anders", List.of("karin", "erik"));
        assertEquals(List.of("karin", "erik"), office.presence("anders").substitutes());
        assertEquals(List.of("karin", "erik"), office.presence("anders").publicView().substitutes());
    }

    private void away(String... ids) {
        for (String id : ids) {
            office.engine.setManual(id, new PresenceRequest(PresenceState.AWAY, PresenceReason.LUNCH, null, null));
        }
    }

    private void available(String... ids) {
        for (String id : ids) {
            office.engine.setManual(id, PresenceRequest.of(PresenceState.AVAILABLE));
        }
    }

    private static List<String> ids(List<Substitute> help) {
        return help.stream().map(s -> s.person().id()).toList();
    }

    private static Person person(String id, String name, String... groups) {
        return new Person(id, name, "", "", "", "", "", List.of(groups));
    }
}
