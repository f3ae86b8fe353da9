package org.samklang.sandbox.internal.pbx;

import java.time.Duration;
import java.time.Instant;

import org.samklang.core.spi.RawAddress;

/**
 * One call at the desk's phone and how its caller behaves: how long they let it ring, how long they talk and how
 * long they wait on hold before hanging up. Mutable; guarded by the PBX's lock.
 */
final class DeskCall {

    /** Where the call is. */
    enum State {
        RINGING, CONNECTED, HELD, CONSULTING
    }

    final String callId;
    final RawAddress caller;
    final Instant ringingSince;
    final Duration ringPatience;
    final Duration talkTime;
    final Duration holdPatience;
    State state = State.RINGING;
    Instant answeredAt;
    Instant heldSince;
    String consultTarget;

    DeskCall(String callId, RawAddress caller, Instant ringingSince, Duration ringPatience, Duration talkTime,
            Duration holdPatience) {
        this.callId = callId;
        this.caller = caller;
        this.ringingSince = ringingSince;
        this.ringPatience = ringPatience;
        this.talkTime = talkTime;
        this.holdPatience = holdPatience;
    }

    /** {@return time from answer to {@code now}, zero if never answered} */
    Duration talkedUntil(Instant now) {
        return answeredAt == null || now.isBefore(answeredAt) ? Duration.ZERO : Duration.between(answeredAt, now);
    }

    /** {@return true if the caller gives up or hangs up by {@code now}} */
    boolean callerLeavesBy(Instant now) {
        return switch (state) {
            case RINGING -> !now.isBefore(ringingSince.plus(ringPatience));
            case CONNECTED -> !now.isBefore(answeredAt.plus(talkTime));
            case HELD, CONSULTING -> !now.isBefore(heldSince.plus(holdPatience));
        };
    }
}
