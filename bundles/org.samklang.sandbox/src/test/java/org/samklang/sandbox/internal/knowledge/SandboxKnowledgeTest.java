package org.samklang.sandbox.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samklang.core.spi.CannedResponse;
import org.samklang.core.spi.KnowledgeArticle;
import org.samklang.core.spi.KnowledgeBatch;
import org.samklang.core.spi.TemplateVariable;
import org.samklang.sandbox.internal.ManualClock;

class SandboxKnowledgeTest {

    private final SandboxKnowledge knowledge = new SandboxKnowledge(new ManualClock(ManualClock.WEDNESDAY_MORNING));
    private final KnowledgeBatch batch = knowledge.fetch(Optional.empty()).join();

    @Test
    void aCompleteBatch_ofAboutFortyItems_inSwedishAndEnglish() {
        assertTrue(batch.complete());
        assertEquals(SandboxKnowledge.REVISION, batch.revision());
        assertEquals(40, batch.articles().size() + batch.responses().size());
        Set<String> languages = batch.articles().stream().map(a -> a.language().getLanguage())
                .collect(Collectors.toSet());
        assertEquals(Set.of("sv", "en"), languages);
        assertEquals(batch, knowledge.fetch(Optional.of(SandboxKnowledge.REVISION)).join(), "never changes");
    }

    @Test
    void theArticlesCoverWhatCustomersAskAbout() {
        String swedish = batch.articles().stream().filter(a -> a.language().getLanguage().equals("sv"))
                .map(a -> (a.title() + " " + a.body()).toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        for (String word : List.of("leverans", "retur", "faktura", "lösenord", "öppet")) {
            assertTrue(swedish.contains(word), "no Swedish article mentions " + word);
        }
        String english = batch.articles().stream().filter(a -> a.language().getLanguage().equals("en"))
                .map(a -> (a.title() + " " + a.body()).toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        for (String word : List.of("delivery", "return", "invoice", "password", "opening hours")) {
            assertTrue(english.contains(word), "no English article mentions " + word);
        }
        assertTrue(batch.articles().stream().allMatch(a -> a.link().isPresent() && !a.keywords().isEmpty()));
    }

    @Test
    void everyArticleHasATranslation() {
        Set<String> swedish = slugs(batch.articles(), "sv");
        assertEquals(swedish, slugs(batch.articles(), "en"));
    }

    private static Set<String> slugs(List<KnowledgeArticle> articles, String language) {
        return articles.stream().filter(a -> a.language().getLanguage().equals(language))
                .map(a -> a.id().substring(("kb-" + language + "-").length())).collect(Collectors.toSet());
    }

    @Test
    void cannedResponses_useOnlyVariablesTheCoreFills_someWithFallbacks() {
        List<TemplateVariable> variables = batch.responses().stream()
                .flatMap(response -> response.variables().stream()).toList();
        assertFalse(variables.isEmpty());
        assertTrue(variables.stream().allMatch(TemplateVariable::isKnown), variables.toString());
        assertTrue(variables.stream().anyMatch(v -> v.name().equals("customer.firstName") && !v.fallback().isEmpty()));
        assertTrue(variables.stream().anyMatch(v -> v.name().equals("order.number")));
        assertTrue(batch.responses().stream().map(CannedResponse::shortcut).allMatch(s -> s.startsWith("/")));
    }
}
