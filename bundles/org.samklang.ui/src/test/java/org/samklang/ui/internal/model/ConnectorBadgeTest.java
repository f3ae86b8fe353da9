package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.UnresolvedAddress;

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

    @Test
    void aPresenceSourceNamingPeopleNobodyIs_warnsOnTheLineAndNamesTheAddressesInTheTooltip() {
        ConnectorBadge pbx = ConnectorBadge.of(new ConnectorStatus("telephony.pbx", "PBX",
                ConnectorStatus.Role.TELEPHONY, ConnectorStatus.Health.ONLINE, "", TestData.NOW, 0, 4, List.of(
                        new UnresolvedAddress("ext:9999", 0), new UnresolvedAddress("mailto:info@example.se", 2))),
                english, times);

        assertEquals("\u25D0", pbx.dot());
        assertEquals(Tone.WARNING, pbx.tone());
        assertEquals("4 unknown people", pbx.note());
        assertTrue(pbx.tooltip().endsWith("\nThis source names people by 4 addresses the directory does not resolve,"
                + " so their presence is not shown: ext:9999 (nobody), mailto:info@example.se (2 people). Add them to"
                + " the directory, or correct the addresses in the source."), pbx.tooltip());
    }

    @Test
    void inSwedishTheUnresolvedAddressesAreExplainedInSwedish() {
        UiMessages swedish = UiMessages.forLocale(Locale.of("sv"));
        ConnectorBadge pbx = ConnectorBadge.of(new ConnectorStatus("telephony.pbx", "Växel",
                ConnectorStatus.Role.TELEPHONY, ConnectorStatus.Health.ONLINE, "", TestData.NOW, 0, 1, List.of(
                        new UnresolvedAddress("ext:9999", 0))),
                swedish, new TimeTexts(Clock.fixed(TestData.NOW,
                        ZoneOffset.UTC), swedish));

        assertEquals("1 okänd person", pbx.note());
        assertTrue(pbx.tooltip().contains("en adress som katalogen inte känner igen") && pbx.tooltip().contains(
                "ext:9999 (ingen)"), pbx.tooltip());
    }

    @Test
    void aDeskSettingFileIsNamedInTheUsersLanguageNotInTheCoresWords() {
        ConnectorStatus routing = new ConnectorStatus("routing", "Routing configuration",
                ConnectorStatus.Role.CONFIGURATION, ConnectorStatus.Health.DEGRADED, "queues[0].media is unknown",
                TestData.NOW);
        UiMessages swedish = UiMessages.forLocale(Locale.of("sv"));

        assertEquals("Routing settings", ConnectorBadge.of(routing, english, times).name());
        assertEquals("Routningsinställningar", ConnectorBadge.of(routing, swedish, new TimeTexts(Clock.fixed(
                TestData.NOW, ZoneOffset.UTC), swedish)).name());
    }
}
