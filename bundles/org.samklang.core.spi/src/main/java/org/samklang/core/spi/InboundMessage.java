package org.samklang.core.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.RichBody;

/**
 * What a channel plugin hands the core for every item it receives: an e-mail, a chat line, a post, a call event.
 * <p>
 * <b>Dedup.</b> {@code remoteId} is the plugin's own stable id for the item (e-mail Message-ID, call id plus event,
 * post id). The core stores each (channel id, remote id) once; handing the same item in again, e.g. after a
 * reconnect, is acknowledged as a duplicate. A plugin therefore re-delivers freely until it saw the receipt.
 * <p>
 * <b>Threading.</b> {@code threadKeys} are the remote ids of earlier items this one answers, nearest first
 * (e-mail: In-Reply-To, then References from last to first; a chat: the session id). The core joins the
 * conversation holding the first key it knows.
 * <p>
 * <b>Limits.</b> The core cuts texts beyond 1 Mi characters (and flags the message truncated), uses at most 50
 * thread keys and 200 metadata entries, and replaces a received-at far in the future by its own clock; each is
 * logged. Build instances with {@link #builder(String, MediaType, String, RawAddress, Instant)}.
 *
 * @param channelId   the channel instance, e.g. {@code email.support}
 * @param mediaType   the channel's media type
 * @param remoteId    the plugin's stable id for this item
 * @param threadKeys  remote ids of earlier items this one belongs to, nearest first
 * @param from        the sender
 * @param to          the recipients (our addresses), possibly empty
 * @param subject     the subject, empty if none
 * @param text        the plain-text body, possibly empty
 * @param richBody    a formatted body, e.g. HTML
 * @param attachments references to attachments the plugin keeps
 * @param metadata    channel-specific key/value pairs (headers, call leg ids)
 * @param receivedAt  when the channel received it
 */
public record InboundMessage(String channelId, MediaType mediaType, String remoteId, List<String> threadKeys,
        RawAddress from, List<RawAddress> to, String subject, String text, Optional<RichBody> richBody,
        List<AttachmentRef> attachments, Map<String, String> metadata, Instant receivedAt) {

    public InboundMessage {
        Checks.notBlank(channelId, "channelId");
        Checks.notNull(mediaType, "mediaType");
        Checks.notBlank(remoteId, "remoteId");
        threadKeys = Checks.copyOf(threadKeys, "threadKeys");
        Checks.notNull(from, "from");
        to = Checks.copyOf(to, "to");
        Checks.notNull(subject, "subject");
        Checks.notNull(text, "text");
        Checks.notNull(richBody, "richBody");
        attachments = Checks.copyOf(attachments, "attachments");
        metadata = Checks.copyOf(metadata, "metadata");
        Checks.notNull(receivedAt, "receivedAt");
    }

    /** Starts a message with its required parts; everything else defaults to empty. */
    public static Builder builder(String channelId, MediaType mediaType, String remoteId, RawAddress from,
            Instant receivedAt) {
        return new Builder(channelId, mediaType, remoteId, from, receivedAt);
    }

    /** Builds an {@link InboundMessage}; not thread-safe, validation happens in {@link #build()}. */
    public static final class Builder {

        private final String channelId;
        private final MediaType mediaType;
        private final String remoteId;
        private final RawAddress from;
        private final Instant receivedAt;
        private final List<String> threadKeys = new ArrayList<>();
        private final List<RawAddress> to = new ArrayList<>();
        private final List<AttachmentRef> attachments = new ArrayList<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private String subject = "";
        private String text = "";
        private RichBody richBody;

        private Builder(String channelId, MediaType mediaType, String remoteId, RawAddress from, Instant receivedAt) {
            this.channelId = channelId;
            this.mediaType = mediaType;
            this.remoteId = remoteId;
            this.from = from;
            this.receivedAt = receivedAt;
        }

        public Builder threadKey(String key) {
            threadKeys.add(key);
            return this;
        }

        public Builder to(RawAddress recipient) {
            to.add(recipient);
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder richBody(RichBody value) {
            richBody = value;
            return this;
        }

        public Builder attachment(AttachmentRef attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder metadata(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        /** @throws IllegalArgumentException naming the first missing or invalid part */
        public InboundMessage build() {
            return new InboundMessage(channelId, mediaType, remoteId, threadKeys, from, to, subject, text,
                    Optional.ofNullable(richBody), attachments, metadata, receivedAt);
        }
    }
}
