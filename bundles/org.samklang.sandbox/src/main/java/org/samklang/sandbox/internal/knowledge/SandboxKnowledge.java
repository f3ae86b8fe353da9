package org.samklang.sandbox.internal.knowledge;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.spi.CannedResponse;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.KnowledgeArticle;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.spi.KnowledgeCapabilities;
import org.samklang.core.spi.KnowledgeSource;
import org.samklang.sandbox.internal.SandboxConnector;

/**
 * The sandbox knowledge base: 24 FAQ articles (twelve topics in Swedish and English: deliveries, returns,
 * invoices, passwords, opening hours...) and 16 canned responses with variables such as {@code {order.number}}.
 * It never changes, so every fetch returns the same complete batch at revision {@value #REVISION}.
 * Thread-safe; answers from memory.
 */
public final class SandboxKnowledge extends SandboxConnector implements KnowledgeSource {

    /** The connector id. */
    public static final String ID = "knowledge.sandbox";
    /** The only revision there is. */
    public static final String REVISION = "sandbox-1";
    /** Articles and canned responses, in Swedish and English, fetched whole. */
    public static final KnowledgeCapabilities CAPABILITIES = new KnowledgeCapabilities(true, true, false,
            Set.of(Locale.of("sv"), Locale.ENGLISH));

    private static final Locale SWEDISH = Locale.of("sv");
    private static final Instant WRITTEN = Instant.parse("2025-09-01T08:00:00Z");
    private static final String LINK_BASE = "https://help.sandbox.samklang.example/";

    private final KnowledgeBatch batch;

    public SandboxKnowledge(Clock clock) {
        super(ID, "Sandbox knowledge base", ConnectorKind.KNOWLEDGE, clock);
        List<KnowledgeArticle> articles = new ArrayList<>();
        addArticles(SwedishArticles.ALL, SWEDISH, articles);
        addArticles(EnglishArticles.ALL, Locale.ENGLISH, articles);
        List<CannedResponse> responses = new ArrayList<>();
        addResponses(CannedTexts.SWEDISH, SWEDISH, responses);
        addResponses(CannedTexts.ENGLISH, Locale.ENGLISH, responses);
        this.batch = KnowledgeBatch.complete(REVISION, articles, responses);
    }

    private static void addArticles(List<ArticleText> texts, Locale language, List<KnowledgeArticle> into) {
        for (ArticleText text : texts) {
            String id = "kb-" + language.getLanguage() + "-" + text.slug();
            into.add(new KnowledgeArticle(id, language, text.title(), text.body(), text.category(), text.keywords(),
                    WRITTEN.plus(Duration.ofDays(into.size())),
                    Optional.of(URI.create(LINK_BASE + language.getLanguage() + "/" + text.slug()))));
        }
    }

    private static void addResponses(List<CannedTexts.Text> texts, Locale language, List<CannedResponse> into) {
        for (CannedTexts.Text text : texts) {
            into.add(new CannedResponse("canned-" + language.getLanguage() + "-" + text.slug(), language,
                    text.title(), text.shortcut(), text.text(), "", List.of(), WRITTEN.plus(Duration.ofHours(
                            into.size()))));
        }
    }

    @Override
    public KnowledgeCapabilities knowledgeCapabilities() {
        return CAPABILITIES;
    }

    @Override
    public CompletableFuture<KnowledgeBatch> fetch(Optional<String> afterRevision) {
        return remote.answer(() -> batch);
    }
}
