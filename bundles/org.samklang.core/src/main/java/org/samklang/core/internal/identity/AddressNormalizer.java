package org.samklang.core.internal.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Address.Scheme;
import org.samklang.core.spi.RawAddress;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Turns what channels report into canonical addresses: phone numbers to E.164 (national numbers read in the
 * configured default region), e-mail and XMPP addresses trimmed and lower-cased (no provider-specific tricks such as
 * dropping dots), social handles to {@code network:handle}.
 * <p>
 * Text that cannot be normalised is never dropped: it becomes an {@link Scheme#UNRESOLVED} address with the reason,
 * so the message is stored under an unresolved customer that an agent can merge later. Phone numbers must be valid
 * per libphonenumber's metadata, not merely of a possible length. Thread-safe.
 */
public final class AddressNormalizer {

    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]*)>\\s*$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for national phone numbers, e.g. {@code SE} */
    public AddressNormalizer(String defaultRegion) {
        if (defaultRegion == null || !phones.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("unsupported default phone region '" + defaultRegion
                    + "'; use an ISO 3166 code such as SE");
        }
        this.defaultRegion = defaultRegion;
    }

    public NormalizedAddress normalize(RawAddress raw) {
        String text = raw.text().strip();
        String displayName = raw.displayName().strip();
        Matcher named = NAME_AND_ADDRESS.matcher(text);
        if (named.matches()) {
            displayName = displayName.isEmpty() ? named.group(1).strip() : displayName;
            text = named.group(2).strip();
        }
        text = stripPrefix(text, raw.scheme().prefix() + ":");
        if (text.isEmpty() || (raw.scheme() == Scheme.TEL && text.chars().noneMatch(Character::isDigit))) {
            return unresolved(raw.scheme(), raw.text().isBlank() ? "withheld" : raw.text(), "no address given",
                    true, displayName);
        }
        try {
            Address address = switch (raw.scheme()) {
                case TEL -> phone(text);
                case MAILTO -> new Address(Scheme.MAILTO, text.toLowerCase(Locale.ROOT));
                case XMPP -> new Address(Scheme.XMPP, bareJid(text));
                case SOCIAL -> new Address(Scheme.SOCIAL, socialHandle(text));
                case UNRESOLVED -> throw new IllegalArgumentException("UNRESOLVED is not a channel address kind");
            };
            return new NormalizedAddress(address, Optional.empty(), false, displayName);
        } catch (IllegalArgumentException e) {
            return unresolved(raw.scheme(), text, e.getMessage(), false, displayName);
        }
    }

    private Address phone(String text) {
        PhoneNumber number;
        try {
            number = phones.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a phone number (" + e.getErrorType() + ")");
        }
        if (!phones.isValidNumber(number)) {
            throw new IllegalArgumentException("'" + text + "' is not a valid phone number (default region "
                    + defaultRegion + ")");
        }
        return Address.tel(phones.format(number, PhoneNumberFormat.E164));
    }

    private static String bareJid(String text) {
        int slash = text.indexOf('/');
        String bare = slash >= 0 ? text.substring(0, slash) : text;
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String socialHandle(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not network:handle");
        }
        String handle = text.substring(colon + 1).strip();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        return (text.substring(0, colon).strip() + ":" + handle).toLowerCase(Locale.ROOT);
    }

    private static NormalizedAddress unresolved(Scheme intended, String rawText, String problem, boolean withheld,
            String displayName) {
        String kept = CONTROL.matcher(rawText.strip()).replaceAll(" ");
        String value = intended.prefix() + ":" + kept;
        if (value.length() > Address.MAX_LENGTH) {
            value = value.substring(0, Address.MAX_LENGTH);
        }
        return new NormalizedAddress(new Address(Scheme.UNRESOLVED, value), Optional.of(problem), withheld,
                displayName);
    }

    private static String stripPrefix(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length())
                ? text.substring(prefix.length()).strip()
                : text;
    }
}
