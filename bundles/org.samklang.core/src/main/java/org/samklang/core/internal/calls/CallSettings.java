package org.samklang.core.internal.calls;

import java.time.Duration;
import java.util.List;

import org.samklang.core.api.model.WrapUpCode;

/**
 * How the desk's call runtime behaves. Immutable; the constructor rejects nonsense.
 *
 * @param liveWindow     a ringing event older than this (by the desk's clock) is history: filed in the journal but
 *                       never rung at the desk, so a PBX replaying its call log does not pop old calls
 * @param commandTimeout how long a call command may take at the PBX before the agent is told it is unreachable
 * @param maxLiveCalls   how many calls the desk keeps at once; a PBX reporting more is misbehaving and the extra
 *                       ringing calls are filed only
 * @param wrapUpCodes    the wrap-up codes the agent chooses from, in display order; codes unique
 */
public record CallSettings(Duration liveWindow, Duration commandTimeout, int maxLiveCalls,
        List<WrapUpCode> wrapUpCodes) {

    public CallSettings {
        positive(liveWindow, "liveWindow");
        positive(commandTimeout, "commandTimeout");
        if (maxLiveCalls < 1) {
            throw new IllegalArgumentException("maxLiveCalls must be 1 or more, got " + maxLiveCalls);
        }
        wrapUpCodes = List.copyOf(wrapUpCodes == null ? List.of() : wrapUpCodes);
        if (wrapUpCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one wrap-up code is needed");
        }
        if (wrapUpCodes.stream().map(WrapUpCode::code).distinct().count() != wrapUpCodes.size()) {
            throw new IllegalArgumentException("wrap-up codes must be unique, got " + wrapUpCodes);
        }
    }

    /** {@return 60 s live window, 4 s command timeout, 50 calls, the default wrap-up codes} */
    public static CallSettings defaults() {
        return new CallSettings(Duration.ofSeconds(60), Duration.ofSeconds(4), 50, WrapUpCodes.defaults());
    }

    /** {@return these settings with another command timeout} */
    public CallSettings withCommandTimeout(Duration timeout) {
        return new CallSettings(liveWindow, timeout, maxLiveCalls, wrapUpCodes);
    }

    private static void positive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
