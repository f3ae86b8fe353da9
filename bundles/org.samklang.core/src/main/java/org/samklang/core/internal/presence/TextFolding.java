package org.samklang.core.internal.presence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for search: lower case, diacritics removed, Nordic letters spelled in plain Latin, so a
 * switchboard operator on any keyboard finds "Åke Öström" by typing "ake ostr".
 * <p>
 * Runs once per keystroke on the query and once per person when the index is built; it is a plain loop,
 * no regular expressions.
 */
final class TextFolding {

    private TextFolding() {
    }

    /** {@return the text folded: "Øster-Ærø Åke" becomes "oster-aero ake"} */
    static String fold(String text) {
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                appendFolded(folded, Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    /** {@return the words of folded text: runs of letters and digits, everything else separates} */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean partOfWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (partOfWord && start < 0) {
                start = i;
            } else if (!partOfWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** {@return only the digits of the text: "+46 (0)8-123" becomes "4608123"} */
    static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    private static void appendFolded(StringBuilder out, char c) {
        // These letters do not decompose into base letter + mark, so NFD leaves them alone.
        switch (c) {
            case 'ø' -> out.append('o');
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ß' -> out.append("ss");
            case 'þ' -> out.append("th");
            case 'ð', 'đ' -> out.append('d');
            case 'ł' -> out.append('l');
            default -> out.append(c);
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
