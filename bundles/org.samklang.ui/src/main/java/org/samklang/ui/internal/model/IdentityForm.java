package org.samklang.ui.internal.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.AgentIdentity;
import org.samklang.core.api.model.AgentIdentity.Field;
import org.samklang.core.api.model.AgentIdentity.Problem;

/**
 * The "who works at this desk" form of the first start, without widgets: the labels, the prefill, and the check of
 * what was typed, with one message per wrong field in the user's language. Pure.
 */
public final class IdentityForm {

    /** What the form hands back on OK: an identity to save, or the problem of each wrong field. */
    public record Outcome(Optional<AgentIdentity> identity, Map<Field, String> problems) {

        public Outcome {
            problems = Map.copyOf(problems);
        }
    }

    private final UiMessages messages;

    public IdentityForm(UiMessages messages) {
        this.messages = messages;
    }

    /** {@return the label of a field ("Name", "Agent id")} */
    public String label(Field field) {
        return messages.format("identity.field." + UiMessages.keyOf(field));
    }

    /** {@return the hint under a field (an example), or the empty string} */
    public String hint(Field field) {
        return messages.format("identity.hint." + UiMessages.keyOf(field));
    }

    /** {@return what the form shows before the agent types: the languages of the desktop's locale} */
    public Map<Field, String> prefill(Locale locale) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            values.put(field, "");
        }
        values.put(Field.LANGUAGES, locale.getLanguage());
        return values;
    }

    /** {@return the values typed as an identity, or what is wrong with each field} */
    public Outcome check(Map<Field, String> typed) {
        String name = typed.getOrDefault(Field.NAME, "");
        String id = typed.getOrDefault(Field.AGENT_ID, "");
        String extension = typed.getOrDefault(Field.EXTENSION, "");
        String email = typed.getOrDefault(Field.EMAIL, "");
        var languages = AgentIdentity.languagesOf(typed.getOrDefault(Field.LANGUAGES, ""));
        Map<Field, Problem> problems = AgentIdentity.problems(name, id, extension, email, languages);
        if (problems.isEmpty()) {
            return new Outcome(Optional.of(new AgentIdentity(name, id, extension, email, languages)), Map.of());
        }
        Map<Field, String> texts = new EnumMap<>(Field.class);
        problems.forEach((field, problem) -> texts.put(field,
                messages.format("identity.problem." + UiMessages.keyOf(problem), label(field))));
        return new Outcome(Optional.empty(), texts);
    }
}
