package org.samklang.core.spi;

import java.util.Locale;
import java.util.Set;

import org.samklang.core.api.internal.Checks;

/**
 * What a {@link KnowledgeSource} delivers.
 *
 * @param articles        whether it delivers articles
 * @param cannedResponses whether it delivers canned responses
 * @param incremental     whether {@link KnowledgeSource#fetch} can return only the changes after a revision (the
 *                        core asks for everything today; see {@link KnowledgeSource})
 * @param languages       the languages its items are written in
 */
public record KnowledgeCapabilities(boolean articles, boolean cannedResponses, boolean incremental,
        Set<Locale> languages) {

    public KnowledgeCapabilities {
        languages = Set.copyOf(Checks.notNull(languages, "languages"));
    }
}
