package org.samklang.sandbox.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;
import org.samklang.core.spi.TransferKind;

class CallEventMessagesTest {

    private static final Instant T0 = Instant.parse("2025-11-12T09:00:00Z");
    private static final RawAddress CALLER = RawAddress.of(Address.Scheme.TEL, "070-123 45 67");

    private final CallEventMessages messages = new CallEventMessages("phone.sandbox");

    @Test
    void theRingingItem_isTheCall_andLaterEventsThreadOntoIt_fromTheSameCaller() {
        InboundMessage ringing = messages.toInbound(new CallEvent.Ringing("c1", CALLER, "queue:x", T0));
        InboundMessage held = messages.toInbound(new CallEvent.Held("c1", T0.plusSeconds(30)));
        InboundMessage heldAgain = messages.toInbound(new CallEvent.Held("c1", T0.plusSeconds(90)));

        assertEquals("c1", ringing.remoteId());
        assertEquals(MediaType.VOICE, ringing.mediaType());
        assertEquals(List.of(), ringing.threadKeys());
        assertEquals(List.of("c1"), held.threadKeys());
        assertEquals(CALLER, held.from());
        assertNotEquals(held.remoteId(), heldAgain.remoteId());
        assertEquals(held, messages.toInbound(new CallEvent.Held("c1", T0.plusSeconds(30))), "same event, same item");
    }

    @Test
    void endAndTransfer_carryTheirFiguresAsMetadata() {
        messages.toInbound(new CallEvent.Ringing("c2", CALLER, "", T0));
        InboundMessage ended = messages.toInbound(new CallEvent.Ended("c2", CallEvent.EndReason.CALLER_HUNG_UP,
                Duration.ofSeconds(125), Optional.of("rec-7"), T0.plusSeconds(200)));
        InboundMessage transferred = messages.toInbound(new CallEvent.Transferred("c2", TransferKind.MOBILE,
                "+46701234567", T0.plusSeconds(100)));

        assertEquals("ended", ended.metadata().get("call.event"));
        assertEquals("125", ended.metadata().get("call.talkSeconds"));
        assertEquals("rec-7", ended.metadata().get("call.recording"));
        assertEquals("CALLER_HUNG_UP", ended.metadata().get("call.endReason"));
        assertEquals("MOBILE", transferred.metadata().get("call.transferKind"));
    }

    @Test
    void anEventOfACallNeverSeenRinging_comesFromAWithheldNumber_butStillThreads() {
        InboundMessage answered = messages.toInbound(new CallEvent.Answered("unknown", "2002", T0));

        assertEquals("", answered.from().text());
        assertEquals(List.of("unknown"), answered.threadKeys());
        assertEquals("2002", answered.metadata().get("call.answeredBy"));
    }
}
