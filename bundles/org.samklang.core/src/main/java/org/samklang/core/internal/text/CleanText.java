package org.samklang.core.internal.text;

/**
 * Cleans text people typed or remote systems sent before it is stored or sent (a receptionist's message, a name
 * from the CRM): no control characters but
 * line breaks, no invisible format characters (bidirectional overrides that could make a number read backwards,
 * zero-width characters), no lone surrogates; subjects and names on one line and capped. Pure and thread-safe.
 */
public final class CleanText {

    private CleanText() {
    }

    /** {@code raw} as lines: {@code \r\n} and other breaks become {@code \n}; everything invisible goes. */
    public static String body(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length();) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < raw.length() && raw.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (visible(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().strip();
    }

    /** {@code raw} on one line, whitespace runs collapsed, at most {@code max} characters (then "…"). */
    public static String line(String raw, int max) {
        String collapsed = body(raw).replaceAll("\\s+", " ").strip();
        if (collapsed.length() <= max) {
            return collapsed;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
            end--;
        }
        return collapsed.substring(0, end).stripTrailing() + "\u2026";
    }

    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }
}
