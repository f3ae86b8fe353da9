package org.samklang.core.internal.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Offer;
import org.samklang.core.api.model.OverflowState;
import org.samklang.core.api.model.QueueFigures;

/** Everything observable about an engine at one instant, to prove a command changed nothing. */
record EngineSnapshot(List<QueueFigures> figures, List<Offer> offers, List<OverflowState> overflows,
        Optional<Instant> nextDue) {

    static EngineSnapshot of(RoutingEngine engine) {
        return new EngineSnapshot(engine.queueFigures(), engine.openOffers(), engine.overflowStates(),
                engine.nextDueAt());
    }
}
