package org.samklang.core.internal.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.RawAddress;
import org.samklang.core.spi.Telephony;

/**
 * The calls at the desk's device and how PBX events move them: the live state behind {@code CallService}.
 * <p>
 * Events are taken at face value only where they fit: a duplicate or an event that does not fit the call's state
 * (held while ringing) leaves the state alone, an event of a call the desk does not know (after a restart, or of
 * a replayed call log) changes nothing, and a ringing event older than the live window is history. An end that
 * arrives before its answer is normalised: with talk time it was answered, so wrap-up follows.
 * Not thread-safe: the call runtime's one thread owns it.
 */
final class CallBook {

    /** How long an event may lie ahead of the desk's clock before its time is replaced by the desk's. */
    private static final Duration FUTURE_SLACK = Duration.ofSeconds(5);
    private static final int REMEMBERED_HISTORY = 10_000;

    /** A call at the desk with the connector that reported it and what the desk asked of it. */
    record Tracked(DeskCall call, Telephony telephony, Optional<String> transferPerson, boolean wrappingUp) {

        Tracked with(DeskCall changed) {
            return new Tracked(changed, telephony, transferPerson, wrappingUp);
        }
    }

    /** What an event did to the desk's calls. */
    sealed interface Change {
    }

    /** The call is at the desk in a new state (or new). */
    record Updated(DeskCall call) implements Change {
    }

    /** The call has left the desk; {@code call} is its last state, {@link CallState#ENDED}. */
    record Left(DeskCall call) implements Change {
    }

    /** Nothing changed; {@code why} is for the log, {@code quiet} when it is expected (history, duplicates). */
    record Unchanged(String why, boolean quiet) implements Change {
    }

    private final Duration liveWindow;
    private final int maxLiveCalls;
    private final Map<String, Tracked> live = new LinkedHashMap<>();
    private final Set<String> history = Collections.newSetFromMap(new LinkedHashMap<>(64, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_HISTORY;
        }
    });

    CallBook(Duration liveWindow, int maxLiveCalls) {
        this.liveWindow = liveWindow;
        this.maxLiveCalls = maxLiveCalls;
    }

    Optional<Tracked> get(String callId) {
        return Optional.ofNullable(live.get(callId));
    }

    List<DeskCall> calls() {
        return live.values().stream().map(Tracked::call).toList();
    }

    boolean anyInWrapUp() {
        return live.values().stream().anyMatch(t -> t.call().state() == CallState.WRAP_UP);
    }

    /** {@return the change {@code event} from {@code telephony} makes, applied} */
    Change apply(CallEvent event, Telephony telephony, Instant now) {
        Tracked tracked = live.get(event.callId());
        if (event instanceof CallEvent.Ringing ringing) {
            return ring(ringing, telephony, now, tracked);
        }
        if (tracked == null) {
            boolean known = history.contains(event.callId());
            return new Unchanged("no live call " + event.callId() + " at the desk", known);
        }
        if (tracked.telephony() != telephony) {
            return new Unchanged("call " + event.callId() + " belongs to another phone connector", false);
        }
        return switch (event) {
            case CallEvent.Answered answered -> answer(tracked, answered.at(), now);
            case CallEvent.Held held -> hold(tracked);
            case CallEvent.Resumed resumed -> resume(tracked);
            case CallEvent.Transferred transferred -> leave(tracked);
            case CallEvent.Ended ended -> end(tracked, ended, now);
            case CallEvent.Ringing ringing -> throw new IllegalStateException("handled above");
        };
    }

    /** Records what the ringing event was filed under: the screen pop's conversation and customer. */
    Optional<DeskCall> filed(String callId, ConversationId conversation, Optional<CustomerId> customer,
            Optional<Address> caller) {
        Tracked tracked = live.get(callId);
        if (tracked == null) {
            return Optional.empty();
        }
        DeskCall c = tracked.call();
        Optional<Address> phone = caller.filter(a -> a.scheme() == Address.Scheme.TEL).or(c::caller);
        DeskCall changed = new DeskCall(c.callId(), c.state(), phone, c.calledNumber(),
                Optional.of(conversation), customer, c.ringingSince(), c.answeredAt(), c.transferTarget());
        live.put(callId, tracked.with(changed));
        return Optional.of(changed);
    }

    /** The PBX took a consultative transfer: the caller waits while {@code target} rings. */
    Optional<DeskCall> consulting(String callId, String target, Optional<String> person) {
        Tracked tracked = live.get(callId);
        if (tracked == null) {
            return Optional.empty();
        }
        DeskCall c = tracked.call();
        DeskCall changed = new DeskCall(c.callId(), CallState.CONSULTING, c.caller(), c.calledNumber(),
                c.conversationId(), c.customerId(), c.ringingSince(), c.answeredAt(), Optional.of(target));
        live.put(callId, new Tracked(changed, tracked.telephony(), person, false));
        return Optional.of(changed);
    }

    /** Remembers who a transfer was meant for, so the transfer event names the person. */
    void transferRequested(String callId, Optional<String> person) {
        Tracked t = live.get(callId);
        if (t != null) {
            live.put(callId, new Tracked(t.call(), t.telephony(), person, t.wrappingUp()));
        }
    }

    /** Marks a call whose wrap-up code is being stored, so a second click is refused rather than filed twice. */
    void wrappingUp(String callId, boolean underway) {
        Tracked t = live.get(callId);
        if (t != null) {
            live.put(callId, new Tracked(t.call(), t.telephony(), t.transferPerson(), underway));
        }
    }

    /** Removes a call (wrapped up, or its connector left); {@return its last state, ENDED} */
    Optional<DeskCall> remove(String callId) {
        Tracked removed = live.remove(callId);
        if (removed == null) {
            return Optional.empty();
        }
        history.add(callId);
        return Optional.of(removed.call().withState(CallState.ENDED));
    }

    /** Removes the live (not wrap-up) calls of a connector that went away; {@return their last states} */
    List<DeskCall> dropCallsOf(Telephony telephony) {
        List<DeskCall> dropped = new ArrayList<>();
        for (Tracked t : List.copyOf(live.values())) {
            if (t.telephony() == telephony && t.call().state() != CallState.WRAP_UP) {
                remove(t.call().callId()).ifPresent(dropped::add);
            }
        }
        return dropped;
    }

    private Change ring(CallEvent.Ringing ringing, Telephony telephony, Instant now, Tracked tracked) {
        String callId = ringing.callId();
        if (tracked != null || history.contains(callId)) {
            return new Unchanged("call " + callId + " rang before", true);
        }
        if (ringing.at().isBefore(now.minus(liveWindow))) {
            history.add(callId);
            return new Unchanged("call " + callId + " rang at " + ringing.at() + ", filed as history", true);
        }
        if (live.size() >= maxLiveCalls) {
            history.add(callId);
            return new Unchanged("already " + live.size() + " calls at the desk; call " + callId + " filed only",
                    false);
        }
        DeskCall call = new DeskCall(callId, CallState.RINGING, callerOf(ringing.caller()), ringing.calledNumber(),
                Optional.empty(), Optional.empty(), notAhead(ringing.at(), now), Optional.empty(), Optional.empty());
        live.put(callId, new Tracked(call, telephony, Optional.empty(), false));
        return new Updated(call);
    }

    private Change answer(Tracked tracked, Instant at, Instant now) {
        DeskCall c = tracked.call();
        if (c.state() != CallState.RINGING) {
            return new Unchanged("call " + c.callId() + " answered while " + c.state(), true);
        }
        return update(tracked, new DeskCall(c.callId(), CallState.CONNECTED, c.caller(), c.calledNumber(),
                c.conversationId(), c.customerId(), c.ringingSince(), Optional.of(notAhead(at, now)),
                Optional.empty()));
    }

    private Change hold(Tracked tracked) {
        DeskCall c = tracked.call();
        return c.state() == CallState.CONNECTED
                ? update(tracked, c.withState(CallState.ON_HOLD))
                : new Unchanged("call " + c.callId() + " held while " + c.state(), c.state() != CallState.RINGING);
    }

    private Change resume(Tracked tracked) {
        DeskCall c = tracked.call();
        if (c.state() != CallState.ON_HOLD && c.state() != CallState.CONSULTING) {
            return new Unchanged("call " + c.callId() + " resumed while " + c.state(), true);
        }
        return update(tracked, new DeskCall(c.callId(), CallState.CONNECTED, c.caller(), c.calledNumber(),
                c.conversationId(), c.customerId(), c.ringingSince(), c.answeredAt(), Optional.empty()));
    }

    private Change end(Tracked tracked, CallEvent.Ended ended, Instant now) {
        DeskCall c = tracked.call();
        if (c.state() == CallState.WRAP_UP) {
            return new Unchanged("call " + c.callId() + " ended twice", true);
        }
        boolean answered = c.state() != CallState.RINGING || !ended.talkTime().isZero();
        if (!answered) {
            return leave(tracked);
        }
        Optional<Instant> answeredAt = c.answeredAt().isPresent()
                ? c.answeredAt()
                : Optional.of(notAhead(ended.at().minus(ended.talkTime()), now));
        return update(tracked, new DeskCall(c.callId(), CallState.WRAP_UP, c.caller(), c.calledNumber(),
                c.conversationId(), c.customerId(), c.ringingSince(), answeredAt, Optional.empty()));
    }

    private Change leave(Tracked tracked) {
        return new Left(remove(tracked.call().callId()).orElseThrow());
    }

    private Change update(Tracked tracked, DeskCall changed) {
        live.put(changed.callId(), tracked.with(changed));
        return new Updated(changed);
    }

    private static Instant notAhead(Instant at, Instant now) {
        return at.isAfter(now.plus(FUTURE_SLACK)) ? now : at;
    }

    /** The caller as an address when the PBX gave a valid E.164 number; the core's identity step does the rest. */
    private static Optional<Address> callerOf(RawAddress raw) {
        String text = raw.text().replaceAll("[\\s().-]", "");
        if (raw.scheme() != Address.Scheme.TEL || !text.matches("\\+[1-9][0-9]{1,14}")) {
            return Optional.empty();
        }
        return Optional.of(Address.tel(text));
    }
}
