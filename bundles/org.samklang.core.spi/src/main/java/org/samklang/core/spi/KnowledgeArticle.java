package org.samklang.core.spi;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * An FAQ or knowledge-base article, as a {@link KnowledgeSource} delivers it for the core to index. Immutable.
 *
 * @param id        the source's stable id, at most 128 characters without whitespace; unique within the source
 * @param language  the article's language, e.g. {@code sv} or {@code en}
 * @param title     one line, at most 200 characters
 * @param body      plain text, paragraphs separated by blank lines, at most {@value #MAX_BODY_LENGTH} characters
 * @param category  a one-line grouping such as "Leveranser"; may be empty
 * @param keywords  extra search words (synonyms, product names), each one line
 * @param updatedAt when the article last changed at the source
 * @param link      where the article can be read in full, if it is published somewhere
 */
public record KnowledgeArticle(String id, Locale language, String title, String body, String category,
        List<String> keywords, Instant updatedAt, Optional<URI> link) {

    /** Longest body accepted, in characters. */
    public static final int MAX_BODY_LENGTH = 200_000;

    public KnowledgeArticle {
        KnowledgeText.id(id);
        KnowledgeText.language(id, language);
        title = KnowledgeText.singleLine("title of " + id, title, 200);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title of " + id + " must not be blank");
        }
        KnowledgeText.body("body of " + id, body, MAX_BODY_LENGTH);
        category = KnowledgeText.singleLine("category of " + id, category, 120);
        keywords = KnowledgeText.keywords(id, keywords);
        Checks.notNull(updatedAt, "updatedAt of " + id);
        Checks.notNull(link, "link of " + id);
    }
}
