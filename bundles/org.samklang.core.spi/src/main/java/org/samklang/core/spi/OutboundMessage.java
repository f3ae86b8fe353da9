package org.samklang.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;

/**
 * What the core asks a {@link ChannelConnector} to send: an agent's reply, already persisted in the outbox.
 * <p>
 * <b>Idempotency.</b> {@code idempotencyKey} is the same for every attempt to send this message, across retries and
 * restarts. The plugin passes it to the remote: e-mail in the Message-ID ({@code <key@host>}), chat protocols as the
 * client message id, so that a remote which dedupes drops a repeat and one which does not can be searched for it.
 * Which attempt this is, and whether an earlier one may have arrived, comes with each call in a {@link SendAttempt}
 * (see {@link ChannelConnector} on "at most once").
 *
 * @param messageId      the core's id of the message
 * @param conversationId the conversation it belongs to
 * @param idempotencyKey the stable key for every attempt, at most 200 characters of {@code [A-Za-z0-9._-]}
 * @param channelId      the channel to send on
 * @param mediaType      that channel's media type
 * @param to             the recipients
 * @param subject        the subject, empty if none
 * @param text           the plain-text body
 * @param richBody       an optional formatted body
 * @param attachments    references to attachments to send along
 * @param threadKeys     remote ids of earlier items of the conversation on this channel, oldest first (e-mail:
 *                       References; the last one is In-Reply-To); possibly empty
 * @param queuedAt       when the agent's reply was persisted
 */
public record OutboundMessage(MessageId messageId, ConversationId conversationId, String idempotencyKey,
        String channelId, MediaType mediaType, List<Address> to, String subject, String text,
        Optional<RichBody> richBody, List<AttachmentRef> attachments, List<String> threadKeys, Instant queuedAt) {

    public OutboundMessage {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(conversationId, "conversationId");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notBlank(channelId, "channelId");
        Checks.notNull(mediaType, "mediaType");
        to = Checks.copyOf(to, "to");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an outbound message needs at least one recipient");
        }
        Checks.notNull(subject, "subject");
        Checks.notNull(text, "text");
        Checks.notNull(richBody, "richBody");
        attachments = Checks.copyOf(attachments, "attachments");
        threadKeys = Checks.copyOf(threadKeys, "threadKeys");
        Checks.notNull(queuedAt, "queuedAt");
    }
}
