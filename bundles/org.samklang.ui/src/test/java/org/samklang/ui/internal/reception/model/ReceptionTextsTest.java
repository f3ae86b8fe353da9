package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonSearchHit;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.Substitute;
import org.samklang.ui.internal.model.Tone;

class ReceptionTextsTest {

    private final ReceptionTexts texts = People.texts();
    private final Person anders = People.person("anders", "Anders Öström", "Försäljning", "2001", "+46702223344");

    private static Presence sickUntil(String id, Instant until) {
        return new Presence(id, PresenceState.AWAY, false, PresenceReason.SICK, until, PresenceState.AVAILABLE,
                PresenceReason.NONE, List.of(), PresenceSourceKind.CALENDAR, null, null);
    }

    @Test
    void aPrivateReasonShowsAsItsPublicAliasWithTheBackAtTime() {
        Instant until = Instant.parse("2025-11-14T13:00:00Z");
        ResultRow row = texts.row(new PersonSearchHit(anders, sickUntil("anders", until).publicView()), false);

        assertEquals("Away", row.state());
        assertEquals("Unavailable", row.reason());
        assertFalse(String.join("|", row.cells()).contains("Sick"));
        assertEquals("13:00", row.backAt());
        assertEquals("Available", row.next());
        assertEquals(Tone.WARNING, row.tone());
        assertEquals("\u25D0", row.glyph());
    }

    @Test
    void aFavouriteRowIsStarredAndEveryRowHasAllColumns() {
        ResultRow row = texts.row(People.hit(anders, PresenceState.ON_CALL, PresenceReason.NONE), true);
        assertEquals("\u2605 Anders Öström", row.name());
        assertEquals("On a call", row.state());
        assertEquals(ResultRow.Column.values().length, row.cells().length);
        assertEquals(ResultRow.Column.values().length, texts.headers().length);
    }

    @Test
    void theDetailSaysStateReasonBackAtPhonesAndWhoElseCanHelp() {
        Person karin = People.person("karin", "Karin Berg", "Försäljning", "2002", "");
        Person lena = People.person("lena", "Lena Ek", "Försäljning", "2003", "");
        Instant until = Instant.parse("2025-11-14T14:00:00Z");
        Presence meeting = new Presence("anders", PresenceState.BUSY, false, PresenceReason.MEETING, until,
                PresenceState.AVAILABLE, PresenceReason.NONE, List.of("karin"), PresenceSourceKind.CALENDAR, null,
                null);
        List<Substitute> helpers = List.of(
                new Substitute(karin, People.hit(karin, PresenceState.AVAILABLE, PresenceReason.NONE).presence(),
                        Substitute.Relation.SUBSTITUTE, ""),
                new Substitute(lena, People.hit(lena, PresenceState.AVAILABLE, PresenceReason.NONE).presence(),
                        Substitute.Relation.SUBSTITUTE_OF_SUBSTITUTE, "karin"));

        PersonDetail detail = texts.detail(anders, meeting.publicView(), helpers);

        assertEquals("Busy · Meeting", detail.state());
        assertEquals("Back 14:00, then Available", detail.backAt());
        assertEquals("Ext. 2001 · Mobile +46702223344 · anders@example.se", detail.phones());
        assertEquals(2, detail.helpers().size());
        assertEquals("Substitute", detail.helpers().get(0).relation());
        assertEquals("Via Karin Berg", detail.helpers().get(1).relation());
        assertEquals(Tone.GOOD, detail.helpers().get(0).tone());
    }

    @Test
    void theCallLineShowsCallerStateAndTimeOrWhyThereIsNone() {
        CallLine line = texts.callLine(Optional.of(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567")), true,
                Instant.parse("2025-11-14T09:01:05Z"));
        assertEquals("\u260E +46701234567 · Connected 1:00", line.text());
        assertEquals(Tone.GOOD, line.tone());
        assertTrue(texts.callLine(Optional.empty(), false, People.NOW).text().contains("No phone connected"));
        assertEquals("No call at the desk", texts.callLine(Optional.empty(), true, People.NOW).text());
        CallLine consulting = texts.callLine(Optional.of(FakeCalls.call("c1", CallState.CONSULTING, null)), true,
                People.NOW);
        assertTrue(consulting.consulting());
        assertTrue(consulting.text().contains("Withheld number"), consulting.text());
    }

    @Test
    void otherRingingCallsAreCountedBesideTheCurrentOne() {
        var talking = FakeCalls.call("t", CallState.CONNECTED, "+4611");
        var first = FakeCalls.call("r1", CallState.RINGING, "+4622");
        var second = FakeCalls.call("r2", CallState.RINGING, "+4633");

        CallLine line = texts.callLine(List.of(first, talking, second), true, People.NOW);

        assertEquals("t", line.call().orElseThrow().callId());
        assertTrue(line.text().endsWith(" · 2 more ringing"), line.text());
        CallLine alone = texts.callLine(List.of(first), true, People.NOW);
        assertFalse(alone.text().contains("more ringing"), alone.text());
        CallLine twoRinging = texts.callLine(List.of(first, second), true, People.NOW);
        assertEquals("r1", twoRinging.call().orElseThrow().callId());
        assertTrue(twoRinging.text().endsWith(" · 1 more ringing"), twoRinging.text());
    }

    @Test
    void theCurrentCallIsTheConsultationThenTheTalkThenHeldThenRinging() {
        var ringing = FakeCalls.call("r", CallState.RINGING, "+4611");
        var held = FakeCalls.call("h", CallState.ON_HOLD, "+4622");
        var talking = FakeCalls.call("t", CallState.CONNECTED, "+4633");
        var wrapUp = FakeCalls.call("w", CallState.WRAP_UP, "+4644");
        assertEquals("t", ReceptionTexts.currentCall(List.of(ringing, held, talking, wrapUp)).orElseThrow().callId());
        assertEquals("h", ReceptionTexts.currentCall(List.of(ringing, held, wrapUp)).orElseThrow().callId());
        assertEquals(Optional.empty(), ReceptionTexts.currentCall(List.of(wrapUp)));
    }
}
