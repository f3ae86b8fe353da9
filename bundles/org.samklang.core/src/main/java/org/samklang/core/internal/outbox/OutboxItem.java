package org.samklang.core.internal.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;
import org.samklang.core.spi.OutboundMessage;

/** A due outbox entry with what the connector needs to send it. */
record OutboxItem(MessageId messageId, ConversationId conversationId, String idempotencyKey, String channelId,
        MediaType mediaType, List<Address> to, String subject, String text, Optional<RichBody> richBody,
        List<AttachmentRef> attachments, Instant queuedAt, int attempts) {

    OutboundMessage toOutbound(List<String> threadKeys) {
        return new OutboundMessage(messageId, conversationId, idempotencyKey, channelId, mediaType, to, subject,
                text, richBody, attachments, threadKeys, queuedAt);
    }
}
