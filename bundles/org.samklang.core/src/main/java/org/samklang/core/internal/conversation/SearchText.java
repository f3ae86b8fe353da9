package org.samklang.core.internal.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a safe FTS5 query: every word quoted (so operators, quotes and brackets are plain
 * text), all words required, the last one as a prefix because the user may still be typing it.
 */
final class SearchText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 16;
    private static final int MAX_WORD_LENGTH = 64;

    private SearchText() {
    }

    /** The FTS5 MATCH expression, or empty if {@code text} holds no word to search for. */
    static Optional<String> toMatchExpression(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find() && words.size() < MAX_WORDS) {
            String word = matcher.group();
            words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            query.append(i == 0 ? "" : " ").append('"').append(words.get(i)).append('"');
        }
        return Optional.of(query.append('*').toString());
    }
}
