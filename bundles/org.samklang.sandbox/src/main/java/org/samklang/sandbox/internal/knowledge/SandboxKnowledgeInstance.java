package org.samklang.sandbox.internal.knowledge;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.spi.KnowledgeCapabilities;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.core.spi.PluginContext;
import org.samklang.sandbox.internal.SandboxMessages;

/**
 * One configured sandbox knowledge base: a Declarative Services component per factory configuration of
 * {@value SandboxKnowledgeType#FACTORY_PID}. {@link #start} builds the {@link SandboxKnowledge} with the context's
 * clock and settings; before {@code start} and after {@code stop} it is offline and fetches fail. Thread-safe: the
 * running state is one volatile reference.
 */
@Component(service = KnowledgeSource.class, configurationPid = SandboxKnowledgeType.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SandboxKnowledgeInstance implements KnowledgeSource {

    private volatile SandboxKnowledge running;
    private volatile Locale locale = Locale.ENGLISH;
    /** The id of its last start, kept after {@code stop}: the desk takes it out of work by this id. */
    private volatile String lastId = SandboxKnowledge.ID;

    @Override
    public void start(PluginContext context) {
        SandboxKnowledge base = new SandboxKnowledge(context.clock());
        base.configure(context.configuration());
        locale = context.locale();
        lastId = context.instanceId();
        running = base;
    }

    @Override
    public void stop() {
        running = null;
    }

    @Override
    public String id() {
        return lastId;
    }

    @Override
    public String displayName() {
        return SandboxMessages.text(locale, "knowledgeType.name");
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.KNOWLEDGE;
    }

    @Override
    public ConnectorHealth health() {
        SandboxKnowledge now = running;
        return now == null
                ? new ConnectorHealth(ConnectorHealth.Status.OFFLINE,
                        SandboxMessages.text(locale, "health.notStarted"), Instant.EPOCH)
                : now.health();
    }

    @Override
    public KnowledgeCapabilities knowledgeCapabilities() {
        return SandboxKnowledge.CAPABILITIES;
    }

    @Override
    public CompletableFuture<KnowledgeBatch> fetch(Optional<String> afterRevision) {
        SandboxKnowledge now = running;
        return now == null
                ? CompletableFuture.failedFuture(new ConnectorFailure(
                        SandboxMessages.text(locale, "health.notStarted"), true))
                : now.fetch(afterRevision);
    }
}
