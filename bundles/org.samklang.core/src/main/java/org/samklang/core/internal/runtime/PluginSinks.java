package org.samklang.core.internal.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.samklang.core.api.KnowledgeService.SourceFailure;
import org.samklang.core.api.model.KnowledgeEntry;
import org.samklang.core.internal.knowledge.KnowledgeIndex;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.spi.KnowledgeSource;

/**
 * Where knowledge sources deliver their articles into the desk (presence sources have {@link PresenceFeeds}). A
 * source that fails or does not answer is shown as such in the knowledge panel and never stops the desk.
 */
final class PluginSinks {

    private static final System.Logger LOG = System.getLogger(PluginSinks.class.getName());
    private static final long KNOWLEDGE_TIMEOUT_SECONDS = 30;

    private final KnowledgeIndex knowledge;
    private final Executor executor;

    PluginSinks(KnowledgeIndex knowledge, Executor executor) {
        this.knowledge = knowledge;
        this.executor = executor;
    }

    void loadKnowledge(KnowledgeSource source) {
        knowledge.loading(source.id());
        CompletableFuture<KnowledgeBatch> fetched;
        try {
            fetched = source.fetch(Optional.empty());
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.orTimeout(KNOWLEDGE_TIMEOUT_SECONDS, TimeUnit.SECONDS).whenCompleteAsync((batch, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "knowledge source {0} failed: {1}", source.id(), error.toString());
                knowledge.failed(source.id(), failure(source.displayName(), error));
            } else {
                knowledge.replace(source.id(), articlesOf(batch));
            }
        }, executor);
    }

    private static SourceFailure failure(String source, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof TimeoutException) {
            return new SourceFailure(source, KNOWLEDGE_TIMEOUT_SECONDS, "");
        }
        return new SourceFailure(source, 0, cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getMessage());
    }

    private static List<KnowledgeEntry> articlesOf(KnowledgeBatch batch) {
        List<KnowledgeEntry> articles = new ArrayList<>();
        batch.articles().forEach(a -> articles.add(new KnowledgeEntry(a.id(), a.title(), a.body(),
                a.language().toLanguageTag(), false, tags(a.category(), a.keywords()))));
        batch.responses().forEach(r -> articles.add(new KnowledgeEntry(r.id(), r.title(), r.text(),
                r.language().toLanguageTag(), true, tags(r.category(), r.keywords()))));
        return articles;
    }

    private static List<String> tags(String category, List<String> keywords) {
        List<String> tags = new ArrayList<>(keywords);
        if (category != null && !category.isBlank()) {
            tags.add(0, category.toLowerCase(Locale.ROOT));
        }
        return tags;
    }
}
