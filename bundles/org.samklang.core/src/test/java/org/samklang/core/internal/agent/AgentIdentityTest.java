package org.samklang.core.internal.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.AgentIdentity;
import org.samklang.core.api.model.AgentIdentity.Field;
import org.samklang.core.api.model.AgentIdentity.Problem;

/** The identity a new agent types in: each bad field is named, good values are normalised. */
class AgentIdentityTest {

    @Test
    void givenGoodValues_thenTheyAreNormalised() {
        AgentIdentity me = new AgentIdentity("  Maja   Svensson ", " maja ", "20 17", " Maja@Nordvik.SE ",
                AgentIdentity.languagesOf("SV, en;sv"));

        assertEquals(new AgentIdentity("Maja Svensson", "maja", "2017", "maja@nordvik.se", List.of("sv", "en")), me);
        assertEquals("2017", me.asPerson().extension());
    }

    @Test
    void givenBadValues_thenEachFieldIsNamedWithItsProblem() {
        assertEquals(Map.of(Field.NAME, Problem.MISSING, Field.AGENT_ID, Problem.HAS_SPACES, Field.EXTENSION,
                Problem.NOT_DIGITS, Field.EMAIL, Problem.NOT_AN_EMAIL, Field.LANGUAGES, Problem.UNKNOWN_LANGUAGE),
                AgentIdentity.problems(" ", "maja s", "20x", "maja.nordvik.se", List.of("sv", "swedish")));
        assertEquals(Map.of(Field.AGENT_ID, Problem.MISSING, Field.LANGUAGES, Problem.MISSING),
                AgentIdentity.problems("Maja", null, null, null, AgentIdentity.languagesOf(" , ")));
        assertEquals(Map.of(Field.NAME, Problem.TOO_LONG), AgentIdentity.problems("M".repeat(121), "maja", "",
                "", List.of("sv")));
        assertThrows(IllegalArgumentException.class, () -> new AgentIdentity("Maja", "maja", "", "", List.of()));
    }
}
