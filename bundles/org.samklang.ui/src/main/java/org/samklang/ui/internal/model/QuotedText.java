package org.samklang.ui.internal.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an e-mail's text into what the sender wrote now and the quoted earlier mail below it, so the timeline can
 * fold the quote behind "Show quoted text". The quote starts at an attribution line ("On Tue, 12 Nov 2026, Anna
 * wrote:", "Den 12 nov. 2026 skrev Anna:", "-----Original Message-----") or at a run of "&gt;" lines that lasts to
 * the end (inline answers between quoted lines are therefore never hidden). A text that is all quote is not
 * folded. Pure and thread-safe.
 */
public final class QuotedText {

    /** What the sender wrote now, and the quote below it (empty when there is none). */
    public record Split(String fresh, String quoted) {

        /** {@return how many lines the quote has} */
        public int quotedLines() {
            return quoted.isEmpty() ? 0 : (int) quoted.lines().count();
        }
    }

    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(on|den|am|le|el)\\s.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ATTRIBUTION_END = Pattern.compile(".*\\b(wrote|skrev|schrieb|a écrit|escribió)\\b.*:$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "^-{2,}\\s*(original message|ursprungligt meddelande|originalmeddelande|opprinnelig melding"
                    + "|oprindelig meddelelse|forwarded message|vidarebefordrat meddelande)\\s*-{2,}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private QuotedText() {
    }

    /** {@return {@code text} split into fresh and quoted parts} */
    public static Split split(String text) {
        List<String> lines = text.lines().toList();
        int start = quoteStart(lines);
        if (start <= 0 || isBlankUpTo(lines, start)) {
            return new Split(text, "");
        }
        String fresh = String.join("\n", lines.subList(0, start)).strip();
        String quoted = String.join("\n", lines.subList(start, lines.size())).strip();
        return new Split(fresh, quoted);
    }

    private static int quoteStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (SEPARATOR.matcher(line).matches() || isAttribution(line, i + 1 < lines.size()
                    ? lines.get(i + 1).strip()
                    : "")) {
                return i;
            }
            if (line.startsWith(">") && quotedToTheEnd(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /** An attribution line, possibly wrapped onto a second line by the sender's mail program. */
    private static boolean isAttribution(String line, String next) {
        if (!ATTRIBUTION_START.matcher(line).matches() || line.length() > 300) {
            return false;
        }
        return ATTRIBUTION_END.matcher(line).matches()
                || (!next.startsWith(">") && ATTRIBUTION_END.matcher(line + " " + next).matches()
                        && next.length() < 80);
    }

    private static boolean quotedToTheEnd(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith(">")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankUpTo(List<String> lines, int end) {
        return lines.subList(0, end).stream().allMatch(String::isBlank);
    }
}
