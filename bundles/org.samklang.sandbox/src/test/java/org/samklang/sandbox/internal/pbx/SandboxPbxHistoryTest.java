package org.samklang.sandbox.internal.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.ManualClock;
import org.samklang.sandbox.internal.directory.SandboxDirectory;

/** The PBX's call log: calls from before the desk watched; events go only to a subscribed listener. */
class SandboxPbxHistoryTest {

    private final ManualClock clock = new ManualClock(ManualClock.WEDNESDAY_MORNING);
    private final SandboxPbx pbx = new SandboxPbx(new SandboxDirectory(42, clock), 42, clock);
    private final List<CallEvent> events = new ArrayList<>();

    private CallEvent.Ringing ringing(String callId, Instant at) {
        return new CallEvent.Ringing(callId, RawAddress.of(Address.Scheme.TEL, "+46701234567"), "queue:x", at);
    }

    @Test
    void aCallThatRangHoursAgo_isReportedWholeInThePast_andNeverRingsAtTheDesk() {
        pbx.startCallEvents(events::add);

        for (int i = 0; i < 20; i++) {
            pbx.ring(ringing("old-" + i, clock.instant().minus(Duration.ofMinutes(170 - i * 8))));
        }

        assertTrue(events.stream().allMatch(e -> e.at().isBefore(clock.instant())), "all of it is history");
        assertTrue(events.stream().filter(CallEvent.Ended.class::isInstance).count() == 20, "every call ended");
        assertTrue(events.stream().anyMatch(CallEvent.Answered.class::isInstance));
        assertInstanceOf(CallControlResult.Refused.class, pbx.answer("old-3").join(), "not at the desk");
    }

    @Test
    void aFreshCall_ringsAtTheDesk() {
        pbx.startCallEvents(events::add);

        pbx.ring(ringing("new", clock.instant().minusSeconds(5)));

        assertEquals(1, events.size());
        assertEquals(CallControlResult.accepted(), pbx.answer("new").join());
    }

    @Test
    void eventsBeforeAnyoneSubscribed_areNotKeptByThePbx_theCoreSubscribesFirstAndKeepsThem() {
        pbx.ring(ringing("early", clock.instant()));
        pbx.answer("early").join();

        pbx.startCallEvents(events::add);
        pbx.hold("early").join();

        assertEquals(List.of(CallEvent.Held.class), events.stream().<Class<?>>map(Object::getClass).toList());
    }
}
