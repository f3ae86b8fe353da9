package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.AgentIdentity;
import org.samklang.core.api.model.AgentIdentity.Field;

/** The first-start question: each wrong field gets its own message, in the user's language; good input passes. */
class IdentityFormTest {

    private final IdentityForm english = new IdentityForm(UiMessages.forLocale(Locale.ENGLISH));

    @Test
    void givenGoodValues_thenTheIdentityIsMade() {
        IdentityForm.Outcome outcome = english.check(typed("Maja Svensson", "maja.svensson", "2017", "", "sv, en"));

        assertEquals(Optional.of(new AgentIdentity("Maja Svensson", "maja.svensson", "2017", "",
                List.of("sv", "en"))), outcome.identity());
        assertTrue(outcome.problems().isEmpty());
    }

    @Test
    void givenWrongFields_thenEachIsNamedInItsMessage() {
        IdentityForm.Outcome outcome = english.check(typed("", "maja s", "20x", "maja", "svenska"));

        assertEquals(Optional.empty(), outcome.identity());
        assertEquals(Map.of(Field.NAME, "Name is needed.", Field.AGENT_ID, "Agent id cannot contain spaces.",
                Field.EXTENSION, "Extension can only contain digits.", Field.EMAIL,
                "E-mail is not an e-mail address (name@example.se).", Field.LANGUAGES,
                "Languages: use two-letter codes such as sv, en, fi."), outcome.problems());
    }

    @Test
    void inSwedish_theMessagesAreSwedish() {
        IdentityForm swedish = new IdentityForm(UiMessages.forLocale(Locale.of("sv")));

        assertEquals("Namn behövs.", swedish.check(typed("", "maja", "", "", "sv")).problems().get(Field.NAME));
        assertEquals("sv", swedish.prefill(Locale.of("sv", "SE")).get(Field.LANGUAGES));
    }

    private static Map<Field, String> typed(String name, String id, String extension, String email,
            String languages) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.NAME, name);
        values.put(Field.AGENT_ID, id);
        values.put(Field.EXTENSION, extension);
        values.put(Field.EMAIL, email);
        values.put(Field.LANGUAGES, languages);
        return values;
    }
}
