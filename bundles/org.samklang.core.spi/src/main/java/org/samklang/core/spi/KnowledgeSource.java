package org.samklang.core.spi;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A source of FAQ articles and canned responses; the core indexes them in one knowledge index that every channel
 * uses, so every agent gives the same answer on every channel. See {@link Connector} for the shared contract.
 * <p>
 * <b>When the core fetches.</b> Once, each time the source's service is registered, always asking for everything
 * ({@code afterRevision} empty) and replacing all the source's items with the batch. The core does not poll: a source
 * whose articles change while it runs registers its service anew to be fetched again (a DS component without a
 * modified method is re-registered whenever its configuration changes). A periodic, incremental refresh may come
 * later; a source that already supports {@code afterRevision} loses nothing by it.
 * <p>
 * <b>Threading.</b> {@link #fetch} is called on a core background thread; it returns at once and completes the future
 * from the plugin's own threads. The core gives up after 30 seconds and shows the source as failed (a complete
 * export must arrive within that time).
 * <p>
 * <b>Errors.</b> A source that cannot be read completes exceptionally with a {@link ConnectorFailure}; the core keeps
 * the items it indexed before and shows the knowledge base as failed with the source's name and the failure's
 * message. A single malformed item should be skipped and logged by the plugin, not fail the
 * batch (the item records reject malformed data on construction).
 * <p>
 * <b>Idempotency.</b> Read-only; fetching again after the same revision returns the same changes.
 */
public interface KnowledgeSource extends Connector {

    /** What this source delivers. Non-blocking. */
    KnowledgeCapabilities knowledgeCapabilities();

    /**
     * Fetches knowledge: everything when {@code afterRevision} is empty, else the changes after it. A source that
     * is not {@linkplain KnowledgeCapabilities#incremental() incremental}, or no longer knows that revision,
     * answers with a {@linkplain KnowledgeBatch#complete() complete} batch.
     */
    CompletableFuture<KnowledgeBatch> fetch(Optional<String> afterRevision);
}
