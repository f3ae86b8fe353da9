package org.samklang.core.internal.conversation;

import java.util.Map;
import java.util.Objects;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;

/**
 * A conversation we start: one outbound message to an address, e.g. a message the receptionist took for a
 * colleague. Stored and sent like a reply (outbox, idempotency per {@code clientKey}).
 *
 * @param clientKey   idempotency key: a repeat completes with the message stored the first time; at most 200
 *                    characters, and in the same key space as replies (callers prefix their own kind)
 * @param channelId   the channel to send on
 * @param mediaType   that channel's media type
 * @param to          the recipient
 * @param displayName the recipient's name, used if the address is new to the store
 * @param subject     the subject (one line)
 * @param text        the plain-text body, not blank
 * @param metadata    what the desk wants to remember about the message (e.g. its kind)
 * @param closeAtOnce whether the conversation is closed right after queueing (a notice that expects no work)
 */
public record NewOutbound(String clientKey, String channelId, MediaType mediaType, Address to, String displayName,
        String subject, String text, Map<String, String> metadata, boolean closeAtOnce) {

    public NewOutbound {
        if (clientKey == null || clientKey.isBlank() || clientKey.length() > ReplyDraft.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("clientKey must be 1 to " + ReplyDraft.MAX_KEY_LENGTH
                    + " characters");
        }
        if (channelId == null || channelId.isBlank()) {
            throw new IllegalArgumentException("channelId must not be blank");
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(to, "to");
        if (to.scheme() == Address.Scheme.UNRESOLVED) {
            throw new IllegalArgumentException("cannot send to the unresolved address " + to.value());
        }
        Objects.requireNonNull(displayName, "displayName");
        if (subject == null || subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("subject must be one line");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        metadata = Map.copyOf(metadata);
    }
}
