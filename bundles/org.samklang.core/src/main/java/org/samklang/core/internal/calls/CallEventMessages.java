package org.samklang.core.internal.calls;

import static org.samklang.core.api.model.CallMetadata.AFTER_CALL_WORK;
import static org.samklang.core.api.model.CallMetadata.ANSWERED_BY;
import static org.samklang.core.api.model.CallMetadata.CALLED_NUMBER;
import static org.samklang.core.api.model.CallMetadata.CALL_ID;
import static org.samklang.core.api.model.CallMetadata.END_REASON;
import static org.samklang.core.api.model.CallMetadata.EVENT;
import static org.samklang.core.api.model.CallMetadata.RECORDING;
import static org.samklang.core.api.model.CallMetadata.TALK_SECONDS;
import static org.samklang.core.api.model.CallMetadata.TRANSFER_MODE;
import static org.samklang.core.api.model.CallMetadata.TRANSFER_PERSON;
import static org.samklang.core.api.model.CallMetadata.TRANSFER_TARGET;
import static org.samklang.core.api.model.CallMetadata.WRAP_UP_CODE;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallMetadata;
import org.samklang.core.api.model.CallMetadata.Event;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * Turns call events into the phone channel's inbound items, so a call is a conversation like any other: it goes
 * through identity resolution, the store and the journal, and the timeline shows it as ringing, answered, held,
 * resumed, transferred, ended and wrapped up.
 * <p>
 * The ringing item's remote id is the call id; every later item names the call id as its thread key and has a
 * remote id of its own ({@code <callId>/<event>@<epoch ms>}), so handing the same event in twice is a duplicate the
 * store recognises. The text is empty: the desktop renders the {@link CallMetadata} in the user's language.
 * <p>
 * Remembers the caller of the last {@value #REMEMBERED_CALLS} calls so later items carry the caller's address; an
 * event of a call it never saw ringing (e.g. after a restart) is filed from a withheld number and still joins the
 * call by its thread key. Thread-safe.
 */
public final class CallEventMessages {

    private static final int REMEMBERED_CALLS = 10_000;
    private static final RawAddress WITHHELD = RawAddress.of(Address.Scheme.TEL, "");

    private final Map<String, RawAddress> callers = new LinkedHashMap<>(256, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RawAddress> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    };

    /** {@return the phone channel a telephony connector files its calls on: {@code telephony.x} gives {@code phone.x}} */
    public static String phoneChannelOf(String telephonyId) {
        String prefix = "telephony.";
        return telephonyId.startsWith(prefix) && telephonyId.length() > prefix.length()
                ? "phone." + telephonyId.substring(prefix.length())
                : "phone." + telephonyId;
    }

    /**
     * {@return the inbound item for one call event on {@code channelId}}
     *
     * @param transferPersonId the directory person a transfer went to, when the desk asked for it
     */
    public synchronized InboundMessage toInbound(String channelId, CallEvent event,
            Optional<String> transferPersonId) {
        return toInbound(channelId, event, transferPersonId, false);
    }

    /**
     * {@return the inbound item for one call event on {@code channelId}}
     *
     * @param transferPersonId the directory person a transfer went to, when the desk asked for it
     * @param afterCallWork    the call ended at the desk and its agent now wraps it up ({@link CallStates})
     */
    public synchronized InboundMessage toInbound(String channelId, CallEvent event,
            Optional<String> transferPersonId, boolean afterCallWork) {
        String callId = event.callId();
        if (event instanceof CallEvent.Ringing ringing) {
            callers.put(callId, ringing.caller());
        }
        String name = eventName(event);
        InboundMessage.Builder builder = start(channelId, callId, name, event.at(), event instanceof CallEvent.Ringing);
        describe(event, builder);
        if (event instanceof CallEvent.Transferred) {
            transferPersonId.ifPresent(person -> builder.metadata(TRANSFER_PERSON, person));
        }
        if (afterCallWork) {
            builder.metadata(AFTER_CALL_WORK, "true");
        }
        return builder.build();
    }

    /** {@return the item that files the agent's wrap-up code with the call's conversation} */
    public synchronized InboundMessage wrapUp(String channelId, String callId, String code, Instant at) {
        return start(channelId, callId, Event.WRAP_UP, at, false).metadata(WRAP_UP_CODE, code).build();
    }

    private InboundMessage.Builder start(String channelId, String callId, String name, Instant at, boolean first) {
        RawAddress from = callers.getOrDefault(callId, WITHHELD);
        String remoteId = first ? callId : callId + "/" + name + "@" + at.toEpochMilli();
        InboundMessage.Builder builder = InboundMessage.builder(channelId, MediaType.VOICE, remoteId, from, at)
                .metadata(CALL_ID, callId).metadata(EVENT, name);
        if (!first) {
            builder.threadKey(callId);
        }
        return builder;
    }

    static String eventName(CallEvent event) {
        return switch (event) {
            case CallEvent.Ringing ringing -> Event.RINGING;
            case CallEvent.Answered answered -> Event.ANSWERED;
            case CallEvent.Held held -> Event.HELD;
            case CallEvent.Resumed resumed -> Event.RESUMED;
            case CallEvent.Transferred transferred -> Event.TRANSFERRED;
            case CallEvent.Ended ended -> Event.ENDED;
        };
    }

    private static void describe(CallEvent event, InboundMessage.Builder builder) {
        switch (event) {
            case CallEvent.Ringing ringing -> {
                if (!ringing.calledNumber().isEmpty()) {
                    builder.metadata(CALLED_NUMBER, ringing.calledNumber());
                }
            }
            case CallEvent.Answered answered -> builder.metadata(ANSWERED_BY, answered.answeredBy());
            case CallEvent.Transferred transferred -> builder.metadata(TRANSFER_MODE, transferred.mode().name())
                    .metadata(TRANSFER_TARGET, transferred.target());
            case CallEvent.Ended ended -> {
                builder.metadata(END_REASON, ended.reason().name()).metadata(TALK_SECONDS,
                        Long.toString(ended.talkTime().toSeconds()));
                ended.recordingRef().ifPresent(ref -> builder.metadata(RECORDING, ref));
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
