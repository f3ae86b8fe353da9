package org.samklang.core.internal.presence;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.PresenceSourceKind;

/**
 * Tunables of the presence engine; every value has a default that matches common contact-center practice.
 *
 * @param wrapUpTimes        wrap-up (after-contact work) time per media type; zero means no wrap-up;
 *                           media types not in the map get {@link #DEFAULT_WRAP_UP}
 * @param disconnectGrace    how long a lost desktop connection may last before the person shows as
 *                           DISCONNECTED; a reconnect within it leaves the state untouched (default 60 s)
 * @param freshnessLimits    how old a source's last confirmation may be before its reports stop counting;
 *                           a source not in the map never goes stale (manual and system states)
 * @param maxSubstituteDepth how many substitute links "who else can help" follows (1 = direct only)
 * @param directoryLocale    the language whose alphabet orders the directory (Swedish: Å Ä Ö after Z)
 */
public record PresenceSettings(Map<MediaType, Duration> wrapUpTimes, Duration disconnectGrace,
        Map<PresenceSourceKind, Duration> freshnessLimits, int maxSubstituteDepth, Locale directoryLocale) {

    /** Wrap-up time for media types without their own setting. */
    public static final Duration DEFAULT_WRAP_UP = Duration.ofSeconds(30);
    /** Genesys keeps an agent's state when the connection comes back within a minute. */
    public static final Duration DEFAULT_DISCONNECT_GRACE = Duration.ofSeconds(60);

    public PresenceSettings {
        wrapUpTimes = copyNonNegative("wrap-up time", wrapUpTimes, MediaType.class);
        Objects.requireNonNull(disconnectGrace, "disconnect grace must not be null");
        if (disconnectGrace.isNegative()) {
            throw new IllegalArgumentException("disconnect grace must not be negative: " + disconnectGrace);
        }
        freshnessLimits = copyNonNegative("freshness limit", freshnessLimits, PresenceSourceKind.class);
        if (maxSubstituteDepth < 1 || maxSubstituteDepth > 10) {
            throw new IllegalArgumentException("max substitute depth must be 1 to 10, got " + maxSubstituteDepth);
        }
        Objects.requireNonNull(directoryLocale, "directory locale must not be null");
    }

    /**
     * {@return the defaults: 30 s wrap-up on every medium, 60 s grace, PBX and chat-server reports count
     * for 10 minutes after their last confirmation (live states; connectors re-confirm every few minutes),
     * calendar entries for 24 hours (scheduled data that stays true; only a calendar sync that has been
     * failing for a day is distrusted), substitutes followed 3 links deep, Swedish alphabetical order}
     */
    public static PresenceSettings defaults() {
        Map<PresenceSourceKind, Duration> freshness = new EnumMap<>(PresenceSourceKind.class);
        freshness.put(PresenceSourceKind.PBX, Duration.ofMinutes(10));
        freshness.put(PresenceSourceKind.CHAT_SERVER, Duration.ofMinutes(10));
        freshness.put(PresenceSourceKind.CALENDAR, Duration.ofHours(24));
        return new PresenceSettings(Map.of(), DEFAULT_DISCONNECT_GRACE, freshness, 3,
                Locale.forLanguageTag("sv-SE"));
    }

    /** {@return the wrap-up time after a handled contact of this media type} */
    public Duration wrapUpTime(MediaType mediaType) {
        return wrapUpTimes.getOrDefault(mediaType, DEFAULT_WRAP_UP);
    }

    /** {@return a copy with one media type's wrap-up time changed} */
    public PresenceSettings withWrapUpTime(MediaType mediaType, Duration time) {
        Map<MediaType, Duration> changed = new EnumMap<>(MediaType.class);
        changed.putAll(wrapUpTimes);
        changed.put(mediaType, time);
        return new PresenceSettings(changed, disconnectGrace, freshnessLimits, maxSubstituteDepth,
                directoryLocale);
    }

    /** {@return the freshness limit of a source, or null if its reports never go stale} */
    public Duration freshnessLimit(PresenceSourceKind source) {
        return freshnessLimits.get(source);
    }

    private static <K extends Enum<K>> Map<K, Duration> copyNonNegative(String what, Map<K, Duration> values,
            Class<K> keyType) {
        Map<K, Duration> copy = new EnumMap<>(keyType);
        Objects.requireNonNullElse(values, Map.<K, Duration>of()).forEach((key, value) -> {
            Objects.requireNonNull(key, what + ": key must not be null");
            Objects.requireNonNull(value, what + " of " + key + " must not be null");
            if (value.isNegative()) {
                throw new IllegalArgumentException(what + " of " + key + " must not be negative: " + value);
            }
            copy.put(key, value);
        });
        return Map.copyOf(copy);
    }
}
