package org.samklang.sandbox.internal.traffic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.RichBody;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.channels.SandboxChannels;

/**
 * Writes customers' e-mails: a first message on a topic, follow-ups in the same thread (In-Reply-To and References
 * as thread keys, nearest first, the subject with "Re:", the earlier text quoted), and answers to an agent's reply.
 */
final class EmailWriter {

    /** A thread as the customer's mail client remembers it. */
    static final class Thread {

        final Sender sender;
        final String subject;
        final List<String> messageIds = new ArrayList<>();
        String lastText;

        Thread(Sender sender, String subject) {
            this.sender = sender;
            this.subject = subject;
        }
    }

    private final TrafficContext context;

    EmailWriter(TrafficContext context) {
        this.context = context;
    }

    /** {@return the first e-mail of a new thread, remembered in {@code thread}} */
    InboundMessage first(Thread thread, Topic topic, Instant at, Optional<HostileKind> hostile) {
        Sender sender = thread.sender;
        Topic.Texts texts = topic.texts(sender.swedish());
        Draft draft = new Draft(sender.name(), sender.address().text());
        draft.subject = thread.subject;
        draft.text = greeting(sender) + context.fill(texts.body(), sender) + signature(sender);
        if (context.dice.chance(0.35)) {
            draft.html = "<html><body><p>" + escape(draft.text).replace("\n\n", "</p><p>") + "</p></body></html>";
        }
        hostile.ifPresent(kind -> HostileContent.apply(kind, draft));
        boolean photo = topic == Topic.COMPLAINT || context.dice.chance(0.05);
        return build(thread, draft, at, topic, hostile, photo);
    }

    /** {@return the customer writing again in the same thread, e.g. because nobody answered} */
    InboundMessage followUp(Thread thread, Instant at) {
        Sender sender = thread.sender;
        Draft draft = new Draft(sender.name(), sender.address().text());
        draft.subject = thread.subject.startsWith("Re: ") ? thread.subject : "Re: " + thread.subject;
        draft.text = (sender.swedish()
                ? "Hej igen!\n\nJag har inte fått något svar på mitt mejl nedan. Kan någon "
                        + "titta på det i dag?"
                : "Hello again,\n\nI have not had an answer to my e-mail below. Could someone "
                        + "look at it today?")
                + signature(sender) + "\n\n" + quote(thread.lastText);
        return build(thread, draft, at, null, Optional.empty(), false);
    }

    /** {@return the customer's answer to an agent's reply sent with Message-ID {@code replyId}} */
    InboundMessage answer(Thread thread, String replyId, Instant at, String agentText) {
        thread.messageIds.add(replyId);
        Sender sender = thread.sender;
        Draft draft = new Draft(sender.name(), sender.address().text());
        draft.subject = thread.subject.startsWith("Re: ") ? thread.subject : "Re: " + thread.subject;
        boolean solved = context.dice.chance(0.6);
        draft.text = (sender.swedish()
                ? solved
                        ? "Tack för snabbt svar, då förstår jag!"
                        : "Tack, men det "
                                + "stämmer inte riktigt. Kan ni ringa mig i stället?"
                : solved
                        ? "Thanks for the quick answer, "
                                + "that makes sense!"
                        : "Thanks, but that is not quite right. Could you call me instead?")
                + signature(sender) + "\n\n" + quote(agentText);
        return build(thread, draft, at, null, Optional.empty(), false);
    }

    private InboundMessage build(Thread thread, Draft draft, Instant at, Topic topic,
            Optional<HostileKind> hostile, boolean photo) {
        String messageId = Long.toString(at.toEpochMilli(), 36) + "." + context.next() + "@" + thread.sender.domain();
        InboundMessage.Builder builder = InboundMessage.builder(SandboxChannels.EMAIL, MediaType.EMAIL, messageId,
                new RawAddress(Address.Scheme.MAILTO, draft.senderText, draft.senderName.equals(thread.sender.name())
                        ? thread.sender.address().displayName()
                        : draft.senderName),
                at)
                .to(RawAddress.of(Address.Scheme.MAILTO, TrafficContext.SUPPORT_ADDRESS))
                .subject(draft.subject).text(draft.text)
                .metadata("sandbox.language", thread.sender.swedish() ? "sv" : "en");
        for (int i = thread.messageIds.size() - 1; i >= 0; i--) {
            builder.threadKey(thread.messageIds.get(i));
        }
        if (draft.html != null) {
            builder.richBody(new RichBody("text/html", draft.html));
        }
        if (topic != null) {
            builder.metadata("sandbox.topic", topic.name());
        }
        hostile.ifPresent(kind -> builder.metadata("sandbox.hostile", kind.name()));
        if (photo) {
            builder.attachment(new AttachmentRef("bild.jpg", "image/jpeg", 120_000 + 1_000L * context.dice.between(0,
                    2_000), "sandbox-attachment:" + messageId + "/bild.jpg"));
        }
        thread.messageIds.add(messageId);
        thread.lastText = draft.text;
        return builder.build();
    }

    private static String greeting(Sender sender) {
        return sender.swedish() ? "Hej!\n\n" : "Hello,\n\n";
    }

    private static String signature(Sender sender) {
        return (sender.swedish() ? "\n\nMed vänliga hälsningar\n" : "\n\nBest regards,\n") + sender.name();
    }

    private static String quote(String text) {
        String shown = text == null ? "" : text.length() > 2_000 ? text.substring(0, 2_000) : text;
        return "> " + shown.replace("\n", "\n> ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
