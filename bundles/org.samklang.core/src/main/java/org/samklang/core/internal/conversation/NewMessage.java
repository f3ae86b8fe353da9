package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;

/** A message about to be inserted: everything but the id the store assigns. */
record NewMessage(ConversationId conversationId, CustomerId customerId, Direction direction, String channelId,
        MediaType mediaType, Optional<String> remoteId, Optional<Address> from, List<Address> to, String subject,
        String text, Optional<RichBody> richBody, List<AttachmentRef> attachments, Map<String, String> metadata,
        Instant occurredAt, DeliveryState deliveryState, boolean truncated) {

    Message withId(MessageId id, Instant recordedAt) {
        return new Message(id, conversationId, customerId, direction, channelId, mediaType, remoteId, from, to,
                subject, text, richBody, attachments, metadata, occurredAt, recordedAt, deliveryState, truncated);
    }
}
