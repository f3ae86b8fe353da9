package org.samklang.core.internal.sla;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

import org.samklang.core.api.model.QueueFigures.ServiceLevelVariant;

/**
 * How service-level figures are counted, the same for every queue of one engine.
 *
 * @param variant      the service level's denominator; default {@link ServiceLevelVariant#OFFERED_MINUS_SHORT_ABANDONS}
 * @param shortAbandon a contact abandoned within this time is a short abandon; default 5 s, zero allowed
 * @param interval     length of a reporting interval, aligned to midnight; must divide a day; default 15 min
 * @param zone         time zone whose midnight starts "today" and the intervals
 */
public record ServiceLevelSettings(ServiceLevelVariant variant, Duration shortAbandon, Duration interval,
        ZoneId zone) {

    private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    public ServiceLevelSettings {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(shortAbandon, "shortAbandon");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(zone, "zone");
        if (shortAbandon.isNegative()) {
            throw new IllegalArgumentException("short-abandon threshold must not be negative, was " + shortAbandon);
        }
        long seconds = interval.toSeconds();
        if (seconds < 60 || SECONDS_PER_DAY % seconds != 0 || interval.toNanosPart() != 0) {
            throw new IllegalArgumentException("interval must be whole seconds, at least 1 min and divide a day"
                    + " (e.g. 15 or 30 min), was " + interval);
        }
    }

    /** The defaults: offered minus short abandons, 5 s short abandon, 15-minute intervals, in {@code zone}. */
    public static ServiceLevelSettings defaults(ZoneId zone) {
        return new ServiceLevelSettings(ServiceLevelVariant.OFFERED_MINUS_SHORT_ABANDONS, Duration.ofSeconds(5),
                Duration.ofMinutes(15), zone);
    }

    /** A copy with another variant. */
    public ServiceLevelSettings withVariant(ServiceLevelVariant newVariant) {
        return new ServiceLevelSettings(newVariant, shortAbandon, interval, zone);
    }
}
