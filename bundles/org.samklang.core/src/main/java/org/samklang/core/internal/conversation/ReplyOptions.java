package org.samklang.core.internal.conversation;

import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.outbox.ConnectorRegistry;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.SqlSession;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;

/**
 * Works out how a conversation's customer can be answered: every connected channel that can reach one of the
 * customer's addresses, with its declared limits and whether its reply window is open. The window counts from the
 * customer's last inbound message on that channel in any of their conversations, as the messaging platforms count
 * it; {@link ReplyTask} checks the same rule when the reply is sent.
 */
final class ReplyOptions {

    private static final System.Logger LOG = System.getLogger(ReplyOptions.class.getName());
    static final String LAST_INBOUND = "SELECT from_address, occurred_at FROM message"
            + " WHERE customer_id = ? AND channel_id = ? AND direction = 'INBOUND'"
            + " ORDER BY occurred_at DESC, id DESC LIMIT 1";

    private final ReadPool readers;
    private final ConversationStore conversations;
    private final CustomerStore customers;
    private final ConnectorRegistry connectors;
    private final Clock clock;

    ReplyOptions(ReadPool readers, ConversationStore conversations, CustomerStore customers,
            ConnectorRegistry connectors, Clock clock) {
        this.readers = readers;
        this.conversations = conversations;
        this.customers = customers;
        this.connectors = connectors;
        this.clock = clock;
    }

    /** A channel as it declared itself just now (asked outside the read transaction: plugins are foreign code). */
    private record Channel(String id, MediaType mediaType, ChannelCapabilities capabilities) {
    }

    /** A customer's last inbound message on one channel. */
    record LastInbound(Address from, Instant at) {
    }

    List<ReplyOption> forConversation(ConversationId id) {
        List<Channel> channels = textChannels();
        Instant now = clock.instant();
        return readers.read(session -> {
            ConversationRow conversation = conversations.findCurrent(session, id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown conversation " + id));
            List<Address> addresses = customers.addresses(session, conversation.customerId());
            List<ReplyOption> options = new ArrayList<>();
            for (Channel channel : channels) {
                Optional<LastInbound> last = lastInbound(session, conversation.customerId(), channel.id());
                option(channel, last, addresses, conversation.channelId(), now).ifPresent(options::add);
            }
            options.sort(Comparator.comparing((ReplyOption o) -> !o.conversationChannel())
                    .thenComparing(ReplyOption::channelId));
            return List.copyOf(options);
        });
    }

    /** The customer's last inbound message on {@code channelId}, in any of their conversations. */
    static Optional<LastInbound> lastInbound(SqlSession session, CustomerId customer, String channelId)
            throws SQLException {
        PreparedStatement query = session.prepare(LAST_INBOUND);
        query.setLong(1, customer.value());
        query.setString(2, channelId);
        try (ResultSet row = query.executeQuery()) {
            if (!row.next() || row.getString(1) == null) {
                return Optional.empty();
            }
            return Optional.of(new LastInbound(Address.parseUri(row.getString(1)),
                    Instant.ofEpochMilli(row.getLong(2))));
        }
    }

    /** Whether a channel of {@code mediaType} reaches an address of {@code scheme}. */
    static boolean reaches(MediaType mediaType, Address.Scheme scheme) {
        return switch (mediaType) {
            case EMAIL -> scheme == Address.Scheme.MAILTO;
            case CHAT -> scheme == Address.Scheme.XMPP || scheme == Address.Scheme.TEL;
            case SOCIAL -> scheme == Address.Scheme.SOCIAL;
            case VOICE -> false;
        };
    }

    private static Optional<ReplyOption> option(Channel channel, Optional<LastInbound> last, List<Address> addresses,
            String conversationChannel, Instant now) {
        Optional<Address> address = last.map(LastInbound::from)
                .filter(from -> from.scheme() != Address.Scheme.UNRESOLVED)
                .or(() -> newestReachable(addresses, channel.mediaType()));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        ChannelCapabilities caps = channel.capabilities();
        Optional<Duration> window = caps.replyWindow();
        Optional<Instant> closesAt = window.isPresent() && last.isPresent()
                ? Optional.of(last.get().at().plus(window.get()))
                : Optional.empty();
        boolean open = last.isEmpty()
                ? caps.canStartConversation()
                : closesAt.map(closes -> !now.isAfter(closes)).orElse(true);
        return Optional.of(new ReplyOption(channel.id(), channel.mediaType(), address.get(),
                channel.id().equals(conversationChannel), caps.maxTextLength(), caps.attachments(),
                caps.maxAttachmentBytes(), caps.canStartConversation(), window, closesAt, open));
    }

    private static Optional<Address> newestReachable(List<Address> addresses, MediaType mediaType) {
        // Addresses come oldest first; the newest is the most likely to still reach the customer.
        for (int i = addresses.size() - 1; i >= 0; i--) {
            if (reaches(mediaType, addresses.get(i).scheme())) {
                return Optional.of(addresses.get(i));
            }
        }
        return Optional.empty();
    }

    private List<Channel> textChannels() {
        List<Channel> channels = new ArrayList<>();
        for (ChannelConnector connector : connectors.all()) {
            try {
                MediaType mediaType = connector.mediaType();
                if (mediaType != MediaType.VOICE) {
                    channels.add(new Channel(connector.id(), mediaType, connector.capabilities()));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "channel " + connector.id() + " failed to declare itself (plugin bug);"
                        + " it is not offered for replies", e);
            }
        }
        return channels;
    }
}
