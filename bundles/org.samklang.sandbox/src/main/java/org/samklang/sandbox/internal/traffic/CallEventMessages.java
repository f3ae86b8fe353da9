package org.samklang.sandbox.internal.traffic;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * Turns call events into the phone channel's inbound items, so a call shows in the timeline as ringing, answered,
 * held, transferred, ended. The ringing item's remote id is the call id; every later event names the call id as
 * its thread key and has a remote id of its own ({@code <callId>/<event>@<epoch ms>}), so handing the same event in
 * twice is a duplicate. The text is empty: the desktop renders the {@code call.*} metadata in the user's language.
 * <p>
 * Remembers the caller of the last 10,000 calls so later events carry the caller's address; an event of a call it
 * never saw ringing comes from a withheld number and still joins the call by its thread key. Thread-safe.
 */
public final class CallEventMessages {

    private static final int REMEMBERED_CALLS = 10_000;

    private final String channelId;
    private final Map<String, RawAddress> callers = new LinkedHashMap<>(256, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RawAddress> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    };

    /** Items for the phone channel {@code channelId}, e.g. {@code phone.sandbox}. */
    public CallEventMessages(String channelId) {
        this.channelId = channelId;
    }

    /** {@return the inbound item for one call event} */
    public synchronized InboundMessage toInbound(CallEvent event) {
        String callId = event.callId();
        if (event instanceof CallEvent.Ringing ringing) {
            callers.put(callId, ringing.caller());
        }
        RawAddress from = callers.getOrDefault(callId, RawAddress.of(Address.Scheme.TEL, ""));
        String name = eventName(event);
        String remoteId = event instanceof CallEvent.Ringing
                ? callId
                : callId + "/" + name + "@" + event.at().toEpochMilli();
        InboundMessage.Builder builder = InboundMessage.builder(channelId, MediaType.VOICE, remoteId, from,
                event.at()).metadata("call.id", callId).metadata("call.event", name);
        if (!(event instanceof CallEvent.Ringing)) {
            builder.threadKey(callId);
        }
        describe(event, builder);
        return builder.build();
    }

    private static String eventName(CallEvent event) {
        return switch (event) {
            case CallEvent.Ringing ringing -> "ringing";
            case CallEvent.Answered answered -> "answered";
            case CallEvent.Held held -> "held";
            case CallEvent.Resumed resumed -> "resumed";
            case CallEvent.Transferred transferred -> "transferred";
            case CallEvent.Ended ended -> "ended";
        };
    }

    private static void describe(CallEvent event, InboundMessage.Builder builder) {
        switch (event) {
            case CallEvent.Ringing ringing -> {
                if (!ringing.calledNumber().isEmpty()) {
                    builder.metadata("call.calledNumber", ringing.calledNumber());
                }
            }
            case CallEvent.Answered answered -> builder.metadata("call.answeredBy", answered.answeredBy());
            case CallEvent.Transferred transferred -> builder.metadata("call.transferKind", transferred.kind().name())
                    .metadata("call.transferTarget", transferred.target());
            case CallEvent.Ended ended -> {
                builder.metadata("call.endReason", ended.reason().name())
                        .metadata("call.talkSeconds", Long.toString(ended.talkTime().toSeconds()));
                ended.recordingRef().ifPresent(ref -> builder.metadata("call.recording", ref));
            }
            case CallEvent.Held held -> {
                // Nothing beyond the event name.
            }
            case CallEvent.Resumed resumed -> {
                // Nothing beyond the event name.
            }
        }
    }
}
