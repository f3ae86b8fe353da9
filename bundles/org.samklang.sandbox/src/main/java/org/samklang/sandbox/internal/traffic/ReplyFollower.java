package org.samklang.sandbox.internal.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.InboundMessage;
import org.samklang.sandbox.internal.Dice;
import org.samklang.sandbox.internal.channels.DeliveryLog;
import org.samklang.sandbox.internal.channels.SandboxChannel;

/**
 * Lets customers answer agents: watches what the sandbox e-mail and chat channels delivered (every instance) and,
 * for some replies in threads the traffic started, writes the customer's answer in the same thread (naming the
 * reply's remote id as the nearest thread key, as a mail client's In-Reply-To would). Not thread-safe; the traffic's
 * lock guards it.
 */
final class ReplyFollower {

    private static final int MAX_REMEMBERED = 20_000;

    private final DeliveryLog channels;
    private final EmailWriter emails;
    private final ChatWriter chats;
    private final Dice dice;
    private final double answerShare;
    private final Map<String, EmailWriter.Thread> threadByKey = recent();
    private final Map<String, ChatWriter.Session> sessionByKey = recent();
    private int emailsSeen;
    private int chatsSeen;

    ReplyFollower(DeliveryLog channels, EmailWriter emails, ChatWriter chats, Dice dice, double answerShare) {
        this.channels = channels;
        this.emails = emails;
        this.chats = chats;
        this.dice = dice;
        this.answerShare = answerShare;
    }

    /** {@return a map that forgets its oldest keys beyond {@value #MAX_REMEMBERED}, so weeks of running stay small} */
    private static <T> Map<String, T> recent() {
        return new LinkedHashMap<>(1024, 0.75f, false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };
    }

    void remember(EmailWriter.Thread thread) {
        thread.messageIds.forEach(id -> threadByKey.put(id, thread));
    }

    void remember(ChatWriter.Session session) {
        session.lineIds.forEach(id -> sessionByKey.put(id, session));
    }

    /** {@return the customers' answers to replies delivered since the last call, at their future times} */
    List<InboundMessage> answers() {
        List<InboundMessage> answers = new ArrayList<>();
        List<SandboxChannel.Delivery> mails = channels.deliveriesAfter(MediaType.EMAIL, emailsSeen);
        emailsSeen += mails.size();
        for (SandboxChannel.Delivery delivery : mails) {
            EmailWriter.Thread thread = find(threadByKey, delivery);
            if (thread != null && dice.chance(answerShare)) {
                InboundMessage answer = emails.answer(thread, delivery.remoteId(),
                        delivery.at().plus(Duration.ofMinutes(dice.between(20, 120))), delivery.message().text());
                answers.add(answer);
                remember(thread);
            }
        }
        List<SandboxChannel.Delivery> lines = channels.deliveriesAfter(MediaType.CHAT, chatsSeen);
        chatsSeen += lines.size();
        for (SandboxChannel.Delivery delivery : lines) {
            ChatWriter.Session session = find(sessionByKey, delivery);
            if (session != null && dice.chance(answerShare)) {
                answers.add(chats.answer(session, delivery.remoteId(),
                        delivery.at().plus(Duration.ofSeconds(dice.between(10, 45)))));
                remember(session);
            }
        }
        return answers;
    }

    private static <T> T find(Map<String, T> byKey, SandboxChannel.Delivery delivery) {
        for (String key : delivery.message().threadKeys()) {
            T found = byKey.get(key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
