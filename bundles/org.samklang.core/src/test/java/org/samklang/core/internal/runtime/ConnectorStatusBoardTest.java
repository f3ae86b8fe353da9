package org.samklang.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.conversation.FakeConnector;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

/** What the status line gets for each channel: its own name, and how many of its items were duplicates. */
class ConnectorStatusBoardTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aChannelIsShownByTheNameItGivesItself_orByItsIdWhenItGivesNoneOrFails() {
        ConnectorStatusBoard board = new ConnectorStatusBoard(clock);
        board.addChannel(named("email.support", "Support mailbox"));
        board.addChannel(named("chat.web", " "));
        board.addChannel(new FakeConnector("sms.main", MediaType.CHAT));
        board.addChannel(new Channel("social.main", () -> {
            throw new IllegalStateException("plugin bug");
        }));

        assertEquals(Map.of("email.support", "Support mailbox", "chat.web", "chat.web", "sms.main", "sms.main",
                "social.main", "social.main"), names(board));
    }

    @Test
    void aChannelsStatusCarriesItsDuplicates_andAConnectorsNone() {
        ConnectorStatusBoard board = new ConnectorStatusBoard(clock, id -> id.equals("chat.web") ? 3_012 : 0);
        board.addChannel(named("chat.web", "Web chat"));
        board.addChannel(named("email.support", "Support mailbox"));

        board.poll();

        assertEquals(3_012, status(board, "chat.web").duplicates());
        assertEquals(0, status(board, "email.support").duplicates());
    }

    private static ChannelConnector named(String id, String name) {
        return new Channel(id, () -> name);
    }

    /** A channel that names itself as {@code name} says. */
    private record Channel(String id, Supplier<String> name) implements ChannelConnector {

        @Override
        public String displayName() {
            return name.get();
        }

        @Override
        public MediaType mediaType() {
            return MediaType.EMAIL;
        }

        @Override
        public ChannelCapabilities capabilities() {
            return ChannelCapabilities.plainText();
        }

        @Override
        public ConnectorHealth health() {
            return ConnectorHealth.online(Instant.EPOCH);
        }

        @Override
        public SendResult send(OutboundMessage message, SendAttempt attempt) {
            return SendResult.retry("not in this test");
        }
    }

    private static Map<String, String> names(ConnectorStatusBoard board) {
        return board.connectors().stream().collect(java.util.stream.Collectors.toMap(ConnectorStatus::id,
                ConnectorStatus::displayName));
    }

    private static ConnectorStatus status(ConnectorStatusBoard board, String id) {
        return board.connectors().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
