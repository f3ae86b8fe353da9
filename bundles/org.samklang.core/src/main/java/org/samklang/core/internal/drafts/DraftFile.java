package org.samklang.core.internal.drafts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.files.ChecksummedFile;
import org.samklang.core.internal.files.KeyedFileStore;

/**
 * The on-disk form of one draft inside a {@link ChecksummedFile} frame: conversation, client key, channel, time
 * saved, text and (from version 2) the attachments' references. Version 1 files, written before drafts had
 * attachments, still read, as drafts without attachments. A file holding another conversation's draft (renamed by
 * hand) is refused.
 */
final class DraftFile implements KeyedFileStore.Codec<ConversationId, Draft> {

    private static final int MAGIC = 0x534B4446; // "SKDF"
    private static final int VERSION_TEXT_ONLY = 1;
    private static final int VERSION = 2;
    private static final int MAX_STRING_BYTES = Draft.MAX_TEXT_LENGTH * 4;
    private static final int MAX_FIELD_BYTES = 64 * 1024;

    @Override
    public byte[] encode(ConversationId id, Draft draft) {
        return ChecksummedFile.encode(MAGIC, VERSION, 48 + draft.text().length() * 2, out -> {
            out.writeLong(draft.conversationId().value());
            ChecksummedFile.writeString(out, draft.clientKey());
            out.writeBoolean(draft.channelId().isPresent());
            ChecksummedFile.writeString(out, draft.channelId().orElse(""));
            out.writeLong(draft.savedAt().toEpochMilli());
            ChecksummedFile.writeString(out, draft.text());
            writeAttachments(out, draft.attachments());
        });
    }

    @Override
    public Draft decode(byte[] bytes, ConversationId id) throws IOException {
        return ChecksummedFile.decode(bytes, MAGIC, VERSION_TEXT_ONLY, VERSION, (in, version) -> {
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
                List<AttachmentRef> attachments = version >= VERSION ? readAttachments(in) : List.of();
                return new Draft(id, clientKey, text, hasChannel ? Optional.of(channel) : Optional.empty(), savedAt,
                        attachments);
            } catch (IllegalArgumentException e) {
                throw new IOException("not a valid draft: " + e.getMessage(), e);
            }
        });
    }

    private static void writeAttachments(DataOutputStream out, List<AttachmentRef> attachments) throws IOException {
        out.writeInt(attachments.size());
        for (AttachmentRef attachment : attachments) {
            ChecksummedFile.writeString(out, attachment.name());
            ChecksummedFile.writeString(out, attachment.mimeType());
            out.writeLong(attachment.sizeBytes());
            ChecksummedFile.writeString(out, attachment.uri());
        }
    }

    private static List<AttachmentRef> readAttachments(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > ReplyDraft.MAX_ATTACHMENTS) {
            throw new IOException("implausible attachment count " + count);
        }
        List<AttachmentRef> attachments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = ChecksummedFile.readString(in, MAX_FIELD_BYTES);
            String mimeType = ChecksummedFile.readString(in, MAX_FIELD_BYTES);
            long size = in.readLong();
            String uri = ChecksummedFile.readString(in, MAX_FIELD_BYTES);
            attachments.add(new AttachmentRef(name, mimeType, size, uri));
        }
        return attachments;
    }
}
