package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConnectorStatus;

class ConnectorBadgeTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final TimeTexts times = new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), english);

    @Test
    void anOnlinePluginIsANameAndAGreenDot() {
        ConnectorBadge crm = ConnectorBadge.of(new ConnectorStatus("crm.demo", "CRM", ConnectorStatus.Role.CRM,
                ConnectorStatus.Health.ONLINE, "", TestData.NOW.minusSeconds(3_600)), english, times);
        assertEquals("CRM", crm.name());
        assertEquals("\u25CF", crm.dot());
        assertEquals(Tone.GOOD, crm.tone());
        assertEquals("", crm.note());
        assertEquals("CRM (CRM): Online since 08:00", crm.tooltip());
    }

    @Test
    void aDegradedPluginSaysWhyOnTheLineAndInTheTooltip() {
        ConnectorBadge mail = ConnectorBadge.of(new ConnectorStatus("email", "Mail", ConnectorStatus.Role.CHANNEL,
                ConnectorStatus.Health.DEGRADED, "reconnecting to imap.example.se (attempt 3 of 10)",
                TestData.NOW.minusSeconds(12)), english, times);
        assertEquals("\u25D0", mail.dot());
        assertEquals(Tone.WARNING, mail.tone());
        assertTrue(mail.note().startsWith("reconnecting"), mail.note());
        assertTrue(mail.note().length() <= 32);
        assertTrue(mail.tooltip().endsWith("\nreconnecting to imap.example.se (attempt 3 of 10)"), mail.tooltip());
    }

    @Test
    void anOfflinePluginWithoutReasonStillSaysOffline() {
        ConnectorBadge pbx = ConnectorBadge.of(new ConnectorStatus("pbx", " ", ConnectorStatus.Role.TELEPHONY,
                ConnectorStatus.Health.OFFLINE, null, TestData.NOW), english, times);
        assertEquals("pbx", pbx.name());
        assertEquals(Tone.ERROR, pbx.tone());
        assertEquals("Offline", pbx.note());
    }

    @Test
    void aChannelThatHandedInDuplicatesSaysHowManyInItsTooltip() {
        ConnectorBadge chat = ConnectorBadge.of(new ConnectorStatus("chat.sandbox", "Sandbox chat",
                ConnectorStatus.Role.CHANNEL, ConnectorStatus.Health.ONLINE, "", TestData.NOW, 3_012), english, times);
        assertTrue(chat.tooltip().endsWith("\n3,012 items it handed in were already stored and were not stored again"
                + " (duplicates) since the desk started"), chat.tooltip());
        assertEquals("", chat.note(), "an online channel stays quiet on the line itself");
    }
}
