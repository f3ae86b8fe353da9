package org.samklang.ui.internal.model;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;

/**
 * Measures the screen pop for a later benchmark: from the PBX's ringing time to the customer card showing the
 * caller, logged as one line {@code screen-pop <callId> <millis>} at INFO; the part inside the desktop (ringing
 * event received by the UI to card painted, by {@link System#nanoTime}) is logged at DEBUG as
 * {@code screen-pop-ui <callId> <millis>}. The list part expects a pop, the customer part reports the paint; they
 * share {@link #shared()}. Thread-safe.
 */
public final class PopTiming {

    private static final PopTiming SHARED = new PopTiming(Clock.systemUTC(), System::nanoTime);
    private static final System.Logger LOG = System.getLogger("org.samklang.ui.screenpop");

    private record Expected(DeskCall call, long receivedNanos) {
    }

    private final Clock clock;
    private final LongSupplier nanos;
    private final Map<CustomerId, Expected> expected = new ConcurrentHashMap<>();

    public PopTiming(Clock clock, LongSupplier nanos) {
        this.clock = clock;
        this.nanos = nanos;
    }

    /** {@return the one the parts of the window share} */
    public static PopTiming shared() {
        return SHARED;
    }

    /** {@return now on the monotonic clock, for {@link #expect}} */
    public long now() {
        return nanos.getAsLong();
    }

    /** A ringing call is being popped; its customer card will report when it shows. */
    public void expect(DeskCall call, long receivedNanos) {
        call.customerId().ifPresent(customer -> expected.put(customer, new Expected(call, receivedNanos)));
    }

    /** {@return whether a pop waits for the card of {@code customer}} */
    public boolean expects(CustomerId customer) {
        return customer != null && expected.containsKey(customer);
    }

    /** The card of {@code customer} is on screen: {@return the logged line if a pop waited for it} */
    public Optional<String> painted(CustomerId customer) {
        Expected pop = expected.remove(customer);
        if (pop == null) {
            return Optional.empty();
        }
        long total = Duration.between(pop.call().ringingSince(), clock.instant()).toMillis();
        long inDesktop = (nanos.getAsLong() - pop.receivedNanos()) / 1_000_000;
        String line = "screen-pop " + pop.call().callId() + " " + total;
        LOG.log(System.Logger.Level.INFO, line);
        // The desktop's share (call event received -> card painted); the rest is the core and the PBX.
        LOG.log(System.Logger.Level.INFO, "screen-pop-ui " + pop.call().callId() + " " + inDesktop);
        return Optional.of(line);
    }
}
