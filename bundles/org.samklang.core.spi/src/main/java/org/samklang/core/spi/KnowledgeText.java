package org.samklang.core.spi;

import java.util.List;
import java.util.Locale;

import org.samklang.core.api.internal.Checks;

/** Checks shared by knowledge items, so articles and canned responses reject bad input alike. */
final class KnowledgeText {

    /** Longest item id accepted. */
    static final int MAX_ID_LENGTH = 128;

    private KnowledgeText() {
    }

    static String id(String id) {
        Checks.notBlank(id, "knowledge item id");
        if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))) {
            throw new IllegalArgumentException("knowledge item id must be at most " + MAX_ID_LENGTH
                    + " characters without whitespace, got '" + id + "'");
        }
        return id;
    }

    static Locale language(String id, Locale language) {
        Checks.notNull(language, "language of " + id);
        if (language.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language of " + id + " must name a language, e.g. sv or en");
        }
        return language;
    }

    static String singleLine(String field, String value, int max) {
        Checks.notNull(value, field);
        if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be one line of at most " + max + " characters");
        }
        return value.strip();
    }

    static String body(String field, String value, int max) {
        Checks.notNull(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters; at most " + max
                    + " are allowed");
        }
        return value;
    }

    static List<String> keywords(String id, List<String> keywords) {
        List<String> copy = Checks.copyOf(keywords, "keywords of " + id);
        copy.forEach(keyword -> singleLine("keyword of " + id, keyword, 80));
        return copy;
    }
}
