package org.samklang.core.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

class CallEventMessagesTest {

    private static final Instant T0 = Instant.parse("2025-11-12T09:00:00Z");
    private static final RawAddress CALLER = RawAddress.of(Address.Scheme.TEL, "070-123 45 67");

    private static final String PHONE = "phone.sandbox";

    private final CallEventMessages messages = new CallEventMessages();

    @Test
    void theRingingItem_isTheCall_andLaterEventsThreadOntoIt_fromTheSameCaller() {
        InboundMessage ringing = messages.toInbound(PHONE, new CallEvent.Ringing("c1", CALLER, "queue:x", T0),
                Optional.empty());
        InboundMessage held = messages.toInbound(PHONE, new CallEvent.Held("c1", T0.plusSeconds(30)), Optional.empty());
        InboundMessage heldAgain = messages.toInbound(PHONE, new CallEvent.Held("c1", T0.plusSeconds(90)),
                Optional.empty());

        assertEquals("c1", ringing.remoteId());
        assertEquals(MediaType.VOICE, ringing.mediaType());
        assertEquals(List.of(), ringing.threadKeys());
        assertEquals(List.of("c1"), held.threadKeys());
        assertEquals(CALLER, held.from());
        assertNotEquals(held.remoteId(), heldAgain.remoteId());
        assertEquals(held, messages.toInbound(PHONE, new CallEvent.Held("c1", T0.plusSeconds(30)), Optional.empty()),
                "same event, same item");
    }

    @Test
    void endAndTransfer_carryTheirFiguresAsMetadata() {
        messages.toInbound(PHONE, new CallEvent.Ringing("c2", CALLER, "", T0), Optional.empty());
        InboundMessage ended = messages.toInbound(PHONE, new CallEvent.Ended("c2", CallEvent.EndReason.CALLER_HUNG_UP,
                Duration.ofSeconds(125), Optional.of("rec-7"), T0.plusSeconds(200)), Optional.empty());
        InboundMessage transferred = messages.toInbound(PHONE, new CallEvent.Transferred("c2", TransferMode.MOBILE,
                "+46701234567", T0.plusSeconds(100)), Optional.empty());

        assertEquals("ended", ended.metadata().get("call.event"));
        assertEquals("125", ended.metadata().get("call.talkSeconds"));
        assertEquals("rec-7", ended.metadata().get("call.recording"));
        assertEquals("CALLER_HUNG_UP", ended.metadata().get("call.endReason"));
        assertEquals("MOBILE", transferred.metadata().get("call.transferKind"));
    }

    @Test
    void theWrapUpItem_joinsTheCall_withItsCode() {
        messages.toInbound(PHONE, new CallEvent.Ringing("c3", CALLER, "", T0), Optional.empty());
        InboundMessage wrapUp = messages.wrapUp(PHONE, "c3", "invoice", T0.plusSeconds(300));

        assertEquals(List.of("c3"), wrapUp.threadKeys());
        assertEquals(CALLER, wrapUp.from());
        assertEquals("wrap-up", wrapUp.metadata().get("call.event"));
        assertEquals("invoice", wrapUp.metadata().get("call.wrapUpCode"));
    }

    @Test
    void aTelephonyConnectorFilesOnItsPhoneChannel() {
        assertEquals("phone.sandbox", CallEventMessages.phoneChannelOf("telephony.sandbox"));
        assertEquals("phone.asterisk-1", CallEventMessages.phoneChannelOf("asterisk-1"));
    }

    @Test
    void anEventOfACallNeverSeenRinging_comesFromAWithheldNumber_butStillThreads() {
        InboundMessage answered = messages.toInbound(PHONE, new CallEvent.Answered("unknown", "2002", T0),
                Optional.empty());

        assertEquals("", answered.from().text());
        assertEquals(List.of("unknown"), answered.threadKeys());
        assertEquals("2002", answered.metadata().get("call.answeredBy"));
    }
}
