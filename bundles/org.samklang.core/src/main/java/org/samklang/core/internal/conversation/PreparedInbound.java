package org.samklang.core.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.RichBody;
import org.samklang.core.internal.identity.NormalizedAddress;

/**
 * An inbound message checked, capped and normalised on the plugin's thread, ready for the writer.
 *
 * @param notes what was normalised (cut text, unresolved sender, clamped time), for the receipt and the log
 */
record PreparedInbound(String channelId, MediaType mediaType, String remoteId, List<String> threadKeys,
        NormalizedAddress from, List<Address> to, String subject, String text, Optional<RichBody> richBody,
        List<AttachmentRef> attachments, Map<String, String> metadata, Instant occurredAt, boolean truncated,
        List<String> notes) {
}
