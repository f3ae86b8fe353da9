package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * What an agent has written but not yet sent in a conversation, kept so it survives switching conversations, a
 * restart and a crash.
 * <p>
 * The draft keeps the reply's idempotency key: after a crash between "the engine stored the reply" and "the desktop
 * discarded the draft", sending the restored draft again completes with the reply stored the first time instead
 * of sending it twice.
 *
 * @param conversationId the conversation the draft answers
 * @param clientKey      the reply's idempotency key ({@link ReplyDraft#clientKey()}), 1 to 200 characters
 * @param text           the text as typed (may be empty, e.g. after the agent cleared it), at most
 *                       {@link #MAX_TEXT_LENGTH} characters
 * @param channelId      the channel the agent chose to reply on; empty for the conversation's own
 * @param savedAt        when the desktop handed it to the draft service
 * @param attachments    the files attached so far (staged by {@code AttachmentService}), at most
 *                       {@link ReplyDraft#MAX_ATTACHMENTS}; a draft may hold attachments and no text yet
 */
public record Draft(ConversationId conversationId, String clientKey, String text, Optional<String> channelId,
        Instant savedAt, List<AttachmentRef> attachments) {

    /** Longest draft kept, in characters: the engine's text cap. */
    public static final int MAX_TEXT_LENGTH = 1 << 20;

    public Draft {
        Checks.notNull(conversationId, "conversationId");
        Checks.notBlank(clientKey, "clientKey");
        if (clientKey.length() > ReplyDraft.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("clientKey longer than " + ReplyDraft.MAX_KEY_LENGTH + " characters");
        }
        Checks.notNull(text, "draft text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("draft longer than " + MAX_TEXT_LENGTH + " characters");
        }
        Checks.notNull(channelId, "channelId");
        channelId.ifPresent(id -> Checks.notBlank(id, "channelId"));
        Checks.notNull(savedAt, "savedAt");
        attachments = ReplyDraft.checkAttachments(attachments);
    }

    /** A draft without attachments. */
    public Draft(ConversationId conversationId, String clientKey, String text, Optional<String> channelId,
            Instant savedAt) {
        this(conversationId, clientKey, text, channelId, savedAt, List.of());
    }
}
