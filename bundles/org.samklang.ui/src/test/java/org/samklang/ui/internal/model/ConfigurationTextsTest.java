package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConfigurationProblem;
import org.samklang.core.api.model.ConfigurationProblem.Kind;
import org.samklang.core.api.model.ConnectorStatus;

class ConfigurationTextsTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final UiMessages swedish = UiMessages.forLocale(Locale.of("sv"));

    @Test
    void aWrongValueNamesTheSettingInTheUsersLanguage() {
        String coded = ConfigurationProblem.of(Kind.NOT_MEDIA, "queues[0].media", "fax").toCoded();

        assertEquals("queues[0].media must be one of voice, email, chat, social, not \u201Cfax\u201D. The desk runs on"
                + " the default queues until the file is corrected.", ConfigurationTexts.describe(coded, english));
        assertEquals("queues[0].media måste vara en av voice, email, chat, social, inte \u201Dfax\u201D. Skrivbordet"
                + " använder standardköerna tills filen är rättad.", ConfigurationTexts.describe(coded, swedish));
    }

    @Test
    void aProblemOfTheWholeFileSaysSo() {
        ConfigurationProblem notJson = ConfigurationProblem.of(Kind.NOT_JSON, "", "2", "26");
        ConfigurationProblem notObject = ConfigurationProblem.of(Kind.NOT_OBJECT, "");
        ConfigurationProblem unknown = ConfigurationProblem.of(Kind.UNKNOWN_SETTING, "", "queuez", "agents, queues");

        assertEquals("The file is not valid JSON at line 2, column 26.", ConfigurationTexts.describe(notJson, english));
        assertEquals("Filen är inte giltig JSON på rad 2, kolumn 26.", ConfigurationTexts.describe(notJson, swedish));
        assertEquals("The file must be an object of named settings.", ConfigurationTexts.describe(notObject, english));
        assertEquals("Filen: \u201Dqueuez\u201D är ingen inställning här (kända: agents, queues).",
                ConfigurationTexts.describe(unknown, swedish));
    }

    @Test
    void everyKindHasAWordingInBothLanguages() {
        for (Kind kind : Kind.values()) {
            String[] values = new String[switch (kind) {
                case UNREADABLE, NOT_MEDIA, NOT_DURATION, NOT_OVERFLOW_TARGET, RULE_BROKEN -> 1;
                case NOT_JSON, UNKNOWN_SETTING, NOT_WHOLE_NUMBER -> 2;
                default -> 0;
            }];
            Arrays.fill(values, "x");
            ConfigurationProblem problem = ConfigurationProblem.of(kind, "queues", values);
            for (UiMessages messages : List.of(english, swedish)) {
                String text = ConfigurationTexts.describe(problem, messages);
                assertFalse(text.contains("configuration.problem"), kind + " in " + messages.locale() + ": "
                        + text);
            }
        }
    }

    @Test
    void theStatusLineShowsTheWordedProblemAndAnUncodedReasonAsItCame() {
        TimeTexts times = new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), swedish);
        ConnectorStatus coded = new ConnectorStatus("routing", "routing.json", ConnectorStatus.Role.CONFIGURATION,
                ConnectorStatus.Health.DEGRADED, ConfigurationProblem.of(Kind.NO_QUEUES, "queues").toCoded(),
                TestData.NOW);
        ConnectorStatus plain = new ConnectorStatus("routing", "routing.json", ConnectorStatus.Role.CONFIGURATION,
                ConnectorStatus.Health.DEGRADED, "queues must name at least one queue", TestData.NOW);

        assertTrue(ConnectorBadge.of(coded, swedish, times).tooltip().contains("queues måste ange minst en kö."
                + " Skrivbordet använder standardköerna"), ConnectorBadge.of(coded, swedish, times).tooltip());
        assertTrue(ConnectorBadge.of(plain, swedish, times).tooltip().endsWith(
                "queues must name at least one queue"), ConnectorBadge.of(plain, swedish, times).tooltip());
    }
}
