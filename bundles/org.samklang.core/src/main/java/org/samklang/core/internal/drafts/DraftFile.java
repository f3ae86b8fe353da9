package org.samklang.core.internal.drafts;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.internal.files.ChecksummedFile;
import org.samklang.core.internal.files.KeyedFileStore;

/**
 * The on-disk form of one draft inside a {@link ChecksummedFile} frame: conversation, client key, channel, time
 * saved and text. A file holding another conversation's draft (renamed by hand) is refused.
 */
final class DraftFile implements KeyedFileStore.Codec<ConversationId, Draft> {

    private static final int MAGIC = 0x534B4446; // "SKDF"
    private static final int VERSION = 1;
    private static final int MAX_STRING_BYTES = Draft.MAX_TEXT_LENGTH * 4;

    @Override
    public byte[] encode(ConversationId id, Draft draft) {
        return ChecksummedFile.encode(MAGIC, VERSION, 48 + draft.text().length() * 2, out -> {
            out.writeLong(draft.conversationId().value());
            ChecksummedFile.writeString(out, draft.clientKey());
            out.writeBoolean(draft.channelId().isPresent());
            ChecksummedFile.writeString(out, draft.channelId().orElse(""));
            out.writeLong(draft.savedAt().toEpochMilli());
            ChecksummedFile.writeString(out, draft.text());
        });
    }

    @Override
    public Draft decode(byte[] bytes, ConversationId id) throws IOException {
        return ChecksummedFile.decode(bytes, MAGIC, VERSION, in -> {
            long conversation = in.readLong();
            if (conversation != id.value()) {
                throw new IOException("belongs to conversation " + conversation);
            }
            String clientKey = ChecksummedFile.readString(in, MAX_STRING_BYTES);
            boolean hasChannel = in.readBoolean();
            String channel = ChecksummedFile.readString(in, MAX_STRING_BYTES);
            Instant savedAt = Instant.ofEpochMilli(in.readLong());
            String text = ChecksummedFile.readString(in, MAX_STRING_BYTES);
            try {
                return new Draft(id, clientKey, text, hasChannel ? Optional.of(channel) : Optional.empty(), savedAt);
            } catch (IllegalArgumentException e) {
                throw new IOException("not a valid draft: " + e.getMessage(), e);
            }
        });
    }
}
