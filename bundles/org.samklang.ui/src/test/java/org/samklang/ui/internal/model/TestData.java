package org.samklang.ui.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;

/** Builders for model records, so tests say only what matters to them. */
final class TestData {

    static final Instant NOW = Instant.parse("2025-11-14T09:00:00Z");

    private TestData() {
    }

    static Conversation conversation(long id, long customer, MediaType media, String subject) {
        return conversation(id, customer, media, ConversationState.QUEUED, subject, Optional.empty(),
                NOW.minusSeconds(60 * id));
    }

    static Conversation conversation(long id, long customer, MediaType media, ConversationState state,
            String subject, Optional<String> assignee, Instant lastActivity) {
        return new Conversation(new ConversationId(id), new CustomerId(customer), channelOf(media), media, state,
                subject, assignee, lastActivity.minusSeconds(3600), lastActivity, 2);
    }

    static Customer customer(long id, String name, Address... addresses) {
        return new Customer(new CustomerId(id), name, List.of(addresses), NOW.minusSeconds(86_400));
    }

    static Message inbound(long id, long conversation, long customer, MediaType media, String subject,
            String text, Instant at) {
        return new Message(new MessageId(id), new ConversationId(conversation), new CustomerId(customer),
                Direction.INBOUND, channelOf(media), media, Optional.empty(),
                Optional.of(Address.mailto("anna@example.se")), List.of(), subject, text, Optional.empty(),
                List.of(), Map.of(), at, at, DeliveryState.RECEIVED, false);
    }

    /** An inbound message the customer edited at {@code editedAt} and/or took back at {@code retractedAt}. */
    static Message changed(Message message, String text, Optional<Instant> editedAt, Optional<Instant> retractedAt) {
        return new Message(message.id(), message.conversationId(), message.customerId(), message.direction(),
                message.channelId(), message.mediaType(), message.remoteId(), message.from(), message.to(),
                message.subject(), text, message.richBody(), message.attachments(), message.metadata(),
                message.occurredAt(), message.recordedAt(), message.deliveryState(), message.truncated(), editedAt,
                retractedAt);
    }

    static Message outbound(long id, long conversation, long customer, MediaType media, String text,
            DeliveryState state, Instant at) {
        return new Message(new MessageId(id), new ConversationId(conversation), new CustomerId(customer),
                Direction.OUTBOUND, channelOf(media), media, Optional.empty(), Optional.empty(),
                List.of(Address.mailto("anna@example.se")), "", text, Optional.empty(), List.of(), Map.of(), at, at,
                state, false);
    }

    /** An outbound message that failed for {@code reason}, as the core stored it. */
    static Message failed(long id, MediaType media, String text, String reason, Instant at) {
        Message message = outbound(id, 1, 1, media, text, DeliveryState.FAILED, at);
        return new Message(message.id(), message.conversationId(), message.customerId(), message.direction(),
                message.channelId(), message.mediaType(), message.remoteId(), message.from(), message.to(),
                message.subject(), text, message.richBody(), message.attachments(), message.metadata(),
                message.occurredAt(), message.recordedAt(), message.deliveryState(), message.truncated(),
                Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    static String channelOf(MediaType media) {
        return switch (media) {
            case VOICE -> "phone.pbx";
            case EMAIL -> "email.support";
            case CHAT -> "chat.web";
            case SOCIAL -> "social.x";
        };
    }
}
