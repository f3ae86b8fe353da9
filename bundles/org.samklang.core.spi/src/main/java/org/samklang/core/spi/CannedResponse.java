package org.samklang.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.samklang.core.api.internal.Checks;

/**
 * A ready-made answer an agent inserts at the cursor, with variables such as {@code {customer.firstName|där}}
 * (see {@link TemplateVariable} for the syntax and the names the core fills). Immutable; the constructor rejects
 * a text whose variables are malformed, so a broken template never reaches an agent.
 *
 * @param id        the source's stable id, at most 128 characters without whitespace; unique within the source
 * @param language  the response's language
 * @param title     one line naming it in the picker, at most 200 characters
 * @param shortcut  what an agent types to find it at once, e.g. {@code /leverans}; may be empty
 * @param text      the template, at most {@value #MAX_TEXT_LENGTH} characters
 * @param category  a one-line grouping; may be empty
 * @param keywords  extra search words
 * @param updatedAt when it last changed at the source
 */
public record CannedResponse(String id, Locale language, String title, String shortcut, String text,
        String category, List<String> keywords, Instant updatedAt) {

    /** Longest template accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public CannedResponse {
        KnowledgeText.id(id);
        KnowledgeText.language(id, language);
        title = KnowledgeText.singleLine("title of " + id, title, 200);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title of " + id + " must not be blank");
        }
        shortcut = KnowledgeText.singleLine("shortcut of " + id, shortcut, 40);
        KnowledgeText.body("text of " + id, text, MAX_TEXT_LENGTH);
        try {
            TemplateSyntax.variables(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("text of canned response " + id + ": " + e.getMessage(), e);
        }
        category = KnowledgeText.singleLine("category of " + id, category, 120);
        keywords = KnowledgeText.keywords(id, keywords);
        Checks.notNull(updatedAt, "updatedAt of " + id);
    }

    /** {@return the variables in the text, in order of appearance, repeats included} */
    public List<TemplateVariable> variables() {
        return TemplateSyntax.variables(text);
    }
}
