package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

class DeskGuideTest {

    private static final DeskGuide.Keys KEYS = new DeskGuide.Keys("Ctrl+Shift+R", "Ctrl+Shift+A", "Ctrl+L", "F1");

    private static DeskGuide guide(Locale locale) {
        UiMessages messages = UiMessages.forLocale(locale);
        return new DeskGuide(messages,
                new PresenceTexts(messages, new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), messages)));
    }

    private static Presence presence(PresenceState state, boolean routable) {
        return new Presence("me", state, routable, PresenceReason.NONE, null, null, null, List.of(),
                PresenceSourceKind.MANUAL, TestData.NOW, null);
    }

    @Test
    void givenANewAgentWhoIsOffline_thenTheGuideSaysNoWorkComesAndWhichKeyMakesThemReady() {
        Optional<Presence> me = Optional.of(presence(PresenceState.OFFLINE, false));

        List<String> lines = guide(Locale.ENGLISH).lines(me, KEYS);

        assertEquals("You are Offline, so no work is offered to you. Press Ctrl+Shift+R to go Ready.", lines.get(0));
        assertTrue(DeskGuide.needsAction(me));
    }

    @Test
    void givenAnAvailableAgent_thenTheGuideSaysWhereOffersAppearAndHowToAcceptThem() {
        Optional<Presence> me = Optional.of(presence(PresenceState.AVAILABLE, true));

        String first = guide(Locale.ENGLISH).lines(me, KEYS).get(0);

        assertTrue(first.startsWith("You are Available: new work is offered"), first);
        assertTrue(first.contains("Ctrl+Shift+A"), first);
        assertFalse(DeskGuide.needsAction(me));
    }

    @Test
    void givenAnAvailableButNotRoutableAgent_thenTheGuideDoesNotPromiseWork() {
        Optional<Presence> me = Optional.of(presence(PresenceState.AVAILABLE, false));

        String first = guide(Locale.ENGLISH).lines(me, KEYS).get(0);

        assertTrue(first.contains("no work is offered"), first);
        assertTrue(DeskGuide.needsAction(me));
    }

    @Test
    void beforeTheDeskKnowsWhoIsSignedIn_thenTheGuideSaysSoInsteadOfGuessingAState() {
        String first = guide(Locale.ENGLISH).lines(Optional.empty(), KEYS).get(0);

        assertEquals("No work is offered until the desk knows who is signed in.", first);
        assertTrue(DeskGuide.needsAction(Optional.empty()));
    }

    @Test
    void theGuideAlwaysNamesTheListKeyAndTheKeyThatListsEveryKey_inEnglishAndSwedish() {
        Optional<Presence> me = Optional.of(presence(PresenceState.BUSY, false));

        List<String> english = guide(Locale.ENGLISH).lines(me, KEYS);
        List<String> swedish = guide(Locale.forLanguageTag("sv")).lines(me, KEYS);

        assertEquals(3, english.size());
        assertTrue(english.get(1).contains("Ctrl+L"), english.get(1));
        assertEquals("F1 lists every key.", english.get(2));
        assertTrue(swedish.get(0).startsWith("Du är Upptagen"), swedish.get(0));
        assertTrue(swedish.get(2).startsWith("F1 "), swedish.get(2));
    }
}
