package org.samklang.core.internal.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.JournalEvent.ConversationAssigned;
import org.samklang.core.api.model.JournalEvent.ConversationOpened;
import org.samklang.core.api.model.JournalEvent.ConversationRouted;
import org.samklang.core.api.model.JournalEvent.ConversationStateChanged;
import org.samklang.core.api.model.JournalEvent.ConversationTagged;
import org.samklang.core.api.model.JournalEvent.ConversationsMerged;
import org.samklang.core.api.model.JournalEvent.CustomerCreated;
import org.samklang.core.api.model.JournalEvent.CustomerRenamed;
import org.samklang.core.api.model.JournalEvent.CustomerSplit;
import org.samklang.core.api.model.JournalEvent.CustomersMerged;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.JournalEvent.MessageEdited;
import org.samklang.core.api.model.JournalEvent.MessageQueued;
import org.samklang.core.api.model.JournalEvent.MessageReceived;
import org.samklang.core.api.model.JournalEvent.MessageRetracted;
import org.samklang.core.api.model.JournalEvent.PresenceChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.internal.store.FieldCodec;

/** Maps journal events to rows and back; the kind strings are stored and must never change. */
final class JournalCodec {

    private JournalCodec() {
    }

    static JournalRow encode(JournalEvent event) {
        JournalRow row = JournalRow.of(event.sequence(), event.at().toEpochMilli(), kind(event));
        return switch (event) {
            case MessageReceived e -> row.message(e.messageId().value()).conversation(e.conversationId().value())
                    .customer(e.customerId().value()).channel(e.channelId());
            case MessageQueued e -> row.message(e.messageId().value()).conversation(e.conversationId().value())
                    .customer(e.customerId().value()).channel(e.channelId());
            case MessageEdited e -> row.message(e.messageId().value()).conversation(e.conversationId().value())
                    .customer(e.customerId().value()).channel(e.channelId());
            case MessageRetracted e -> row.message(e.messageId().value()).conversation(e.conversationId().value())
                    .customer(e.customerId().value()).channel(e.channelId());
            case DeliveryStateChanged e -> row.message(e.messageId().value())
                    .conversation(e.conversationId().value()).state(e.state().name()).detail(e.detail());
            case ConversationOpened e -> row.conversation(e.conversationId().value())
                    .customer(e.customerId().value()).channel(e.channelId()).state(e.mediaType().name());
            case ConversationStateChanged e -> row.conversation(e.conversationId().value())
                    .state(e.current().name()).detail(e.previous().name());
            case ConversationAssigned e -> row.conversation(e.conversationId().value())
                    .detail(e.assignee().orElse(null));
            case ConversationRouted e -> row.conversation(e.conversationId().value()).detail(e.queueId());
            case ConversationTagged e -> row.conversation(e.conversationId().value())
                    .detail(FieldCodec.encodeList(List.copyOf(e.tags())));
            case ConversationsMerged e -> row.conversation(e.target().value()).other(e.source().value());
            case CustomerCreated e -> row.customer(e.customerId().value());
            case CustomerRenamed e -> row.customer(e.customerId().value()).detail(e.displayName());
            case CustomersMerged e -> row.customer(e.survivor().value()).other(e.absorbed().value());
            case CustomerSplit e -> row.customer(e.source().value()).other(e.created().value())
                    .detail(FieldCodec.encodeList(e.movedAddresses().stream().map(Address::uri).toList()));
            case PresenceChanged e -> row.state(e.state())
                    .detail(FieldCodec.encodeList(List.of(e.personId(), e.detail())));
        };
    }

    static String kind(JournalEvent event) {
        return switch (event) {
            case MessageReceived e -> "message-in";
            case MessageQueued e -> "message-out";
            case MessageEdited e -> "message-edited";
            case MessageRetracted e -> "message-retracted";
            case DeliveryStateChanged e -> "delivery-state";
            case ConversationOpened e -> "conversation-opened";
            case ConversationStateChanged e -> "conversation-state";
            case ConversationAssigned e -> "assignment";
            case ConversationRouted e -> "conversation-routed";
            case ConversationTagged e -> "conversation-tagged";
            case ConversationsMerged e -> "conversations-merged";
            case CustomerCreated e -> "customer-created";
            case CustomerRenamed e -> "customer-renamed";
            case CustomersMerged e -> "customers-merged";
            case CustomerSplit e -> "customer-split";
            case PresenceChanged e -> "presence-change";
        };
    }

    /** @throws IllegalArgumentException for an unknown kind (a newer engine wrote it) or a damaged row */
    static JournalEvent decode(JournalRow row) {
        long seq = row.sequence();
        Instant at = Instant.ofEpochMilli(row.atMillis());
        return switch (row.kind()) {
            case "message-in" -> new MessageReceived(seq, at, message(row), conversation(row), customer(row),
                    row.channelId());
            case "message-out" -> new MessageQueued(seq, at, message(row), conversation(row), customer(row),
                    row.channelId());
            case "message-edited" -> new MessageEdited(seq, at, message(row), conversation(row), customer(row),
                    row.channelId());
            case "message-retracted" -> new MessageRetracted(seq, at, message(row), conversation(row), customer(row),
                    row.channelId());
            case "delivery-state" -> new DeliveryStateChanged(seq, at, message(row), conversation(row),
                    DeliveryState.valueOf(row.state()), row.detail());
            case "conversation-opened" -> new ConversationOpened(seq, at, conversation(row), customer(row),
                    row.channelId(), MediaType.valueOf(row.state()));
            case "conversation-state" -> new ConversationStateChanged(seq, at, conversation(row),
                    ConversationState.valueOf(row.detail()), ConversationState.valueOf(row.state()));
            case "assignment" -> new ConversationAssigned(seq, at, conversation(row),
                    Optional.ofNullable(row.detail()));
            case "conversation-routed" -> new ConversationRouted(seq, at, conversation(row), row.detail());
            case "conversation-tagged" -> new ConversationTagged(seq, at, conversation(row),
                    Set.copyOf(FieldCodec.decodeList(Objects.requireNonNullElse(row.detail(), ""))));
            case "conversations-merged" -> new ConversationsMerged(seq, at, conversation(row),
                    new ConversationId(row.otherId()));
            case "customer-created" -> new CustomerCreated(seq, at, customer(row));
            case "customer-renamed" -> new CustomerRenamed(seq, at, customer(row), row.detail());
            case "customers-merged" -> new CustomersMerged(seq, at, customer(row), new CustomerId(row.otherId()));
            case "customer-split" -> new CustomerSplit(seq, at, customer(row), new CustomerId(row.otherId()),
                    FieldCodec.decodeList(row.detail()).stream().map(Address::parseUri).toList());
            case "presence-change" -> presence(seq, at, row);
            default -> throw new IllegalArgumentException("unknown journal event kind '" + row.kind() + "' at "
                    + seq);
        };
    }

    private static PresenceChanged presence(long seq, Instant at, JournalRow row) {
        List<String> parts = FieldCodec.decodeList(row.detail());
        return new PresenceChanged(seq, at, parts.get(0), row.state(), parts.get(1));
    }

    private static MessageId message(JournalRow row) {
        return new MessageId(row.messageId());
    }

    private static ConversationId conversation(JournalRow row) {
        return new ConversationId(row.conversationId());
    }

    private static CustomerId customer(JournalRow row) {
        return new CustomerId(row.customerId());
    }
}
