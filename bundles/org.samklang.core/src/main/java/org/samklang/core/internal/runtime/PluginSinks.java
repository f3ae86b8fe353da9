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
import org.samklang.core.api.model.KnowledgeArticle;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.internal.knowledge.KnowledgeIndex;
import org.samklang.core.internal.presence.PresenceEngine;
import org.samklang.core.internal.directory.DirectoryBook;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.core.spi.PresenceSink;

/**
 * Where plugins deliver data into the desk: presence reports and directories, knowledge batches. Each input is
 * validated by the engine it goes to; a rejected input is logged with its reason and never stops the plugin.
 */
final class PluginSinks {

    private static final System.Logger LOG = System.getLogger(PluginSinks.class.getName());
    private static final long KNOWLEDGE_TIMEOUT_SECONDS = 30;

    private final PresenceEngine presence;
    private final RoutingRuntime routing;
    private final KnowledgeIndex knowledge;
    private final Executor executor;

    PluginSinks(PresenceEngine presence, RoutingRuntime routing, KnowledgeIndex knowledge, Executor executor) {
        this.presence = presence;
        this.routing = routing;
        this.knowledge = knowledge;
        this.executor = executor;
    }

    /** A presence sink whose directory pushes are filed in {@code directory} under {@code sourceId}. */
    PresenceSink presenceSink(String sourceId, DirectoryBook directory) {
        return new PresenceSink() {

            @Override
            public void report(PresenceReport report) {
                guarded("presence report", () -> presence.accept(report));
            }

            @Override
            public void confirmAll(PresenceSourceKind kind) {
                guarded("presence confirmation", () -> presence.confirmAll(kind));
            }

            @Override
            public void withdraw(String personId, PresenceSourceKind kind) {
                guarded("presence withdrawal", () -> presence.withdraw(personId, kind));
            }

            @Override
            public void replaceCalendar(String personId, List<PresenceReport> entries) {
                guarded("calendar", () -> presence.replaceCalendar(personId, entries));
            }

            @Override
            public void replaceDirectory(List<DirectoryEntry> entries) {
                guarded("directory", () -> directory.replace(sourceId, entries));
            }
        };
    }

    /** Hands the merged directory to presence (people, substitutes) and routing (agents). */
    void loadDirectory(List<DirectoryEntry> entries) {
        List<Person> people = entries.stream().map(DirectoryEntry::person).toList();
        presence.replaceDirectory(people);
        for (DirectoryEntry entry : entries) {
            if (!entry.substituteIds().isEmpty()) {
                guarded("substitutes of " + entry.person().id(),
                        () -> presence.setSubstitutes(entry.person().id(), entry.substituteIds()));
            }
        }
        routing.registerAgents(people);
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
                knowledge.failed(source.id(), source.displayName() + ": " + reason(error));
            } else {
                knowledge.replace(source.id(), articlesOf(batch));
            }
        }, executor);
    }

    private static String reason(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof TimeoutException) {
            return "no answer within " + KNOWLEDGE_TIMEOUT_SECONDS + " s";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static List<KnowledgeArticle> articlesOf(KnowledgeBatch batch) {
        List<KnowledgeArticle> articles = new ArrayList<>();
        batch.articles().forEach(a -> articles.add(new KnowledgeArticle(a.id(), a.title(), a.body(),
                a.language().toLanguageTag(), false, tags(a.category(), a.keywords()))));
        batch.responses().forEach(r -> articles.add(new KnowledgeArticle(r.id(), r.title(), r.text(),
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

    private static void guarded(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rejected {0} from a presence source: {1}", what, e.getMessage());
        }
    }
}
