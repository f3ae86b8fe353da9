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
 * Writes social-network traffic: public posts mentioning the company (ids {@code post:...}, at most 280
 * characters), sometimes followed by the same person replying to their own post, and direct messages
 * ({@code dm:...}) of a few lines, each naming the previous one as its thread key.
 */
final class SocialWriter {

    private final TrafficContext context;

    SocialWriter(TrafficContext context) {
        this.context = context;
    }

    /** {@return a public mention and, now and then, the author's impatient follow-up to it} */
    List<InboundMessage> mention(Sender sender, Topic topic, Instant at, boolean followUp,
            Optional<HostileKind> hostile) {
        Draft draft = new Draft(sender.name(), sender.address().text());
        draft.text = TrafficContext.SOCIAL_ACCOUNT + " " + context.fill(topic.texts(sender.swedish()).post(), sender);
        hostile.ifPresent(kind -> HostileContent.apply(kind, draft));
        String postId = "post:" + context.next();
        List<InboundMessage> posts = new ArrayList<>();
        posts.add(item(sender, postId, draft, at, null, topic, hostile));
        if (followUp) {
            Draft again = new Draft(sender.name(), sender.address().text());
            again.text = TrafficContext.SOCIAL_ACCOUNT + (sender.swedish()
                    ? " hallå? 🙄 inget svar än"
                    : " hello? 🙄 still no answer");
            posts.add(item(sender, "post:" + context.next(), again,
                    at.plus(Duration.ofMinutes(context.dice.between(5, 40))), postId, null, Optional.empty()));
        }
        return posts;
    }

    /** {@return a direct-message conversation of one to three messages} */
    List<InboundMessage> directMessages(Sender sender, Topic topic, Instant start) {
        List<String> lines = topic.texts(sender.swedish()).chatLines();
        int count = Math.min(lines.size(), context.dice.between(1, 3));
        List<InboundMessage> messages = new ArrayList<>();
        String previous = null;
        Instant at = start;
        for (int i = 0; i < count; i++) {
            Draft draft = new Draft(sender.name(), sender.address().text());
            draft.text = context.fill(lines.get(i), sender);
            String id = "dm:" + context.next();
            messages.add(item(sender, id, draft, at, previous, i == 0 ? topic : null, Optional.empty()));
            previous = id;
            at = at.plus(Duration.ofSeconds(context.dice.between(20, 120)));
        }
        return messages;
    }

    private InboundMessage item(Sender sender, String id, Draft draft, Instant at, String answers, Topic topic,
            Optional<HostileKind> hostile) {
        InboundMessage.Builder builder = InboundMessage.builder(SandboxChannels.SOCIAL, MediaType.SOCIAL, id,
                new RawAddress(sender.address().scheme(), draft.senderText, draft.senderName), at)
                .text(draft.text).metadata("social.network", "x")
                .metadata("social.kind", id.startsWith("post:") ? "post" : "direct-message")
                .metadata("sandbox.language", sender.swedish() ? "sv" : "en");
        if (answers != null) {
            builder.threadKey(answers);
        }
        if (topic != null) {
            builder.metadata("sandbox.topic", topic.name());
        }
        hostile.ifPresent(kind -> builder.metadata("sandbox.hostile", kind.name()));
        return builder.build();
    }
}
