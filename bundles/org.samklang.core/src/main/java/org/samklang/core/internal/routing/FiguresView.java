package org.samklang.core.internal.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.sla.IntervalFigures;
import org.samklang.core.internal.sla.QueueStatistics;
import org.samklang.core.internal.sla.ServiceLevelTarget;

/**
 * Builds {@link QueueFigures} from a queue's running totals and indexes in O(overflow rules); the ringing agents are
 * counted by the caller over the open offers.
 */
final class FiguresView {

    private FiguresView() {
    }

    /** {@code ringing}: the pool's ready agents with an offer ringing, see {@link Matcher#readyWithOfferRinging}. */
    static QueueFigures of(QueueState queue, int ringing, Instant now) {
        QueueDefinition definition = queue.definition;
        QueueStatistics statistics = queue.statistics;
        IntervalFigures today = statistics.today(now);
        ServiceLevelTarget target = definition.target();
        QueueFigures.ServiceLevelVariant variant = statistics.settings().variant();
        Optional<Duration> firstResponse = definition.mediaType() == MediaType.VOICE
                ? Optional.empty()
                : today.averageFirstResponse();
        return new QueueFigures(definition.id(), definition.name(), definition.mediaType(), statistics.waiting(),
                statistics.longestWait(now), today.serviceLevelPercent(variant), target.percent(),
                target.threshold(), variant, queue.pool.ready.size() + ringing, ringing, today.averageSpeedOfAnswer(),
                today.averageHandleTime(), firstResponse, queue.activeOverflows(now), now);
    }
}
