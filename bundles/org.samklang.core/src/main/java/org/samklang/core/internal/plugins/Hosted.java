package org.samklang.core.internal.plugins;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceView.State;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.spi.Connector;

/**
 * The plugin host's record of one instance: the service object, the facets it is bound under, its properties and
 * where its lifecycle stands. Mutable; every field is guarded by the {@link PluginHost}'s lock.
 */
final class Hosted {

    final Connector connector;
    final long order;
    final Set<Facet> facets = EnumSet.noneOf(Facet.class);
    InstanceProperties properties;
    String instanceId;
    String displayName;
    /** What the status line files it under: its type's kind, else its first facet's. */
    ConnectorStatus.Role role;
    State state = State.STARTING;
    String reason = "";
    Instant since;
    List<SettingProblem> problems = List.of();
    /** Its {@code start} returned and no {@code stop} was called since. */
    boolean started;
    /** Its facets are at work in the desk. */
    boolean attached;
    /** Its start and stop jobs, one after the other (the last one queued). */
    CompletableFuture<Void> lifecycle = CompletableFuture.completedFuture(null);
    /** Bumped by every start scheduled, restart and removal; a job of an older generation does nothing. */
    int generation;

    Hosted(Connector connector, Facet facet, InstanceProperties properties, String instanceId, long order,
            Instant since) {
        this.connector = connector;
        this.facets.add(facet);
        this.properties = properties;
        this.instanceId = instanceId;
        this.displayName = properties.name().orElse(instanceId);
        this.role = Facet.roleOf(facet.kind());
        this.order = order;
        this.since = since;
    }

    /** Enters {@code next} with {@code why}; {@code since} moves only when the state changes. */
    void enter(State next, String why, List<SettingProblem> problemsNow, Instant now) {
        if (next != state) {
            since = now;
        }
        state = next;
        reason = why;
        problems = List.copyOf(problemsNow);
    }

    /** Whether its settings were refused only because another instance has its id. */
    boolean refusedForTakenId() {
        return state == State.SETTINGS_REFUSED
                && problems.stream().anyMatch(p -> p.kind() == SettingProblem.Kind.INSTANCE_ID_TAKEN);
    }

    /** The configuration's PID, for the Settings view; empty for a service registered by hand. */
    Optional<String> pid() {
        return properties.pid();
    }
}
