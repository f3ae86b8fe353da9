package org.samklang.logging.internal;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces customers' e-mail addresses and phone numbers in a log text: an address becomes {@value #EMAIL_MASK},
 * a number {@code [phone …67]} (its last two digits, enough to tell two callers apart in one incident).
 * <p>
 * Phone numbers are found by libphonenumber as it finds them in free text: national numbers of the desk's region
 * (the engine's default, SE) in any common writing, and international ones with {@code +} or {@code 00}, whether
 * valid or not. Thread-safe; {@link #mask} never throws.
 */
final class PersonalDataMask {

    static final String EMAIL_MASK = "[e-mail]";
    /** The engine's default region for national numbers (EngineConfig). */
    static final String REGION = "SE";

    /**
     * An unquoted local part (Unicode letters allowed, RFC 6531), "@" or its URL encoding, and a domain with at least
     * one dot. Leaves out the rare local-part characters that also separate words in log lines ({@code / = |}).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+'!#$&*?^`{}~-]+(?:@|%40)(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                    + "\\p{L}[\\p{L}\\p{N}-]*");
    /**
     * International numbers libphonenumber would call invalid (a typo is still the customer's number): a plus or 00,
     * then 7 to 15 digits with the usual separators, not glued to a word or an address.
     */
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@/_])(?:\\+|00)\\(?\\d(?:[ ().-]{0,2}\\d){6,14}(?![\\p{N}\\p{L}])");
    private static final int MIN_DIGITS = 7;

    /**
     * Loads libphonenumber's metadata (about 75 ms on a busy 2-core machine) so the first masked line does not pay
     * for it; run off the start-up path.
     */
    void warmUp() {
        mask("+46 70 123 45 67");
    }

    /** {@return {@code text} with every e-mail address and phone number masked; null stays null} */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text.indexOf('@') >= 0 || text.contains("%40")
                ? EMAIL.matcher(text).replaceAll(EMAIL_MASK)
                : text;
        return digitCount(result) >= MIN_DIGITS ? maskPhones(result) : result;
    }

    private String maskPhones(String text) {
        List<int[]> spans = new ArrayList<>();
        for (PhoneNumberMatch match : Phones.UTIL.findNumbers(text, REGION, Leniency.VALID, Long.MAX_VALUE)) {
            spans.add(new int[]{match.start(), match.end()});
        }
        Matcher international = INTERNATIONAL.matcher(text);
        while (international.find()) {
            spans.add(new int[]{international.start(), international.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (int[] span : spans) {
            if (span[0] < copied) {
                continue; // the same number found both ways
            }
            masked.append(text, copied, span[0]).append(phoneMask(text.substring(span[0], span[1])));
            copied = span[1];
        }
        return masked.append(text, copied, text.length()).toString();
    }

    private static String phoneMask(String number) {
        String digits = number.replaceAll("\\D", "");
        return "[phone …" + digits.substring(Math.max(0, digits.length() - 2)) + "]";
    }

    private static int digitCount(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /** Loaded on first use, by {@link #warmUp} or the first line with a number in it. */
    private static final class Phones {

        static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    }
}
