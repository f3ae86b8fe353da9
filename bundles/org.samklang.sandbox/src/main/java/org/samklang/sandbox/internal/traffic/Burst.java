package org.samklang.sandbox.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.channels.SandboxChannels;

/**
 * A paced flood of chat lines for load measurements ({@code burst <per second> <seconds>} in a control file):
 * known customers type into one chat session each, so the desk sees a storm of messages on a few thousand live
 * conversations, the way a campaign or an outage hits a chat queue. The pace is kept per pump: each call to
 * {@link #due} hands out the lines owed since the last call, capped so a stalled pump never floods at once.
 * Line ids carry the moment of the first burst of the run ({@code burst-<start>-<customer>/<n>}): the count starts
 * at 1 on every start of the desk, and ids seen before would be dropped by the core as duplicates. Not thread-safe;
 * the pump's one thread calls it.
 */
public final class Burst {

    /** Most lines per second a burst may ask for; more than the engine's measured ingest is pointless. */
    public static final int MAX_PER_SECOND = 5_000;
    /** Longest burst. */
    public static final Duration MAX_LENGTH = Duration.ofHours(1);

    private static final int MAX_LINES_PER_CALL = MAX_PER_SECOND;
    private static final String[] LINES = {"Hej, jag väntar fortfarande på min order.", "Is anyone there?",
            "Kan ni kolla leveransen?", "My invoice looks wrong.", "Tack! 🙂", "Hallå?",
            "Order 18250 har inte kommit."};

    private final List<CustomerRecord> customers;
    private final SplittableRandom random;
    private long perSecond;
    private Instant begun = Instant.MIN;
    private Instant until = Instant.MIN;
    /** Lines of the current burst handed out so far. */
    private long handedOut;
    private long total;
    private long sent;
    /** The run's tag in line ids, set by the first {@link #start}. */
    private String session;

    public Burst(List<CustomerRecord> customers, long seed) {
        this.customers = customers.stream().filter(c -> c.addresses().stream()
                .anyMatch(a -> a.scheme() == Address.Scheme.MAILTO)).toList();
        this.random = new SplittableRandom(seed);
    }

    /** Starts (or replaces) a burst of {@code perSecond} lines per second for {@code length} from {@code now}. */
    public void start(int perSecond, Duration length, Instant now) {
        if (perSecond < 1 || perSecond > MAX_PER_SECOND) {
            throw new IllegalArgumentException("burst rate must be 1-" + MAX_PER_SECOND + " per second, was "
                    + perSecond);
        }
        if (length.isNegative() || length.isZero() || length.compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("burst length must be 1 s to 1 h, was " + length);
        }
        if (customers.isEmpty()) {
            throw new IllegalStateException("no customer with an e-mail address to chat from");
        }
        if (session == null) {
            session = Long.toString(now.toEpochMilli(), 36);
        }
        this.perSecond = perSecond;
        this.begun = now;
        this.until = now.plus(length);
        this.handedOut = 0;
        this.total = owedAt(until);
    }

    /** {@return whether a burst is running at {@code now}} */
    public boolean running(Instant now) {
        return now.isBefore(until);
    }

    /**
     * {@return the chat lines owed since the last call, none when no burst runs} What is owed is counted from the
     * burst's start in whole lines (rate times elapsed nanoseconds, in integers), so however irregularly the pump
     * calls, the burst hands out exactly rate times length lines; what a capped call leaves is handed out by the
     * next ones, also after the burst's end.
     */
    public List<InboundMessage> due(Instant now) {
        if (handedOut >= total || !now.isAfter(begun)) {
            return List.of();
        }
        Instant end = now.isBefore(until) ? now : until;
        int count = (int) Math.min(owedAt(end) - handedOut, MAX_LINES_PER_CALL);
        handedOut += count;
        List<InboundMessage> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(line(end));
        }
        return lines;
    }

    private InboundMessage line(Instant at) {
        CustomerRecord customer = customers.get(random.nextInt(customers.size()));
        Address email = customer.addresses().stream().filter(a -> a.scheme() == Address.Scheme.MAILTO).findFirst()
                .orElseThrow();
        String chat = "burst-" + session + "-" + customer.externalId();
        long n = ++sent;
        return InboundMessage.builder(SandboxChannels.CHAT, MediaType.CHAT, chat + "/" + n,
                RawAddress.of(Address.Scheme.MAILTO, email.value()), at).threadKey(chat)
                .text(LINES[random.nextInt(LINES.length)]).metadata("chat.displayName", customer.firstName())
                .build();
    }

    private long owedAt(Instant end) {
        // At most 5,000 a second for an hour: 5,000 x 3.6e12 ns stays far below Long.MAX_VALUE.
        return perSecond * Duration.between(begun, end).toNanos() / 1_000_000_000L;
    }

    /** {@return how many lines this burst handed out in all} */
    public long sent() {
        return sent;
    }

    /** For the control file's log line. */
    Optional<Instant> until() {
        return until.equals(Instant.MIN) ? Optional.empty() : Optional.of(until);
    }
}
