package org.samklang.ui.internal.model;

/**
 * Makes text from customers, plugins and backends safe and readable in plain SWT widgets.
 * <p>
 * Message texts are hostile input: they may hold control characters, zero-width or bidirectional-override
 * characters (which can disguise what a text says), lone surrogates, or a megabyte in one line. Everything shown
 * in a part goes through here; nothing is ever rendered as HTML. All methods are pure and thread-safe; a null
 * input counts as empty.
 */
public final class DisplayText {

    /** The mark appended where a text was cut. */
    public static final String ELLIPSIS = "\u2026";
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;

    private DisplayText() {
    }

    /**
     * Keeps the line structure but removes every control character (tabs become a space), every format
     * character (zero-width spaces and joiners, bidirectional controls, soft hyphens, byte-order marks) and lone
     * surrogates; only a joiner between two emoji stays, since it draws one emoji and hides nothing. Line breaks
     * of every kind become {@code \n}; runs of more than one blank line become one.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length();) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < raw.length() && raw.charAt(i) == '\n') {
                continue;
            }
            if (isLineBreak(cp)) {
                appendLineBreak(out);
            } else if (cp == '\t') {
                out.append(' ');
            } else if (isVisible(cp) || isEmojiJoiner(cp, out, raw, i)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().strip();
    }

    /** {@link #clean(String) Cleans} to one line: whitespace runs and line breaks become one space; capped. */
    public static String oneLine(String raw, int maxChars) {
        String cleaned = clean(raw);
        StringBuilder out = new StringBuilder(Math.min(cleaned.length(), maxChars + 1));
        boolean space = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
            if (out.length() > maxChars + 1) {
                break;
            }
        }
        return cap(out.toString(), maxChars);
    }

    /** {@link #clean(String) Cleans} and keeps at most {@code maxLines} lines and {@code maxChars} characters. */
    public static String firstLines(String raw, int maxLines, int maxChars) {
        String cleaned = clean(raw);
        int lineEnd = -1;
        for (int line = 0; line < maxLines; line++) {
            lineEnd = cleaned.indexOf('\n', lineEnd + 1);
            if (lineEnd < 0) {
                return cap(cleaned, maxChars);
            }
        }
        return cap(cleaned.substring(0, lineEnd), maxChars - 1) + ELLIPSIS;
    }

    /**
     * {@return {@code text} if it has at most {@code maxChars} characters, else its start with {@link #ELLIPSIS}
     * appended, the whole at most {@code maxChars} long and never splitting a surrogate pair}
     */
    public static String cap(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be 1 or more, got " + maxChars);
        }
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** {@return at most the first {@code maxChars} characters of {@code text}, never splitting a surrogate pair} */
    public static String prefix(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028
                || cp == 0x2029;
    }

    /** Ends the current line without trailing spaces; keeps at most one blank line in a row. */
    private static void appendLineBreak(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        boolean twoBreaks = end >= 2 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n';
        if (end > 0 && !twoBreaks) {
            out.append('\n');
        }
    }

    /**
     * A zero-width joiner between two emoji draws one emoji (a family, a profession) and hides nothing, so it
     * stays; anywhere else it goes like every other format character.
     */
    private static boolean isEmojiJoiner(int cp, StringBuilder out, String raw, int next) {
        if (cp != ZERO_WIDTH_JOINER || out.isEmpty() || next >= raw.length()) {
            return false;
        }
        int before = out.codePointBefore(out.length());
        if (before == EMOJI_PRESENTATION && out.length() > 1) {
            before = out.codePointBefore(out.length() - 1);
        }
        return (Character.isExtendedPictographic(before) || Character.isEmojiModifier(before))
                && Character.isExtendedPictographic(raw.codePointAt(next));
    }

    private static boolean isVisible(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE;
    }
}
