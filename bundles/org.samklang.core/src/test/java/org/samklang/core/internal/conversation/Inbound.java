package org.samklang.core.internal.conversation;

import java.time.Instant;

import org.samklang.core.api.model.Address.Scheme;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/** Short ways to build the inbound messages scenarios need. */
public final class Inbound {

    public static final String MAIL = "email.support";
    public static final String CHAT = "chat.web";
    public static final String SMS = "sms.main";

    private Inbound() {
    }

    /** An e-mail from {@code from} with Message-ID {@code messageId}, answering {@code inReplyTo} (may be null). */
    public static InboundMessage.Builder email(String messageId, String from, String subject, Instant at,
            String inReplyTo) {
        InboundMessage.Builder builder = InboundMessage.builder(MAIL, MediaType.EMAIL, messageId,
                RawAddress.of(Scheme.MAILTO, from), at).subject(subject).text("Hej! " + subject);
        if (inReplyTo != null) {
            builder.threadKey(inReplyTo);
        }
        return builder;
    }

    /** A chat line from a phone-verified visitor. */
    public static InboundMessage.Builder chat(String lineId, String phone, String text, Instant at) {
        return InboundMessage.builder(CHAT, MediaType.CHAT, lineId, RawAddress.of(Scheme.TEL, phone), at).text(text);
    }

    /** An SMS. */
    public static InboundMessage.Builder sms(String id, String phone, String text, Instant at) {
        return InboundMessage.builder(SMS, MediaType.CHAT, id, RawAddress.of(Scheme.TEL, phone), at).text(text);
    }
}
