package org.samklang.core.internal.routing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.sla.ServiceLevelSettings;

/**
 * Engine-wide routing settings. Immutable; the {@code with...} methods return changed copies.
 *
 * @param defaultCapacity  contacts of each media type an agent holds at once unless their profile says
 *                         otherwise; default 1 call, 2 emails, 4 chats, 1 social (the interrupt matrix makes
 *                         these "1 call OR 4 chats OR 2 emails"); every media type present, none negative
 * @param interruptMatrix  what may be offered on top of what
 * @param offerTimeout     how long an offer rings before it times out, per media type; default voice 15 s,
 *                         chat 30 s, email and social 60 s; every media type present, all positive
 * @param declineCooldown  how long a contact is not re-offered to an agent who declined it; default 60 s
 * @param blending         when blend-eligible agents are pulled into an at-risk queue
 * @param serviceLevel     how service-level figures are counted
 */
public record RoutingSettings(Map<MediaType, Integer> defaultCapacity, InterruptMatrix interruptMatrix,
        Map<MediaType, Duration> offerTimeout, Duration declineCooldown, BlendingRule blending,
        ServiceLevelSettings serviceLevel) {

    /** The reason code an agent gets when an offer to them times out. */
    public static final String NOT_RESPONDING = "not-responding";

    public RoutingSettings {
        Objects.requireNonNull(interruptMatrix, "interruptMatrix");
        Objects.requireNonNull(declineCooldown, "declineCooldown");
        Objects.requireNonNull(blending, "blending");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        defaultCapacity = Map.copyOf(completeMap("default capacity", defaultCapacity));
        offerTimeout = Map.copyOf(completeMap("offer timeout", offerTimeout));
        defaultCapacity.forEach((media, capacity) -> requireCapacity(media, capacity));
        offerTimeout.forEach((media, timeout) -> {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("offer timeout of " + media + " must be positive, was " + timeout);
            }
        });
        if (declineCooldown.isNegative()) {
            throw new IllegalArgumentException("decline cooldown must not be negative, was " + declineCooldown);
        }
    }

    /** The documented defaults, with intervals and "today" in {@code zone}. */
    public static RoutingSettings defaults(ZoneId zone) {
        Map<MediaType, Integer> capacity = new EnumMap<>(MediaType.class);
        capacity.put(MediaType.VOICE, 1);
        capacity.put(MediaType.EMAIL, 2);
        capacity.put(MediaType.CHAT, 4);
        capacity.put(MediaType.SOCIAL, 1);
        Map<MediaType, Duration> timeout = new EnumMap<>(MediaType.class);
        timeout.put(MediaType.VOICE, Duration.ofSeconds(15));
        timeout.put(MediaType.CHAT, Duration.ofSeconds(30));
        timeout.put(MediaType.EMAIL, Duration.ofSeconds(60));
        timeout.put(MediaType.SOCIAL, Duration.ofSeconds(60));
        return new RoutingSettings(capacity, InterruptMatrix.defaults(), timeout, Duration.ofSeconds(60),
                BlendingRule.defaults(), ServiceLevelSettings.defaults(zone));
    }

    /** Checks one capacity value; shared with agent profiles so the message is the same everywhere. */
    static int requireCapacity(MediaType media, Integer capacity) {
        Objects.requireNonNull(capacity, () -> "capacity of " + media);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity of " + media + " must not be negative, was " + capacity);
        }
        return capacity;
    }

    public RoutingSettings withDefaultCapacity(MediaType media, int capacity) {
        Map<MediaType, Integer> changed = new EnumMap<>(defaultCapacity);
        changed.put(media, capacity);
        return new RoutingSettings(changed, interruptMatrix, offerTimeout, declineCooldown, blending, serviceLevel);
    }

    public RoutingSettings withInterruptMatrix(InterruptMatrix matrix) {
        return new RoutingSettings(defaultCapacity, matrix, offerTimeout, declineCooldown, blending, serviceLevel);
    }

    public RoutingSettings withOfferTimeout(MediaType media, Duration timeout) {
        Map<MediaType, Duration> changed = new EnumMap<>(offerTimeout);
        changed.put(media, timeout);
        return new RoutingSettings(defaultCapacity, interruptMatrix, changed, declineCooldown, blending, serviceLevel);
    }

    public RoutingSettings withDeclineCooldown(Duration cooldown) {
        return new RoutingSettings(defaultCapacity, interruptMatrix, offerTimeout, cooldown, blending, serviceLevel);
    }

    public RoutingSettings withBlending(BlendingRule rule) {
        return new RoutingSettings(defaultCapacity, interruptMatrix, offerTimeout, declineCooldown, rule, serviceLevel);
    }

    public RoutingSettings withServiceLevel(ServiceLevelSettings settings) {
        return new RoutingSettings(defaultCapacity, interruptMatrix, offerTimeout, declineCooldown, blending, settings);
    }

    private static <V> Map<MediaType, V> completeMap(String what, Map<MediaType, V> map) {
        Objects.requireNonNull(map, what);
        for (MediaType media : MediaType.values()) {
            if (map.get(media) == null) {
                throw new IllegalArgumentException(what + " is missing for " + media);
            }
        }
        return map;
    }
}
