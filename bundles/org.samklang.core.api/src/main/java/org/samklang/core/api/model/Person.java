package org.samklang.core.api.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An employee in the people directory: who the switchboard looks up and transfers to.
 * <p>
 * Immutable; the compact constructor normalises and validates. Optional text fields are never null: a
 * missing value is the empty string. Whether a viewer marked this person as a favourite is per viewer and
 * therefore not part of this record.
 *
 * @param id          stable directory key, unique, no whitespace, at most 128 characters
 * @param displayName the name as shown ("Åke Öström"), at most 120 characters, not blank
 * @param department  department or unit ("Kundtjänst"), may be empty, at most 120 characters
 * @param title       job title, may be empty, at most 120 characters
 * @param extension   internal phone extension, digits only after removing spaces and dashes, at most 20
 * @param mobile      mobile number, "+" and digits only after removing spaces, dashes and brackets; E.164
 *                    ("+46701234567") is preferred; at most 20 digits
 * @param email       e-mail address, lower-cased, may be empty, at most 254 characters
 * @param groups      groups or functions ("Växel", "Fakturafrågor") used to find colleagues who can help;
 *                    duplicates (ignoring case) removed, order kept, at most 50 of at most 80 characters
 */
public record Person(String id, String displayName, String department, String title, String extension,
        String mobile, String email, List<String> groups) {

    /** Longest display name, department or title accepted. */
    public static final int MAX_NAME_LENGTH = 120;
    /** Most groups one person may belong to. */
    public static final int MAX_GROUPS = 50;

    private static final Pattern EXTENSION_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern MOBILE_SEPARATORS = Pattern.compile("[\\s()./-]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{3,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Person {
        id = PersonText.personId("person id", id);
        displayName = PersonText.required("display name of " + id, displayName, MAX_NAME_LENGTH);
        department = PersonText.optional("department of " + id, department, MAX_NAME_LENGTH);
        title = PersonText.optional("title of " + id, title, MAX_NAME_LENGTH);
        extension = number("extension of " + id, extension, EXTENSION_SEPARATORS, DIGITS);
        mobile = number("mobile of " + id, mobile, MOBILE_SEPARATORS, PHONE);
        email = email(id, email);
        groups = groups(id, groups);
    }

    /** A person with only the fields the switchboard cannot do without; handy for tests and demo data. */
    public static Person of(String id, String displayName, String department, String extension) {
        return new Person(id, displayName, department, "", extension, "", "", List.of());
    }

    private static String number(String field, String value, Pattern separators, Pattern valid) {
        String text = PersonText.optional(field, value, 40);
        String compact = separators.matcher(text).replaceAll("");
        if (!compact.isEmpty() && !valid.matcher(compact).matches()) {
            throw new IllegalArgumentException(field + " is not a valid number: '" + text + "'");
        }
        return compact;
    }

    private static String email(String id, String value) {
        String text = PersonText.optional("email of " + id, value, 254).toLowerCase(Locale.ROOT);
        if (!text.isEmpty() && !EMAIL.matcher(text).matches()) {
            throw new IllegalArgumentException("email of " + id + " is not an address: '" + text + "'");
        }
        return text;
    }

    private static List<String> groups(String id, List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> seenKeys = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            String group = PersonText.required("group of " + id, Objects.requireNonNullElse(value, ""), 80);
            if (seenKeys.add(group.toLowerCase(Locale.ROOT))) {
                kept.add(group);
            }
        }
        if (kept.size() > MAX_GROUPS) {
            throw new IllegalArgumentException(
                    id + " is in " + kept.size() + " groups; at most " + MAX_GROUPS + " are allowed");
        }
        return List.copyOf(kept);
    }
}
