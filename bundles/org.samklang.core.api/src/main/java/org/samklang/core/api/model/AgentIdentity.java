package org.samklang.core.api.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who works at this desk, as configured on the first start: the agent's name, their id in the directory (and in
 * routing), their phone extension, e-mail address and the languages they take work in. Immutable; the compact
 * constructor normalises and refuses what {@link #problems} finds.
 *
 * @param name      the agent's name as shown ("Maja Svensson"), at most {@value Person#MAX_NAME_LENGTH} characters
 * @param agentId   their directory id ("maja.svensson"): no whitespace, at most 128 characters
 * @param extension their phone extension, digits (spaces and dashes removed), may be empty
 * @param email     their e-mail address, lower-cased, may be empty
 * @param languages the languages they take work in, ISO 639 codes ("sv", "en"), at least one, in order
 */
public record AgentIdentity(String name, String agentId, String extension, String email, List<String> languages) {

    /** The fields of the identity, in the order the desk asks for them. */
    public enum Field {
        NAME, AGENT_ID, EXTENSION, EMAIL, LANGUAGES
    }

    /** What is wrong with a field. */
    public enum Problem {
        /** Required and empty. */
        MISSING,
        /** Longer than allowed. */
        TOO_LONG,
        /** An agent id with whitespace. */
        HAS_SPACES,
        /** An extension with something other than digits. */
        NOT_DIGITS,
        /** An e-mail address without exactly one {@code @} between text. */
        NOT_AN_EMAIL,
        /** A language that is not an ISO 639 code. */
        UNKNOWN_LANGUAGE
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public AgentIdentity {
        Map<Field, Problem> problems = problems(name, agentId, extension, email, languages);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the identity is not valid: " + problems);
        }
        name = name.strip().replaceAll("\\s+", " ");
        agentId = agentId.strip();
        extension = SEPARATORS.matcher(extension == null ? "" : extension).replaceAll("");
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        languages = List.copyOf(new LinkedHashSet<>(languages.stream().map(AgentIdentity::language).toList()));
    }

    /**
     * {@return what is wrong with each field, in field order; empty when an identity can be made of the values}
     * Null counts as empty.
     */
    public static Map<Field, Problem> problems(String name, String agentId, String extension, String email,
            List<String> languages) {
        Map<Field, Problem> problems = new EnumMap<>(Field.class);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.put(Field.NAME, Problem.MISSING);
        } else if (n.length() > Person.MAX_NAME_LENGTH) {
            problems.put(Field.NAME, Problem.TOO_LONG);
        }
        String id = agentId == null ? "" : agentId.strip();
        if (id.isEmpty()) {
            problems.put(Field.AGENT_ID, Problem.MISSING);
        } else if (id.length() > PersonText.MAX_ID_LENGTH) {
            problems.put(Field.AGENT_ID, Problem.TOO_LONG);
        } else if (id.chars().anyMatch(Character::isWhitespace)) {
            problems.put(Field.AGENT_ID, Problem.HAS_SPACES);
        }
        String ext = SEPARATORS.matcher(extension == null ? "" : extension).replaceAll("");
        if (!ext.isEmpty() && !DIGITS.matcher(ext).matches()) {
            problems.put(Field.EXTENSION, Problem.NOT_DIGITS);
        }
        String mail = email == null ? "" : email.strip();
        if (mail.length() > 254) {
            problems.put(Field.EMAIL, Problem.TOO_LONG);
        } else if (!mail.isEmpty() && !EMAIL.matcher(mail).matches()) {
            problems.put(Field.EMAIL, Problem.NOT_AN_EMAIL);
        }
        List<String> langs = languages == null ? List.of() : languages;
        if (langs.isEmpty()) {
            problems.put(Field.LANGUAGES, Problem.MISSING);
        } else if (langs.stream().anyMatch(l -> l == null || !LANGUAGES.contains(language(l)))) {
            problems.put(Field.LANGUAGES, Problem.UNKNOWN_LANGUAGE);
        }
        return problems;
    }

    /** {@return the languages in {@code text}, split at spaces, commas and semicolons: "sv, en" is [sv, en]} */
    public static List<String> languagesOf(String text) {
        List<String> languages = new ArrayList<>();
        for (String word : LANGUAGE_SEPARATORS.split(text == null ? "" : text.strip())) {
            if (!word.isEmpty()) {
                languages.add(word);
            }
        }
        return languages;
    }

    /** {@return the agent as a person of the directory, so presence and reception know them without a directory} */
    public Person asPerson() {
        return new Person(agentId, name, "", "", extension, "", email, List.of());
    }

    private static String language(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
