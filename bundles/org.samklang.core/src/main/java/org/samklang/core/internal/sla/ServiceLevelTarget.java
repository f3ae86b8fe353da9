package org.samklang.core.internal.sla;

import java.time.Duration;
import java.util.Objects;

import org.samklang.core.api.model.MediaType;

/**
 * A queue's service-level goal: {@code percent} % of contacts answered within {@code threshold}
 * ("80/20" for voice). Times are wall-clock; business-hours calendars are not applied here.
 *
 * @param percent   the goal, 1-100
 * @param threshold the target time T, positive
 */
public record ServiceLevelTarget(int percent, Duration threshold) {

    public ServiceLevelTarget {
        Objects.requireNonNull(threshold, "threshold");
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("service-level goal must be 1-100 %, was " + percent);
        }
        if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("service-level target time must be positive, was " + threshold);
        }
    }

    /**
     * The field's common defaults: voice 80 % in 20 s, chat 80 % in 60 s, email 90 % in 24 h,
     * social 90 % in 1 h.
     */
    public static ServiceLevelTarget defaultFor(MediaType mediaType) {
        return switch (mediaType) {
            case VOICE -> new ServiceLevelTarget(80, Duration.ofSeconds(20));
            case CHAT -> new ServiceLevelTarget(80, Duration.ofSeconds(60));
            case EMAIL -> new ServiceLevelTarget(90, Duration.ofHours(24));
            case SOCIAL -> new ServiceLevelTarget(90, Duration.ofHours(1));
        };
    }
}
