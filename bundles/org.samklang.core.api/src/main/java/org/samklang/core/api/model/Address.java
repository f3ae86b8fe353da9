package org.samklang.core.api.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a party is reached on one channel, in canonical form, e.g. {@code tel:+46701234567}.
 * <p>
 * Values are canonical so that two addresses are equal exactly when they reach the same party: phone numbers in
 * E.164, e-mail and XMPP addresses trimmed and lower-cased, social handles as {@code network:handle} in lower case.
 * The engine normalises what channels hand it; this record only checks the canonical form and never guesses.
 * An address the engine could not normalise keeps its raw text under {@link Scheme#UNRESOLVED}, so the message is
 * kept and an agent can later merge the unresolved customer into the right one.
 * <p>
 * Immutable and thread-safe.
 *
 * @param scheme the kind of address
 * @param value  the canonical value without the scheme prefix; at most {@value #MAX_LENGTH} characters
 */
public record Address(Scheme scheme, String value) {

    /** Longest value accepted, in characters (RFC 5321 allows 254 for e-mail; the rest is headroom). */
    public static final int MAX_LENGTH = 320;

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern NO_SPACE_OR_CONTROL = Pattern.compile("[^\\s\\p{Cntrl}]+");

    /** The kind of address; its {@link #prefix()} is the URI scheme. */
    public enum Scheme {

        /** A phone number in E.164, e.g. {@code +46701234567}. */
        TEL("tel"),
        /** An e-mail address, {@code local@domain}, lower case. */
        MAILTO("mailto"),
        /** A bare XMPP address (JID without resource), {@code node@domain}, lower case. */
        XMPP("xmpp"),
        /** A social-network handle as {@code network:handle}, lower case, without a leading '@'. */
        SOCIAL("social"),
        /**
         * Raw text the engine could not normalise, as {@code <intended scheme>:<raw text>}, e.g. {@code tel:12ab}.
         * Kept so nothing is lost; never used to reach anyone.
         */
        UNRESOLVED("unresolved");

        private final String prefix;

        Scheme(String prefix) {
            this.prefix = prefix;
        }

        /** The URI scheme, e.g. {@code tel}. */
        public String prefix() {
            return prefix;
        }
    }

    public Address {
        Objects.requireNonNull(scheme, "scheme");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("address value must not be blank (scheme " + scheme.prefix + ")");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("address value longer than " + MAX_LENGTH + " characters");
        }
        String problem = canonicalFormProblem(scheme, value);
        if (problem != null) {
            throw new IllegalArgumentException("not a canonical " + scheme.prefix + " address '" + value + "': "
                    + problem);
        }
    }

    /** Shorthand for a phone number already in E.164. */
    public static Address tel(String e164) {
        return new Address(Scheme.TEL, e164);
    }

    /** Shorthand for a canonical (lower-case) e-mail address. */
    public static Address mailto(String email) {
        return new Address(Scheme.MAILTO, email);
    }

    /**
     * Parses the {@link #uri()} form back, e.g. {@code mailto:anna@example.se}.
     *
     * @throws IllegalArgumentException if the scheme is unknown or the value not canonical
     */
    public static Address parseUri(String uri) {
        Objects.requireNonNull(uri, "uri");
        int colon = uri.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("address URI without scheme: '" + uri + "'");
        }
        String prefix = uri.substring(0, colon);
        for (Scheme scheme : Scheme.values()) {
            if (scheme.prefix.equals(prefix)) {
                return new Address(scheme, uri.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("unknown address scheme '" + prefix + "' in '" + uri + "'");
    }

    /** The address as a URI, e.g. {@code tel:+46701234567}; {@link #parseUri(String)} reads it back. */
    public String uri() {
        return scheme.prefix + ":" + value;
    }

    @Override
    public String toString() {
        return uri();
    }

    private static String canonicalFormProblem(Scheme scheme, String value) {
        return switch (scheme) {
            case TEL -> E164.matcher(value).matches() ? null : "expected E.164 such as +46701234567";
            case MAILTO, XMPP -> userAtDomainProblem(value);
            case SOCIAL -> socialProblem(value);
            case UNRESOLVED -> value.chars().anyMatch(Character::isISOControl) ? "contains control characters" : null;
        };
    }

    private static String userAtDomainProblem(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            return "expected exactly one '@' between a non-empty local part and domain";
        }
        if (!NO_SPACE_OR_CONTROL.matcher(value).matches() || value.indexOf('/') >= 0) {
            return "contains spaces, control characters or '/'";
        }
        return value.equals(value.toLowerCase(Locale.ROOT)) ? null : "must be lower case";
    }

    private static String socialProblem(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return "expected network:handle";
        }
        if (!NO_SPACE_OR_CONTROL.matcher(value).matches() || value.charAt(colon + 1) == '@') {
            return "contains spaces or control characters, or the handle starts with '@'";
        }
        return value.equals(value.toLowerCase(Locale.ROOT)) ? null : "must be lower case";
    }
}
