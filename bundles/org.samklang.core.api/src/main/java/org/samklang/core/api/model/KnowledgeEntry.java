package org.samklang.core.api.model;

import java.util.List;

import org.samklang.core.api.internal.Checks;

/**
 * What the knowledge base finds: an FAQ article or a canned response, as the agent's list shows it. Made by the core
 * from what a knowledge source delivers ({@code org.samklang.core.spi.KnowledgeArticle} and {@code CannedResponse});
 * the source's category and keywords become the tags.
 *
 * @param id stable id from its source
 * @param title what the list shows
 * @param body the text; canned responses may hold variables such as {@code {customer.firstName}}
 * @param language BCP 47 tag of the text, for example {@code sv} or {@code en}
 * @param cannedResponse true when the text is meant to be inserted into a reply
 * @param tags words that classify it (delivery, invoice...)
 */
public record KnowledgeEntry(String id, String title, String body, String language, boolean cannedResponse,
        List<String> tags) {

    public KnowledgeEntry {
        Checks.notNull(id, "id");
        Checks.notNull(title, "title");
        Checks.notNull(body, "body");
        Checks.notNull(language, "language");
        tags = Checks.copyOf(tags, "tags");
    }
}
