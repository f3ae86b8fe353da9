package org.samklang.sandbox.internal.pbx;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReason;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.CallEventListener;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PresenceAddress;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;
import org.samklang.core.spi.TelephonyCapabilities;
import org.samklang.sandbox.internal.IncomingCalls;
import org.samklang.sandbox.internal.SandboxConnector;
import org.samklang.sandbox.internal.directory.SandboxDirectory;

/**
 * The sandbox PBX: call control of the desk's phone for the calls the sandbox traffic makes up, and a presence
 * source that shows colleagues (and the desk's agent) "on a call". Callers behave by themselves: they hang up
 * when it rings too long, after a while of talking, or when kept on hold too long.
 * <p>
 * <b>Driving it.</b> {@link #ring} registers a new call; the owner calls {@link #tick()} every second or few, which
 * lets callers act and updates colleagues' phone states. Call events go to the listener given in {@link
 * #startCallEvents}; presence reports go to the sink given in {@link #startPresence}.
 * <p>
 * <b>Threading.</b> Thread-safe. State changes happen under one lock; call events are delivered after it is released,
 * on the thread that caused them (a command's, or the one calling {@code tick}), in order per call. Commands answer
 * after the delay set in the settings and fail while the PBX is switched off there; then no events are delivered.
 * Like a PBX's event stream, events go only to a listener that subscribed: the core subscribes as soon as the PBX is
 * registered and keeps what comes before its desk listens, so the sandbox keeps nothing itself.
 * <p>
 * <b>History.</b> A call rung with a time more than {@link #HISTORY_AGE} ago (the sandbox's backlog) rang before
 * the desk was watching: the PBX reports its whole life at once, as a call log would (ringing, answered, ended),
 * with its own times, and the desk never sees it ring. The core files those events like any others and, because
 * the ringing is old, shows them in the timeline without ringing the desk.
 */
public final class SandboxPbx extends SandboxConnector implements Telephony, PresenceSource, IncomingCalls {

    /** The connector id. */
    public static final String ID = "telephony.sandbox";

    private static final System.Logger LOG = System.getLogger(SandboxPbx.class.getName());
    private static final Duration HEARTBEAT = Duration.ofMinutes(5);
    /** A call rung with a time older than this rang before the desk was watching: the PBX reports its whole life. */
    static final Duration HISTORY_AGE = Duration.ofMinutes(2);
    private static final Set<String> BUSY_PHONE_DEPARTMENTS = Set.of("Kundtjänst", "Reception", "Sälj");

    private final Clock clock;
    private final SandboxDirectory directory;
    private final Person deskAgent;
    private final ColleagueCalls colleagueCalls;
    private final DeskPhone desk;

    private final Object lock = new Object();
    /** Guards the listener and keeps deliveries in order across threads; never held together with {@code lock}. */
    private final Object deliveryLock = new Object();
    private final Map<String, Boolean> onCallSaid = new HashMap<>();
    private CallEventListener listener;
    private PresenceSink sink;
    private Instant lastHeartbeat = Instant.MIN;

    public SandboxPbx(SandboxDirectory directory, long seed, Clock clock) {
        super(ID, "Sandbox PBX", ConnectorKind.TELEPHONY, clock);
        this.clock = clock;
        this.directory = directory;
        this.deskAgent = directory.deskAgent();
        this.colleagueCalls = new ColleagueCalls(seed, directory.zone());
        Set<String> extensions = new HashSet<>();
        directory.people().forEach(person -> extensions.add(person.extension()));
        this.desk = new DeskPhone(seed, deskAgent.extension(), extensions::contains);
    }

    /** {@return the extension of the desk's phone (the desk agent's)} */
    public String deskExtension() {
        return desk.extension();
    }

    @Override
    public TelephonyCapabilities telephonyCapabilities() {
        return new TelephonyCapabilities(true, true, Set.of(TransferMode.values()), true);
    }

    @Override
    public PresenceCapabilities presenceCapabilities() {
        return new PresenceCapabilities(Set.of(PresenceSourceKind.PBX), false, false);
    }

    @Override
    public void startCallEvents(CallEventListener newListener) {
        synchronized (deliveryLock) {
            listener = newListener;
        }
    }

    /** {@return whether someone listens to its call events now} */
    public boolean listened() {
        synchronized (deliveryLock) {
            return listener != null;
        }
    }

    @Override
    public void stopCallEvents() {
        synchronized (deliveryLock) {
            listener = null;
        }
    }

    @Override
    public void stopPresence() {
        synchronized (lock) {
            sink = null;
        }
    }

    @Override
    public void startPresence(PresenceSink newSink) {
        synchronized (lock) {
            sink = newSink;
            onCallSaid.clear();
            lastHeartbeat = Instant.MIN;
            pushPresence(clock.instant());
        }
    }

    @Override
    public void ring(CallEvent.Ringing ringing) {
        deliver(change((now, events) -> {
            if (ringing.at().isBefore(now.minus(HISTORY_AGE))) {
                desk.pastCall(ringing, now, events);
            } else if (desk.ring(ringing)) {
                events.add(ringing);
            }
            return null;
        }));
    }

    /**
     * Cuts the desk's calls, as a PBX does when the desk's link goes: its instance was removed. Whoever still
     * listens hears them end; the desk's presence is no longer "on a call".
     */
    public void disconnectDesk() {
        deliver(change((now, events) -> {
            desk.disconnectAll(now, events);
            return null;
        }));
    }

    /** Lets callers act and updates phone states by the clock; see the class comment. */
    public void tick() {
        deliver(change((now, events) -> {
            desk.callersAct(now, events);
            pushPresence(now);
            return null;
        }));
    }

    @Override
    public CompletableFuture<CallControlResult> answer(String callId) {
        return command((now, events) -> desk.answer(callId, now, events));
    }

    @Override
    public CompletableFuture<CallControlResult> hold(String callId) {
        return command((now, events) -> desk.hold(callId, now, events));
    }

    @Override
    public CompletableFuture<CallControlResult> resume(String callId) {
        return command((now, events) -> desk.resume(callId, now, events));
    }

    @Override
    public CompletableFuture<CallControlResult> transfer(String callId, TransferMode kind, String target) {
        if (kind == null) {
            return CompletableFuture.completedFuture(CallControlResult.refused("No transfer kind given"));
        }
        return command((now, events) -> desk.transfer(callId, kind, target, now, events));
    }

    @Override
    public CompletableFuture<CallControlResult> completeTransfer(String callId) {
        return command((now, events) -> desk.completeTransfer(callId, now, events));
    }

    @Override
    public CompletableFuture<CallControlResult> cancelTransfer(String callId) {
        return command((now, events) -> desk.cancelTransfer(callId, now, events));
    }

    @Override
    public CompletableFuture<CallControlResult> hangUp(String callId) {
        return command((now, events) -> desk.hangUp(callId, now, events));
    }

    /** The outcome of a change under the lock and the events to deliver after it. */
    private record Change<T>(T result, List<CallEvent> events, boolean online) {
    }

    private CompletableFuture<CallControlResult> command(BiFunction<Instant, List<CallEvent>, CallControlResult> op) {
        return remote.answer(() -> {
            Change<CallControlResult> change = change(op);
            deliver(change);
            return change.result();
        });
    }

    private <T> Change<T> change(BiFunction<Instant, List<CallEvent>, T> op) {
        synchronized (lock) {
            Instant now = clock.instant();
            List<CallEvent> events = new ArrayList<>();
            T result = op.apply(now, events);
            if (!events.isEmpty()) {
                pushPresence(now);
            }
            return new Change<>(result, events, remote.isOnline());
        }
    }

    /** Tells the listener; with nobody subscribed, or switched off, the PBX tells nothing. */
    private void deliver(Change<?> change) {
        if (!change.online() || change.events().isEmpty()) {
            return;
        }
        synchronized (deliveryLock) {
            if (listener == null) {
                LOG.log(Level.DEBUG, "no one subscribed to call events; {0} not reported", change.events().size());
                return;
            }
            for (CallEvent event : change.events()) {
                tell(listener, event);
            }
        }
    }

    private static void tell(CallEventListener listener, CallEvent event) {
        try {
            listener.callEvent(event);
        } catch (RuntimeException e) {
            // The contract says the core's listener never throws; keep the PBX going if one does.
            LOG.log(Level.WARNING, "Call event listener failed on " + event, e);
        }
    }

    /** Reports phone states that changed; called under the lock. */
    private void pushPresence(Instant now) {
        if (sink == null || !remote.isOnline()) {
            return;
        }
        for (Person person : directory.people()) {
            boolean onCall = person.id().equals(deskAgent.id()) ? desk.busy() : colleagueOnCall(person, now);
            Boolean said = onCallSaid.put(person.id(), onCall);
            if (said == null ? onCall : said != onCall) {
                // A PBX knows its extensions, not the directory's ids: the core resolves them.
                sink.report(PresenceReport.of(PresenceAddress.extension(person.extension()), PresenceSourceKind.PBX,
                        onCall ? PresenceState.ON_CALL : PresenceState.AVAILABLE, PresenceReason.NONE, now));
            }
        }
        if (!now.isBefore(lastHeartbeat.plus(HEARTBEAT)) || lastHeartbeat.equals(Instant.MIN)) {
            sink.confirmAll(PresenceSourceKind.PBX);
            lastHeartbeat = now;
        }
    }

    private boolean colleagueOnCall(Person person, Instant now) {
        ColleagueCalls.Call call = colleagueCalls.callAt(person.id(),
                BUSY_PHONE_DEPARTMENTS.contains(person.department()), now);
        return call != null && directory.isFreeAt(person.id(), call.start());
    }
}
