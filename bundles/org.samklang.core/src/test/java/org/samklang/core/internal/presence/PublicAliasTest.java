package org.samklang.core.internal.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.samklang.core.api.model.PresenceState.AVAILABLE;
import static org.samklang.core.api.model.PresenceState.AWAY;
import static org.samklang.core.api.model.PresenceState.BUSY;
import static org.samklang.core.internal.presence.PresenceScenario.at;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceChange;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceView;

/** Private reasons (sick, vacation) reach only the person themself; everyone else sees "unavailable". */
class PublicAliasTest {

    private final PresenceScenario office = PresenceScenario.office();
    private final PresenceService karinsDesk = new DeskPresenceService(office.engine, "karin");
    private final PresenceService andersDesk = new DeskPresenceService(office.engine, "anders");

    @Test
    void sickShowsAsAwayUnavailableToOthersButTheUntilTimeStays() {
        // given Karin reports sick until Wednesday
        karinsDesk.setMyPresence(new PresenceRequest(BUSY, PresenceReason.SICK,
                at("08:00").plusSeconds(2 * 86_400), AVAILABLE));
        // then she sees her own reason
        assertEquals(PresenceReason.SICK, karinsDesk.myPresence().reason());
        // and Anders (and the switchboard) see only the alias, with when she is back
        PresenceView seenByAnders = andersDesk.presenceOf("karin").orElseThrow();
        assertEquals(AWAY, seenByAnders.state());
        assertEquals(PresenceReason.UNAVAILABLE, seenByAnders.reason());
        assertEquals(at("08:00").plusSeconds(2 * 86_400), seenByAnders.until());
    }

    @Test
    void vacationFromTheCalendarIsHiddenInSearchHitsAndInWhoElseCanHelp() {
        office.calendar("karin", "08:00", "17:00", AWAY, PresenceReason.VACATION, null);
        office.engine.setSubstitutes("anders", List.of("karin"));
        PresenceView inSearch = andersDesk.searchDirectory(PersonQuery.text("karin")).hits().get(0).presence();
        assertEquals(PresenceReason.UNAVAILABLE, inSearch.reason());
        assertEquals(PresenceReason.UNAVAILABLE, andersDesk.whoElseCanHelp("anders").get(0).presence().reason());
    }

    @Test
    void aPrivateReasonComingNextIsHiddenToo() {
        office.setManual("karin", AVAILABLE, PresenceReason.NONE, null, null);
        office.calendar("karin", "12:00", "17:00", BUSY, PresenceReason.PERSONAL, null);
        Presence own = office.presence("karin");
        assertEquals(PresenceReason.PERSONAL, own.nextReason());
        PresenceView others = own.publicView();
        assertEquals(AWAY, others.next());
        assertEquals(PresenceReason.UNAVAILABLE, others.nextReason());
    }

    @Test
    void subscribersReceiveOnlyThePublicView() {
        List<PresenceChange> received = new ArrayList<>();
        PresenceService.Subscription subscription = andersDesk.subscribe(received::add);
        karinsDesk.setMyPresence(new PresenceRequest(AWAY, PresenceReason.SICK,
                null, null));
        assertEquals(PresenceReason.UNAVAILABLE, received.getLast().after().reason());
        subscription.close();
        subscription.close();
        karinsDesk.setMyPresence(PresenceRequest.of(AVAILABLE));
        assertEquals(1, received.size(), "nothing after close");
    }

    @Test
    void aPublicViewCannotBeBuiltWithAPrivateReason() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new PresenceView("karin", AWAY, false, PresenceReason.SICK, null, null,
                        PresenceReason.NONE, List.of(), PresenceSourceKind.MANUAL, null, null));
        assertEquals("a public view must not carry a private reason; use Presence.publicView()", error.getMessage());
    }

    @Test
    void publicReasonsPassThroughUnchanged() {
        office.setManual("karin", BUSY, PresenceReason.MEETING, null, null);
        PresenceView view = andersDesk.presenceOf("karin").orElseThrow();
        assertEquals(BUSY, view.state());
        assertEquals(PresenceReason.MEETING, view.reason());
        assertFalse(view.isAvailable());
    }

    @Test
    void everyPrivateReasonHasTheUnavailableAlias() {
        for (PresenceReason reason : PresenceReason.values()) {
            assertEquals(reason.isPrivate() ? PresenceReason.UNAVAILABLE : reason, reason.publicAlias());
        }
    }
}
