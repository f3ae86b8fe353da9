package org.samklang.sandbox.internal.channels;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;

/**
 * The sandbox's simulated network between its customers and its channel instances. Each item the traffic makes goes
 * to a running instance of its medium: a follow-up to the instance its thread went to, a new contact to the next
 * instance in turn (by id), so two sandbox mailboxes both receive mail. Items for a medium no instance runs wait here,
 * as mail waits in a mailbox nobody reads (at most {@value #MAX_WAITING}; beyond that the oldest are dropped, logged
 * once), and go out when one starts. What every instance delivers is logged by medium, for customers' answers.
 * Thread-safe.
 */
@Component(service = SandboxLines.class)
public final class SandboxLines implements DeliveryLog {

    static final int MAX_WAITING = 50_000;
    private static final int MAX_REMEMBERED = 50_000;
    private static final System.Logger LOG = System.getLogger(SandboxLines.class.getName());

    private final Map<String, SandboxChannelInstance> running = new TreeMap<>();
    private final Map<String, Deque<InboundMessage>> queued = new TreeMap<>();
    private final Map<MediaType, Deque<InboundMessage>> waiting = new EnumMap<>(MediaType.class);
    private final Map<MediaType, Integer> turn = new EnumMap<>(MediaType.class);
    private final Map<String, String> instanceByKey = recent();
    private final Map<MediaType, List<SandboxChannel.Delivery>> deliveries = new EnumMap<>(MediaType.class);
    private boolean droppedLogged;

    /** An instance started: items waiting for its medium go to it (and to the others of its medium in turn). */
    public void attach(SandboxChannelInstance instance) {
        List<InboundMessage> waited;
        synchronized (this) {
            running.put(instance.id(), instance);
            queued.putIfAbsent(instance.id(), new ArrayDeque<>());
            Deque<InboundMessage> forMedium = waiting.remove(instance.mediaType());
            waited = forMedium == null ? List.of() : List.copyOf(forMedium);
        }
        deliver(waited);
    }

    /** An instance stopped: what was queued for it, and what it kept for the core, goes to the others or waits. */
    public void detach(SandboxChannelInstance instance, List<InboundMessage> kept) {
        List<InboundMessage> orphans = new ArrayList<>(kept);
        synchronized (this) {
            if (running.get(instance.id()) != instance) {
                return;
            }
            running.remove(instance.id());
            Deque<InboundMessage> left = queued.remove(instance.id());
            if (left != null) {
                orphans.addAll(left);
            }
            instanceByKey.values().removeIf(instance.id()::equals);
        }
        deliver(orphans);
    }

    /** Routes items the traffic made to the instances (see the class comment). */
    public void deliver(List<InboundMessage> items) {
        synchronized (this) {
            items.forEach(this::route);
        }
    }

    /** Lets every running instance hand in what is queued for it; on the sandbox's pump thread. */
    public void pump(Instant now) {
        List<SandboxChannelInstance> instances;
        synchronized (this) {
            instances = List.copyOf(running.values());
        }
        for (SandboxChannelInstance instance : instances) {
            instance.pump(now, () -> take(instance.id()));
        }
    }

    /**
     * {@return whether new traffic may come in} Not while an instance keeps items the core could not store: then
     * the simulated servers hold their new items back, as a mail server keeps unseen mail, so memory does not grow
     * with the length of a store outage.
     */
    public boolean accepting() {
        List<SandboxChannelInstance> instances;
        synchronized (this) {
            instances = List.copyOf(running.values());
        }
        return instances.stream().noneMatch(SandboxChannelInstance::holding);
    }

    /** A message an instance delivered: remembered so the customer's answer comes back to that instance. */
    void delivered(String instanceId, SandboxChannel.Delivery delivery) {
        synchronized (this) {
            instanceByKey.put(delivery.remoteId(), instanceId);
            deliveries.computeIfAbsent(delivery.message().mediaType(), m -> new ArrayList<>()).add(delivery);
        }
    }

    @Override
    public synchronized List<SandboxChannel.Delivery> deliveriesAfter(MediaType mediaType, int seen) {
        List<SandboxChannel.Delivery> all = deliveries.getOrDefault(mediaType, List.of());
        return seen >= all.size() ? List.of() : List.copyOf(all.subList(Math.max(seen, 0), all.size()));
    }

    /** {@return how many items wait for an instance of {@code mediaType}} */
    public synchronized int waitingFor(MediaType mediaType) {
        return waiting.getOrDefault(mediaType, new ArrayDeque<>()).size();
    }

    private synchronized List<InboundMessage> take(String instanceId) {
        Deque<InboundMessage> items = queued.get(instanceId);
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        List<InboundMessage> taken = List.copyOf(items);
        items.clear();
        return taken;
    }

    /** Lock held. */
    private void route(InboundMessage item) {
        String target = item.threadKeys().stream().map(instanceByKey::get).filter(Objects::nonNull)
                .filter(running::containsKey).findFirst()
                .orElse(null);
        if (target == null) {
            List<String> candidates = running.values().stream()
                    .filter(instance -> instance.mediaType() == item.mediaType()).map(SandboxChannelInstance::id)
                    .toList();
            if (candidates.isEmpty()) {
                park(item);
                return;
            }
            int next = turn.merge(item.mediaType(), 1, Integer::sum);
            target = candidates.get(Math.floorMod(next, candidates.size()));
        }
        instanceByKey.put(item.remoteId(), target);
        queued.get(target).add(item);
    }

    private void park(InboundMessage item) {
        Deque<InboundMessage> forMedium = waiting.computeIfAbsent(item.mediaType(), m -> new ArrayDeque<>());
        forMedium.add(item);
        if (forMedium.size() > MAX_WAITING) {
            forMedium.removeFirst();
            if (!droppedLogged) {
                droppedLogged = true;
                LOG.log(Level.WARNING, "no sandbox channel carries {0}; its oldest simulated traffic is dropped"
                        + " beyond {1} items", item.mediaType(), MAX_WAITING);
            }
        }
    }

    private static Map<String, String> recent() {
        return new LinkedHashMap<>(1024, 0.75f, false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };
    }
}
