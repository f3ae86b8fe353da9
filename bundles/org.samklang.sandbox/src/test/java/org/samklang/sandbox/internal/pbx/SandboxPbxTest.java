package org.samklang.sandbox.internal.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.PresenceAddress;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.RecordingSink;
import org.samklang.sandbox.internal.SandboxRemote;
import org.samklang.sandbox.internal.directory.SandboxDirectory;

class SandboxPbxTest {

    private static final String CALL = "call-1";

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final SandboxDirectory directory = new SandboxDirectory(42, clock);
    private final SandboxPbx pbx = new SandboxPbx(directory, 42, clock);
    private final List<CallEvent> events = new ArrayList<>();
    private final RecordingSink sink = new RecordingSink();

    SandboxPbxTest() {
        pbx.startCallEvents(events::add);
        pbx.startPresence(sink);
    }

    private void ringAndAnswer() {
        pbx.ring(new CallEvent.Ringing(CALL, RawAddress.of(Address.Scheme.TEL, "070-123 45 67"), "queue:x",
                clock.instant()));
        assertEquals(CallControlResult.accepted(), pbx.answer(CALL).join());
    }

    private List<Class<?>> kinds() {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void givenARingingCall_answerHoldResume_reportEachStepOnce() {
        ringAndAnswer();
        clock.advance(Duration.ofSeconds(20));
        pbx.hold(CALL).join();
        pbx.hold(CALL).join();
        pbx.resume(CALL).join();

        assertEquals(List.of(CallEvent.Ringing.class, CallEvent.Answered.class, CallEvent.Held.class,
                CallEvent.Resumed.class), kinds());
        assertEquals(pbx.deskExtension(), ((CallEvent.Answered) events.get(1)).answeredBy());
    }

    @Test
    void whileTheAgentTalks_thePbxReportsThemOnACall_andIdleAfterwards() {
        String agent = PresenceAddress.extension(directory.deskAgent().extension());
        ringAndAnswer();
        assertEquals(PresenceState.ON_CALL, sink.latest(agent, PresenceSourceKind.PBX).state());

        clock.advance(Duration.ofSeconds(45));
        pbx.hangUp(CALL).join();

        assertEquals(PresenceState.AVAILABLE, sink.latest(agent, PresenceSourceKind.PBX).state());
        CallEvent.Ended ended = assertInstanceOf(CallEvent.Ended.class, events.get(events.size() - 1));
        assertEquals(CallEvent.EndReason.AGENT_HUNG_UP, ended.reason());
        assertEquals(Duration.ofSeconds(45), ended.talkTime());
        assertEquals("sandbox-recording:" + CALL, ended.recordingRef().orElseThrow());
    }

    @Test
    void aBlindTransfer_sendsTheCallAway_andLaterCommandsAreRefused() {
        ringAndAnswer();
        String colleague = directory.people().get(5).extension();

        pbx.transfer(CALL, TransferMode.BLIND, colleague).join();

        CallEvent.Transferred transferred = assertInstanceOf(CallEvent.Transferred.class, events.get(2));
        assertEquals(colleague, transferred.target());
        assertInstanceOf(CallControlResult.Refused.class, pbx.hangUp(CALL).join());
        assertInstanceOf(CallControlResult.Refused.class, pbx.hold(CALL).join());
    }

    @Test
    void aConsultativeTransfer_holdsTheCaller_andCompletesOrCancels() {
        ringAndAnswer();
        String colleague = directory.people().get(5).extension();

        pbx.transfer(CALL, TransferMode.CONSULTATIVE, colleague).join();
        pbx.cancelTransfer(CALL).join();
        pbx.transfer(CALL, TransferMode.CONSULTATIVE, colleague).join();
        pbx.completeTransfer(CALL).join();

        assertEquals(List.of(CallEvent.Ringing.class, CallEvent.Answered.class, CallEvent.Held.class,
                CallEvent.Resumed.class, CallEvent.Held.class, CallEvent.Transferred.class), kinds());
        assertEquals(TransferMode.CONSULTATIVE, ((CallEvent.Transferred) events.get(5)).mode());
    }

    @Test
    void transfersToUnknownTargets_andVoicemailOrMobileVariants_areCheckedBeforeAnythingHappens() {
        ringAndAnswer();
        assertInstanceOf(CallControlResult.Refused.class, pbx.transfer(CALL, TransferMode.BLIND, "9999").join());
        assertInstanceOf(CallControlResult.Refused.class, pbx.transfer(CALL, TransferMode.MOBILE, "2001").join());
        assertInstanceOf(CallControlResult.Refused.class, pbx.transfer(CALL, null, "2001").join());
        assertInstanceOf(CallControlResult.Refused.class, pbx.transfer("nope", TransferMode.BLIND, "2001").join());
        assertEquals(2, events.size(), "nothing happened to the call");

        assertEquals(CallControlResult.accepted(),
                pbx.transfer(CALL, TransferMode.MOBILE, directory.people().get(3).mobile()).join());
    }

    @Test
    void aCallNobodyAnswers_isAbandonedByTheCaller() {
        pbx.ring(new CallEvent.Ringing(CALL, RawAddress.of(Address.Scheme.TEL, ""), "", clock.instant()));

        clock.advance(Duration.ofMinutes(3));
        pbx.tick();

        CallEvent.Ended ended = assertInstanceOf(CallEvent.Ended.class, events.get(1));
        assertEquals(CallEvent.EndReason.ABANDONED, ended.reason());
        assertEquals(Duration.ZERO, ended.talkTime());
        assertTrue(ended.recordingRef().isEmpty());
    }

    @Test
    void anAnsweredCall_endsWhenTheCallerHasSaidEnough() {
        ringAndAnswer();

        clock.advance(Duration.ofMinutes(10));
        pbx.tick();

        CallEvent.Ended ended = assertInstanceOf(CallEvent.Ended.class, events.get(2));
        assertEquals(CallEvent.EndReason.CALLER_HUNG_UP, ended.reason());
        assertTrue(ended.talkTime().compareTo(Duration.ofMinutes(10)) == 0, "ended when the tick saw it");
    }

    @Test
    void ringingTheSameCallTwice_ringsOnce() {
        CallEvent.Ringing ringing = new CallEvent.Ringing(CALL, RawAddress.of(Address.Scheme.TEL, "+4670"), "",
                clock.instant());
        pbx.ring(ringing);
        pbx.ring(ringing);
        assertEquals(1, events.size());
    }

    @Test
    void fromTenToFive_colleaguesAreOnCalls_butNeverWhenNotFree_andThePbxKeepsConfirming() {
        for (int minute = 0; minute < 7 * 60; minute++) {
            clock.advance(Duration.ofMinutes(1));
            pbx.tick();
        }
        List<PresenceReport> onCall = sink.reports.stream().filter(r -> r.state() == PresenceState.ON_CALL).toList();
        assertTrue(onCall.stream().map(PresenceReport::personId).distinct().count() > 50, "many people phoned");
        Map<String, String> byExtension = directory.people().stream().collect(Collectors.toMap(
                person -> PresenceAddress.extension(person.extension()), Person::id));
        for (PresenceReport report : onCall) {
            String person = byExtension.get(report.personId());
            Instant start = report.from().minus(Duration.ofMinutes(1));
            assertTrue(person != null && (directory.isFreeAt(person, start) || directory.isFreeAt(person,
                    report.from())), report.personId() + " was not free at " + report.from());
        }
        assertTrue(sink.confirmations.size() >= 7 * 60 / 5, "heartbeats: " + sink.confirmations.size());
    }

    @Test
    void whenSwitchedOff_commandsFailWithAReason_andNoEventsAreDelivered() {
        pbx.configure(ConnectorConfiguration.of(SandboxRemote.settings(Locale.ENGLISH), Map.of("online", "false")));
        pbx.ring(new CallEvent.Ringing(CALL, RawAddress.of(Address.Scheme.TEL, "+46701234567"), "",
                clock.instant()));

        CompletionException failure = assertThrows(CompletionException.class, () -> pbx.answer(CALL).join());

        assertInstanceOf(ConnectorFailure.class, failure.getCause());
        assertTrue(events.isEmpty());
        assertFalse(pbx.telephonyCapabilities().transfers().isEmpty());
    }
}
