package org.samklang.ui.internal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;

/**
 * When a call rings at the desk, open its conversation (so the customer card opens by itself), once per call, as
 * soon as the core filed it. While the agent is writing in the composer the pop would take their text away, so the
 * call is announced in a banner instead and opened when the agent presses the banner's key. Not thread-safe; the
 * UI thread drives it.
 */
public final class ScreenPop {

    private static final int REMEMBERED_CALLS = 500;

    /** What the part does for a call change. */
    public sealed interface Step {
    }

    /** Select the call's conversation now. */
    public record Open(DeskCall call) implements Step {
    }

    /** Show the ringing banner for the call. */
    public record Announce(DeskCall call) implements Step {
    }

    /** Hide the banner: its call stopped ringing. */
    public record Withdraw() implements Step {
    }

    /** Nothing to do. */
    public record Nothing() implements Step {
    }

    private final Set<String> handled = Collections.newSetFromMap(new LinkedHashMap<>(64, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    });
    private DeskCall announced;

    /** {@return what to do about a changed call; {@code typing} when the agent is writing in the composer} */
    public Step changed(DeskCall call, boolean typing) {
        if (call.state() != CallState.RINGING) {
            if (announced != null && announced.callId().equals(call.callId())) {
                announced = null;
                return new Withdraw();
            }
            return new Nothing();
        }
        if (call.conversationId().isEmpty() || !handled.add(call.callId())) {
            return new Nothing();
        }
        if (typing) {
            announced = call;
            return new Announce(call);
        }
        return new Open(call);
    }

    /** The agent pressed the banner's key: {@return the announced call to open, and the banner goes} */
    public Optional<DeskCall> takeAnnounced() {
        Optional<DeskCall> call = Optional.ofNullable(announced);
        announced = null;
        return call;
    }

    /** {@return the call the banner shows, if any} */
    public Optional<DeskCall> announced() {
        return Optional.ofNullable(announced);
    }
}
