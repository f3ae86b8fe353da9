package org.samklang.core.api.model;

import java.util.List;
import java.util.Objects;

/**
 * An FAQ article or a canned response.
 *
 * @param id stable id from its source
 * @param title what the list shows
 * @param body the text; canned responses may hold variables such as {@code {customer.firstName}}
 * @param language BCP 47 tag of the text, for example {@code sv} or {@code en}
 * @param cannedResponse true when the text is meant to be inserted into a reply
 * @param tags words that classify it (delivery, invoice...)
 */
public record KnowledgeArticle(String id, String title, String body, String language, boolean cannedResponse,
        List<String> tags) {

    public KnowledgeArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
    }
}
