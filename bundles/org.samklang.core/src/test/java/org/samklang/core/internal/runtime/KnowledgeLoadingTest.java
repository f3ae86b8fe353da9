package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.KnowledgeService.Availability;
import org.samklang.core.api.KnowledgeService.SourceFailure;
import org.samklang.core.internal.knowledge.KnowledgeIndex;
import org.samklang.core.spi.ConnectorFailure;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.KnowledgeArticle;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.spi.KnowledgeCapabilities;
import org.samklang.core.spi.KnowledgeSource;

/** Loading, empty and failed are three answers of the knowledge base, and listeners hear when it changes. */
class KnowledgeLoadingTest {

    private final KnowledgeIndex knowledge = new KnowledgeIndex();
    private final PluginSinks sinks = new PluginSinks(knowledge, Runnable::run);
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void givenASourceStillFetching_thenTheKnowledgeBaseIsLoading_andReadyWhenItDelivers() {
        knowledge.subscribe(changes::incrementAndGet);
        assertEquals(Availability.NO_SOURCE, knowledge.status().availability());
        Source source = new Source();

        sinks.loadKnowledge(source);
        assertEquals(Availability.LOADING, knowledge.status().availability(), "not 'empty' while it loads");
        source.batch.complete(new KnowledgeBatch("1", true, List.of(new KnowledgeArticle("kb-1", Locale.ENGLISH,
                "Delivery times", "Two to four days.", "delivery", List.of(), Instant.EPOCH, Optional.empty())),
                List.of(), Set.of()));

        assertEquals(Availability.READY, knowledge.status().availability());
        assertEquals(1, knowledge.search("", 10).size());
        assertEquals(2, changes.get(), "loading, then loaded");
    }

    @Test
    void givenASourceThatFails_thenTheKnowledgeBaseSaysWhichAndWhy() {
        Source source = new Source();

        sinks.loadKnowledge(source);
        source.batch.completeExceptionally(new ConnectorFailure("the server answered 503", true));

        assertEquals(Availability.FAILED, knowledge.status().availability());
        assertEquals(List.of(new SourceFailure("Test knowledge", 0, "the server answered 503")),
                knowledge.status().failures());
        knowledge.removeSource(source.id());
        assertEquals(Availability.NO_SOURCE, knowledge.status().availability());
    }

    @Test
    void givenASourceRegisteredAgain_thenItIsAskedForEverythingAnew_andAFailedFetchKeepsWhatItHad() {
        Source source = new Source();
        sinks.loadKnowledge(source);
        source.batch.complete(KnowledgeBatch.complete("1", List.of(article("kb-1"), article("kb-2")), List.of()));

        source.batch = new CompletableFuture<>();
        sinks.loadKnowledge(source);
        source.batch.complete(KnowledgeBatch.complete("2", List.of(article("kb-3")), List.of()));
        assertEquals(List.of("kb-3"), knowledge.search("", 10).stream().map(e -> e.id()).toList(),
                "the source's items are replaced, not added to");

        source.batch = new CompletableFuture<>();
        sinks.loadKnowledge(source);
        source.batch.completeExceptionally(new ConnectorFailure("timeout", true));
        assertEquals(List.of("kb-3"), knowledge.search("", 10).stream().map(e -> e.id()).toList());
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), source.asked,
                "the core asks for everything, once per registration");
    }

    private static KnowledgeArticle article(String id) {
        return new KnowledgeArticle(id, Locale.ENGLISH, "Title " + id, "Body.", "", List.of(), Instant.EPOCH,
                Optional.empty());
    }

    /** A knowledge source whose fetch completes when the test says. */
    private static final class Source implements KnowledgeSource {

        CompletableFuture<KnowledgeBatch> batch = new CompletableFuture<>();
        final List<Optional<String>> asked = new ArrayList<>();

        @Override
        public String id() {
            return "knowledge.test";
        }

        @Override
        public String displayName() {
            return "Test knowledge";
        }

        @Override
        public ConnectorKind kind() {
            return ConnectorKind.KNOWLEDGE;
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(Instant.EPOCH);
        }

        @Override
        public KnowledgeCapabilities knowledgeCapabilities() {
            return new KnowledgeCapabilities(true, false, false, Set.of(Locale.ENGLISH));
        }

        @Override
        public CompletableFuture<KnowledgeBatch> fetch(Optional<String> afterRevision) {
            asked.add(afterRevision);
            return batch;
        }
    }
}
