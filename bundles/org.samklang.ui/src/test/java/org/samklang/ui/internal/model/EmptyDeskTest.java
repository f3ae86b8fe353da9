package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConnectorStatus.Health;
import org.samklang.core.api.model.ConnectorStatus.Role;

/** The empty desk names what it lacks, once each, and where to add it; a complete desk says nothing. */
class EmptyDeskTest {

    private final EmptyDesk desk = new EmptyDesk(UiMessages.forLocale(Locale.ENGLISH));

    @Test
    void givenNoPlugins_thenItSaysNothingIsConnectedAndNamesEachPart() {
        assertEquals(List.of("Nothing is connected to this desk yet.",
                "No channels: no e-mail, chat, social or phone conversations come in.",
                "No people directory: reception search and colleagues' presence stay empty.",
                "No phone system: calls cannot be answered or transferred here.", "Add them in Settings."),
                desk.lines(List.of(), Optional.empty()));
    }

    @Test
    void givenOnlyAChannel_thenItNamesTheOtherTwoAndTheSettingsKey() {
        assertEquals(List.of("No people directory: reception search and colleagues' presence stay empty.",
                "No phone system: calls cannot be answered or transferred here.", "Add them in Settings (Ctrl+,)."),
                desk.lines(List.of(plugin(Role.CHANNEL, Health.OFFLINE)), Optional.of("Ctrl+,")));
    }

    @Test
    void givenChannelDirectoryAndPhone_thenItSaysNothingEvenWhenOneIsOffline() {
        assertEquals(List.of(), desk.lines(List.of(plugin(Role.CHANNEL, Health.ONLINE),
                plugin(Role.PRESENCE, Health.OFFLINE), plugin(Role.TELEPHONY, Health.DEGRADED)), Optional.empty()));
    }

    private static ConnectorStatus plugin(Role role, Health health) {
        return new ConnectorStatus(role.name(), role.name(), role, health, "", Instant.EPOCH);
    }
}
