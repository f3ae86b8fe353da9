package org.samklang.sandbox.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginContext;

/**
 * One configured instance of a sandbox backend: {@link #start} takes its backend {@code B} from the
 * {@link SandboxWorld} (a copy of its data, or the world's one PBX or directory) and applies the context's settings
 * to it; {@link #stop} gives it back. Before {@code start} and after {@code stop} it is offline and its calls fail,
 * retryably. Thread-safe: the running backend is one volatile reference.
 *
 * @param <B> the backend it serves
 */
public abstract class SandboxBackend<B extends SandboxConnector> implements Connector {

    private final ConnectorKind kind;
    private final String nameKey;
    private volatile B running;
    private volatile Locale locale = Locale.ENGLISH;
    /** The id of its last start, kept after {@code stop}: the desk takes it out of work by this id. */
    private volatile String lastId;

    /**
     * @param defaultId the id it has before its first start
     * @param nameKey   its name's key in {@code SandboxMessages}
     */
    protected SandboxBackend(String defaultId, ConnectorKind kind, String nameKey) {
        this.lastId = Objects.requireNonNull(defaultId, "defaultId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.nameKey = Objects.requireNonNull(nameKey, "nameKey");
    }

    /**
     * {@return the backend this start serves, with nothing of the context applied yet}
     *
     * @throws IllegalStateException with a reason a user can read when it cannot have one (the world's one PBX is
     *                               used by another instance)
     */
    protected abstract B open(PluginContext context);

    /** Gives the backend back after {@link #stop}; the instance hands nothing more to the core from it. */
    protected void close(B backend) {
        // A copy of plain data has nothing to give back.
    }

    @Override
    public final void start(PluginContext context) {
        locale = context.locale();
        lastId = context.instanceId();
        B backend = open(context);
        backend.configure(context.configuration());
        running = backend;
    }

    @Override
    public final void stop() {
        B stopping = running;
        running = null;
        if (stopping != null) {
            close(stopping);
        }
    }

    /** {@return the call's future from the running backend, or a retryable failure while not started} */
    protected final <T> CompletableFuture<T> call(Function<B, CompletableFuture<T>> call) {
        B now = running;
        return now == null
                ? CompletableFuture.failedFuture(new ConnectorFailure(notStarted(), true))
                : call.apply(now);
    }

    /** Runs {@code action} on the running backend; nothing while not started. */
    protected final void ifRunning(Consumer<B> action) {
        B now = running;
        if (now != null) {
            action.accept(now);
        }
    }

    /** {@return a value of the running backend, or {@code otherwise} while not started} */
    protected final <T> T fromRunning(Function<B, T> value, T otherwise) {
        B now = running;
        return now == null ? otherwise : value.apply(now);
    }

    /** {@return the desk's language, as the last start gave it} */
    protected final Locale locale() {
        return locale;
    }

    @Override
    public final String id() {
        return lastId;
    }

    @Override
    public final String displayName() {
        return SandboxMessages.text(locale, nameKey);
    }

    @Override
    public final ConnectorKind kind() {
        return kind;
    }

    @Override
    public final ConnectorHealth health() {
        B now = running;
        return now == null
                ? new ConnectorHealth(ConnectorHealth.Status.OFFLINE, notStarted(), Instant.EPOCH)
                : now.health();
    }

    private String notStarted() {
        return SandboxMessages.text(locale, "health.notStarted");
    }
}
