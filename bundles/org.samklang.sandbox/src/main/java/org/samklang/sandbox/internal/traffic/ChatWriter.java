package org.samklang.sandbox.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;
import org.samklang.sandbox.internal.channels.SandboxChannels;

/**
 * Writes web-chat sessions: a visitor who gave a name and e-mail or phone in the pre-chat form types a few lines,
 * seconds apart, sometimes asking impatiently whether anyone is there. Every line after the first names the
 * previous line and the session's first line as thread keys.
 */
final class ChatWriter {

    /** A chat session as the chat server remembers it. */
    static final class Session {

        final Sender sender;
        final String sessionId;
        final List<String> lineIds = new ArrayList<>();

        Session(Sender sender, String sessionId) {
            this.sender = sender;
            this.sessionId = sessionId;
        }
    }

    private final TrafficContext context;

    ChatWriter(TrafficContext context) {
        this.context = context;
    }

    Session open(Sender sender) {
        return new Session(sender, "chat-" + context.next());
    }

    /** {@return the visitor's lines on {@code topic}, starting at {@code start}, in order} */
    List<InboundMessage> lines(Session session, Topic topic, Instant start, Optional<HostileKind> hostile) {
        Sender sender = session.sender;
        List<String> texts = new ArrayList<>(topic.texts(sender.swedish()).chatLines());
        if (context.dice.chance(0.25)) {
            texts.add(sender.swedish() ? "Hallå? Är det någon där?" : "Hello? Is anyone there?");
        }
        List<InboundMessage> lines = new ArrayList<>();
        Instant at = start;
        for (int i = 0; i < texts.size(); i++) {
            Draft draft = new Draft(shortName(sender), sender.address().text());
            draft.text = context.fill(texts.get(i), sender);
            if (i == 0) {
                hostile.ifPresent(kind -> HostileContent.apply(kind, draft));
            }
            lines.add(line(session, draft, at, i == 0 ? topic : null, i == 0 ? hostile : Optional.empty()));
            at = at.plus(Duration.ofSeconds(context.dice.between(15, 60)));
        }
        return lines;
    }

    /** {@return the visitor's answer to an agent's chat reply} */
    InboundMessage answer(Session session, String replyId, Instant at) {
        Sender sender = session.sender;
        Draft draft = new Draft(shortName(sender), sender.address().text());
        draft.text = context.dice.pick(sender.swedish()
                ? List.of("Okej, tack!", "Men hur lång tid tar det då?",
                        "Perfekt, tack för hjälpen 🙂")
                : List.of("OK, thanks!", "But how long will that take?",
                        "Perfect, thanks for your help 🙂"));
        session.lineIds.add(replyId);
        return line(session, draft, at, null, Optional.empty());
    }

    private InboundMessage line(Session session, Draft draft, Instant at, Topic topic,
            Optional<HostileKind> hostile) {
        String lineId = session.sessionId + "-" + (session.lineIds.size() + 1);
        InboundMessage.Builder builder = InboundMessage.builder(SandboxChannels.CHAT, MediaType.CHAT, lineId,
                new RawAddress(session.sender.address().scheme(), draft.senderText, draft.senderName), at)
                .text(draft.text).metadata("chat.session", session.sessionId)
                .metadata("sandbox.language", session.sender.swedish() ? "sv" : "en");
        if (!session.lineIds.isEmpty()) {
            builder.threadKey(session.lineIds.get(session.lineIds.size() - 1));
            if (session.lineIds.size() > 1) {
                builder.threadKey(session.lineIds.get(0));
            }
        }
        if (topic != null) {
            builder.metadata("sandbox.topic", topic.name());
        }
        hostile.ifPresent(kind -> builder.metadata("sandbox.hostile", kind.name()));
        session.lineIds.add(lineId);
        return builder.build();
    }

    /** Chat visitors give a first name and an initial: "Anna L". */
    private static String shortName(Sender sender) {
        String name = sender.name();
        int space = name.lastIndexOf(' ');
        return space > 0 && space < name.length() - 1 ? name.substring(0, space + 2) : name;
    }
}
