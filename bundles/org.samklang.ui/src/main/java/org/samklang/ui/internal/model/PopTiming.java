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
 * Follows a screen pop. It measures it for the benchmark: from the PBX's ringing time to the customer card showing
 * the caller, logged as one line {@code screen-pop <callId> <millis>} at INFO; the part inside the desktop (ringing
 * event received by the UI to card painted, by {@link System#nanoTime}) follows as {@code screen-pop-ui <callId>
 * <millis>} with the named {@link #step steps} on the way. And it orders it: what should follow the card (opening
 * the call's conversation) waits in {@link #afterCard} until the card is painted. The list part expects a pop, the
 * customer part reports the paint; they share {@link #shared()}. Thread-safe.
 */
public final class PopTiming {

    private static final PopTiming SHARED = new PopTiming(Clock.systemUTC(), System::nanoTime);
    private static final System.Logger LOG = System.getLogger("org.samklang.ui.screenpop");

    private record Expected(DeskCall call, long receivedNanos, StringBuffer steps) {
    }

    private final Clock clock;
    private final LongSupplier nanos;
    private final Map<CustomerId, Expected> expected = new ConcurrentHashMap<>();
    private final Map<CustomerId, Runnable> afterCard = new ConcurrentHashMap<>();

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

    /**
     * A ringing call is being popped; its customer card will report when it shows. One card shows at a time, so a
     * pop still under way for an earlier call is over: it is neither reported nor followed up.
     */
    public void expect(DeskCall call, long receivedNanos) {
        expected.clear();
        afterCard.clear();
        call.customerId().ifPresent(customer -> expected.put(customer,
                new Expected(call, receivedNanos, new StringBuffer())));
    }

    /**
     * The pop of {@code customer} passed a named step (read, shown, ...): its time since the call event reached the
     * window goes into the {@code screen-pop-ui} line, so a slow pop tells which step it waited in.
     */
    public void step(CustomerId customer, String name) {
        Expected pop = customer == null ? null : expected.get(customer);
        if (pop != null) {
            pop.steps().append(' ').append(name).append('=')
                    .append((nanos.getAsLong() - pop.receivedNanos()) / 1_000_000);
        }
    }

    /** {@return whether a pop waits for the card of {@code customer}} */
    public boolean expects(CustomerId customer) {
        return customer != null && expected.containsKey(customer);
    }

    /**
     * Runs {@code next} right after the card of {@code customer} is painted (on the thread that reports the paint,
     * the UI thread), unless {@link #takeAfterCard} took it first. The pop opens the call's conversation this way,
     * so its timeline does not hold up the card the agent needs first.
     */
    public void afterCard(CustomerId customer, Runnable next) {
        afterCard.put(customer, next);
    }

    /** {@return the follow-up of {@code customer}'s pop if it has not run yet; it will not run by itself then} */
    public Optional<Runnable> takeAfterCard(CustomerId customer) {
        return Optional.ofNullable(afterCard.remove(customer));
    }

    /** The card of {@code customer} is on screen: {@return the logged line if a pop waited for it} */
    public Optional<String> painted(CustomerId customer) {
        try {
            return logPainted(customer);
        } finally {
            takeAfterCard(customer).ifPresent(Runnable::run);
        }
    }

    private Optional<String> logPainted(CustomerId customer) {
        Expected pop = expected.remove(customer);
        if (pop == null) {
            return Optional.empty();
        }
        long total = Duration.between(pop.call().ringingSince(), clock.instant()).toMillis();
        long inDesktop = (nanos.getAsLong() - pop.receivedNanos()) / 1_000_000;
        String line = "screen-pop " + pop.call().callId() + " " + total;
        LOG.log(System.Logger.Level.INFO, line);
        // The desktop's share (call event received -> card painted); the rest is the core and the PBX.
        LOG.log(System.Logger.Level.INFO, "screen-pop-ui " + pop.call().callId() + " " + inDesktop + pop.steps());
        return Optional.of(line);
    }
}
