package org.samklang.sandbox.internal.traffic;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.InboundMessage;
import org.samklang.sandbox.internal.Dice;
import org.samklang.sandbox.internal.IncomingCalls;
import org.samklang.sandbox.internal.channels.DeliveryLog;
import org.samklang.sandbox.internal.crm.SandboxCrm;
import org.samklang.sandbox.internal.erp.SandboxErp;

/**
 * The sandbox's simulated customers: a deterministic stream of inbound items on all four channels. New contacts
 * arrive as a Poisson process at the configured rate; each is an e-mail (in Swedish or English, sometimes
 * followed up in the same thread), a chat session of several lines, a social mention or direct message, or a call
 * (rung at the {@link IncomingCalls}, usually the sandbox PBX, which reports it to the core as call events). Most come from CRM customers, so the screen pop
 * finds them; some from strangers and withheld numbers; and every {@link TrafficSettings#hostileEvery()}th carries
 * hostile content ({@link HostileKind}, in turn). Customers also answer some of the agents' replies that the
 * sandbox channels delivered.
 * <p>
 * <b>Driving it.</b> Call {@link #due(Instant)} from a scheduler (every second or at {@link #nextDue()}) and hand
 * the items to the core's inbound sink; tests call it with a manual clock. The same seed and the same sequence of
 * calls give the same items; remote ids carry the seed, so runs with other seeds (the desk seeds with its start time)
 * never reuse one. Thread-safe (one lock).
 */
public final class SandboxTraffic {

    private static final System.Logger LOG = System.getLogger(SandboxTraffic.class.getName());
    /** The queue line customers dial; calls from control files ring on it too. */
    static final String QUEUE_LINE = "queue:kundtjanst";

    /** An item waiting for its time; {@code order} keeps equal times in the order they were made. */
    private record Pending(InboundMessage message, long order) {
    }

    private final TrafficSettings settings;
    private final IncomingCalls calls;
    private final Dice dice;
    private final TrafficContext context;
    private final SenderPicker senders;
    private final EmailWriter emails;
    private final ChatWriter chats;
    private final SocialWriter social;
    private final Optional<ReplyFollower> replies;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(Comparator
            .comparing((Pending p) -> p.message().receivedAt()).thenComparingLong(Pending::order));
    private Instant nextArrival;
    private Instant liveFrom = Instant.MAX;
    private double livePerHour;
    private Instant horizon;
    private long made;
    private long skipped;
    private long order;

    /**
     * Traffic from the CRM's customers, starting after {@code start}.
     *
     * @param channels what the sandbox channels delivered, which customers may answer; empty for no answers
     * @param start    when the traffic begins; the first contact arrives after it
     */
    public SandboxTraffic(SandboxCrm crm, SandboxErp erp, IncomingCalls calls, Optional<DeliveryLog> channels,
            TrafficSettings settings, long seed, Instant start) {
        this.settings = settings;
        this.calls = calls;
        this.dice = new Dice(seed, "traffic");
        this.context = new TrafficContext(new Dice(seed, "traffic.content"), erp, Long.toString(seed, 36));
        this.senders = new SenderPicker(crm, new Dice(seed, "traffic.senders"), settings.unknownShare());
        this.emails = new EmailWriter(context);
        this.chats = new ChatWriter(context);
        this.social = new SocialWriter(context);
        this.replies = channels.map(c -> new ReplyFollower(c, emails, chats, new Dice(seed, "traffic.answers"),
                settings.answerShare()));
        this.horizon = start;
        this.nextArrival = start.plus(gap());
    }

    /**
     * {@return every item due by {@code now} and not returned before, earliest first} A clock that went back
     * returns nothing; contacts that should have started more than {@link TrafficSettings#catchUp()} ago are
     * skipped (and counted), so a desktop waking from sleep is not flooded.
     */
    public synchronized List<InboundMessage> due(Instant now) {
        if (now.isBefore(horizon)) {
            return List.of();
        }
        Instant oldestWanted = now.minus(settings.catchUp());
        long skippedBefore = skipped;
        while (!nextArrival.isAfter(now)) {
            if (nextArrival.isBefore(oldestWanted)) {
                skipped++;
            } else {
                newContact(nextArrival);
            }
            nextArrival = nextArrival.plus(gap());
        }
        replies.ifPresent(follower -> follower.answers().forEach(this::schedule));
        horizon = now;
        List<InboundMessage> due = new ArrayList<>();
        while (!pending.isEmpty() && !pending.peek().message().receivedAt().isAfter(now)) {
            due.add(pending.poll().message());
        }
        if (skipped > skippedBefore) {
            LOG.log(Level.INFO, "Sandbox traffic skipped {0} contacts older than {1}", skipped - skippedBefore,
                    settings.catchUp());
        }
        return due;
    }

    /** {@return when the next item is due: a waiting follow-up or the next new contact} */
    public synchronized Instant nextDue() {
        Instant next = nextArrival;
        if (!pending.isEmpty() && pending.peek().message().receivedAt().isBefore(next)) {
            next = pending.peek().message().receivedAt();
        }
        return next;
    }

    /**
     * New contacts after {@code from} arrive at {@code perHour} instead of the settings' rate, so a benchmark can
     * fill a huge backlog and then watch the desk under ordinary live traffic.
     */
    public synchronized void changeRate(Instant from, double perHour) {
        if (!(perHour > 0 && perHour <= 36_000)) {
            throw new IllegalArgumentException("perHour must be in (0, 36000], got " + perHour);
        }
        liveFrom = from;
        livePerHour = perHour;
    }

    /** {@return how many contacts were started} */
    public synchronized long contactsMade() {
        return made;
    }

    /** {@return how many contacts were skipped because {@code due} came too late for them} */
    public synchronized long contactsSkipped() {
        return skipped;
    }

    private Duration gap() {
        double perHour = nextArrival != null && !nextArrival.isBefore(liveFrom)
                ? livePerHour
                : settings.contactsPerHour();
        double seconds = dice.exponentialSeconds(perHour / 3600.0);
        return Duration.ofNanos(Math.max(1_000_000L, (long) (seconds * 1e9)));
    }

    private void newContact(Instant at) {
        made++;
        Optional<HostileKind> hostile = Optional.empty();
        MediaType channel;
        if (settings.hostileEvery() > 0 && made % settings.hostileEvery() == 0) {
            HostileKind kind = HostileKind.values()[(int) ((made / settings.hostileEvery() - 1)
                    % HostileKind.values().length)];
            hostile = Optional.of(kind);
            channel = kind.channel();
        } else {
            channel = pickChannel();
        }
        Topic topic = dice.pick(List.of(Topic.values()));
        switch (channel) {
            case EMAIL -> newEmail(topic, at, hostile);
            case CHAT -> newChat(topic, at, hostile);
            case SOCIAL -> newSocial(topic, at, hostile);
            case VOICE -> newCall(at);
        }
    }

    private MediaType pickChannel() {
        int total = settings.channelWeights().values().stream().mapToInt(Integer::intValue).sum();
        int roll = dice.between(1, total);
        for (MediaType type : MediaType.values()) {
            roll -= settings.channelWeights().get(type);
            if (roll <= 0) {
                return type;
            }
        }
        return MediaType.EMAIL;
    }

    private void newEmail(Topic topic, Instant at, Optional<HostileKind> hostile) {
        Sender sender = senders.pick(Address.Scheme.MAILTO);
        EmailWriter.Thread thread = new EmailWriter.Thread(sender,
                context.fill(topic.texts(sender.swedish()).subject(), sender));
        schedule(emails.first(thread, topic, at, hostile));
        if (dice.chance(settings.followUpShare())) {
            schedule(emails.followUp(thread, at.plus(Duration.ofMinutes(dice.between(30, 360)))));
        }
        replies.ifPresent(follower -> follower.remember(thread));
    }

    private void newChat(Topic topic, Instant at, Optional<HostileKind> hostile) {
        Sender sender = senders.pick(dice.chance(0.7) ? Address.Scheme.MAILTO : Address.Scheme.TEL);
        ChatWriter.Session session = chats.open(sender);
        chats.lines(session, topic, at, hostile).forEach(this::schedule);
        replies.ifPresent(follower -> follower.remember(session));
    }

    private void newSocial(Topic topic, Instant at, Optional<HostileKind> hostile) {
        Sender sender = senders.pick(Address.Scheme.SOCIAL);
        if (hostile.isPresent() || dice.chance(0.65)) {
            social.mention(sender, topic, at, dice.chance(settings.followUpShare()), hostile).forEach(this::schedule);
        } else {
            social.directMessages(sender, topic, at).forEach(this::schedule);
        }
    }

    private void newCall(Instant at) {
        Sender caller = senders.pick(Address.Scheme.TEL);
        CallEvent.Ringing ringing = new CallEvent.Ringing("call-" + context.next() + "-" + dice.digits(6),
                caller.address(), QUEUE_LINE, at);
        // The PBX reports the call to the core through Telephony; the core files it, so no item is made here.
        calls.ring(ringing);
    }

    private void schedule(InboundMessage message) {
        pending.add(new Pending(message, order++));
    }
}
