package org.samklang.core.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the variables out of a canned response text. Syntax: {@code {name}} or {@code {name|fallback}}; a doubled
 * brace (<code>&#123;&#123;</code>, <code>&#125;&#125;</code>) stands for a literal one. Anything else with a brace
 * is an error with its position, so a broken template is rejected when the source delivers it, not when an agent
 * inserts it.
 */
final class TemplateSyntax {

    private TemplateSyntax() {
    }

    /**
     * {@return the variables of {@code text}, in order}
     *
     * @throws IllegalArgumentException naming the first problem and its character position
     */
    static List<TemplateVariable> variables(String text) {
        List<TemplateVariable> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                requireDoubled(text, i, '}');
                i += 2;
            } else if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '{' at position " + i);
                }
                found.add(variable(text.substring(i + 1, end), i));
                i = end + 1;
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    private static void requireDoubled(String text, int at, char brace) {
        if (at + 1 >= text.length() || text.charAt(at + 1) != brace) {
            throw new IllegalArgumentException("lone '" + brace + "' at position " + at + "; write '" + brace + brace
                    + "' for a literal brace");
        }
    }

    private static TemplateVariable variable(String inside, int at) {
        int bar = inside.indexOf('|');
        String name = bar < 0 ? inside : inside.substring(0, bar);
        String fallback = bar < 0 ? "" : inside.substring(bar + 1);
        try {
            return new TemplateVariable(name.strip(), fallback);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad variable at position " + at + ": " + e.getMessage(), e);
        }
    }
}
