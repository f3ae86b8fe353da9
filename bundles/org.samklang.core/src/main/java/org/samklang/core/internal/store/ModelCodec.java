package org.samklang.core.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.RichBody;

/** Column encodings of model values shared by the message and outbox queries. */
public final class ModelCodec {

    private ModelCodec() {
    }

    public static String encodeAddresses(List<Address> addresses) {
        return FieldCodec.encodeList(addresses.stream().map(Address::uri).toList());
    }

    public static List<Address> decodeAddresses(String encoded) {
        return FieldCodec.decodeList(encoded).stream().map(Address::parseUri).toList();
    }

    public static Optional<RichBody> richBody(String mimeType, String content) {
        return mimeType == null ? Optional.empty() : Optional.of(new RichBody(mimeType, content));
    }

    public static String encodeAttachments(List<AttachmentRef> attachments) {
        List<String> flat = new ArrayList<>(attachments.size() * 4);
        for (AttachmentRef attachment : attachments) {
            flat.add(attachment.name());
            flat.add(attachment.mimeType());
            flat.add(Long.toString(attachment.sizeBytes()));
            flat.add(attachment.uri());
        }
        return FieldCodec.encodeList(flat);
    }

    public static List<AttachmentRef> decodeAttachments(String encoded) {
        List<String> flat = FieldCodec.decodeList(encoded);
        if (flat.size() % 4 != 0) {
            throw new IllegalArgumentException("damaged attachments field: " + flat.size() + " items");
        }
        List<AttachmentRef> attachments = new ArrayList<>(flat.size() / 4);
        for (int i = 0; i < flat.size(); i += 4) {
            attachments.add(new AttachmentRef(flat.get(i), flat.get(i + 1), Long.parseLong(flat.get(i + 2)),
                    flat.get(i + 3)));
        }
        return attachments;
    }
}
