package org.samklang.core.api.model;

/**
 * Shared validation for the text fields of people and presence records, so every record rejects the same
 * hostile input (null, blank, control characters, overlong) with the same clear message.
 */
final class PersonText {

    /** Longest person id accepted; directory ids (LDAP, HR system keys) are far shorter in practice. */
    static final int MAX_ID_LENGTH = 128;

    private PersonText() {
    }

    /** {@return the value} @throws IllegalArgumentException with "{field} must not be null" if it is null */
    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    /** A required single-line value: trimmed, inner whitespace collapsed, not blank, at most max chars. */
    static String required(String field, String value, int max) {
        present(field, value);
        String normalised = singleLine(field, value);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return checkLength(field, normalised, max);
    }

    /** An optional single-line value: null becomes "", otherwise as {@link #required} but may be empty. */
    static String optional(String field, String value, int max) {
        return value == null ? "" : checkLength(field, singleLine(field, value), max);
    }

    /** A person id: required, at most {@link #MAX_ID_LENGTH} characters, no whitespace inside. */
    static String personId(String field, String value) {
        String id = required(field, value, MAX_ID_LENGTH);
        if (id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(field + " must not contain whitespace: '" + id + "'");
        }
        return id;
    }

    /** Trims and collapses whitespace runs to one space; a plain loop because records are built often. */
    private static String singleLine(String field, String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean spaceBefore = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw new IllegalArgumentException(field + " must not contain control characters or line breaks");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaceBefore = out.length() > 0;
            } else {
                if (spaceBefore) {
                    out.append(' ');
                    spaceBefore = false;
                }
                out.append(c);
            }
        }
        return out.length() == value.length() ? value : out.toString();
    }

    private static String checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    field + " is " + value.length() + " characters long; at most " + max + " are allowed");
        }
        return value;
    }
}
