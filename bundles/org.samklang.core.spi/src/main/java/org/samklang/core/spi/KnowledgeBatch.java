package org.samklang.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.samklang.core.api.internal.Checks;

/**
 * What a {@link KnowledgeSource} delivers on one fetch: either everything it has ({@code complete}: the core
 * replaces all items of this source) or the changes after the revision the core asked from. Immutable.
 *
 * @param revision   the source's revision after this batch; the core asks for changes after it next time
 * @param complete   true if this is the whole knowledge base of the source
 * @param articles   articles added or changed (all of them when complete)
 * @param responses  canned responses added or changed (all of them when complete)
 * @param removedIds ids of items removed since the asked-for revision; empty when complete
 */
public record KnowledgeBatch(String revision, boolean complete, List<KnowledgeArticle> articles,
        List<CannedResponse> responses, Set<String> removedIds) {

    public KnowledgeBatch {
        Checks.notBlank(revision, "revision");
        articles = Checks.copyOf(articles, "articles");
        responses = Checks.copyOf(responses, "responses");
        removedIds = Set.copyOf(Checks.notNull(removedIds, "removedIds"));
        if (complete && !removedIds.isEmpty()) {
            throw new IllegalArgumentException("a complete batch has nothing to remove");
        }
        Set<String> ids = new HashSet<>();
        articles.forEach(article -> requireUnique(ids, article.id()));
        responses.forEach(response -> requireUnique(ids, response.id()));
    }

    /** Everything the source has. */
    public static KnowledgeBatch complete(String revision, List<KnowledgeArticle> articles,
            List<CannedResponse> responses) {
        return new KnowledgeBatch(revision, true, articles, responses, Set.of());
    }

    private static void requireUnique(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("knowledge item id '" + id + "' appears twice in one batch");
        }
    }
}
