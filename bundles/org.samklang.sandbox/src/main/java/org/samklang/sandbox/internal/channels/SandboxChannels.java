package org.samklang.sandbox.internal.channels;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.samklang.core.api.model.MediaType;

/**
 * One sandbox channel of each kind under its default id ({@code phone.sandbox}, {@code email.sandbox},
 * {@code chat.sandbox}, {@code social.sandbox}), in English: what the sandbox's tests and the traffic's own tests
 * drive. The desk runs its channels as configured instances instead ({@link SandboxChannelInstance}).
 */
public final class SandboxChannels implements DeliveryLog {

    public static final String PHONE = SandboxChannelKind.PHONE.defaultInstanceId();
    public static final String EMAIL = SandboxChannelKind.EMAIL.defaultInstanceId();
    public static final String CHAT = SandboxChannelKind.CHAT.defaultInstanceId();
    public static final String SOCIAL = SandboxChannelKind.SOCIAL.defaultInstanceId();

    /** Largest e-mail attachment, in bytes. */
    public static final long EMAIL_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** Largest file sent in a chat, in bytes. */
    public static final long CHAT_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    private final SandboxChannel phone;
    private final SandboxChannel email;
    private final SandboxChannel chat;
    private final SandboxChannel social;

    public SandboxChannels(long seed, Clock clock) {
        phone = SandboxChannelKind.PHONE.channel(PHONE, Locale.ENGLISH, seed, clock, delivery -> {
        });
        email = SandboxChannelKind.EMAIL.channel(EMAIL, Locale.ENGLISH, seed, clock, delivery -> {
        });
        chat = SandboxChannelKind.CHAT.channel(CHAT, Locale.ENGLISH, seed, clock, delivery -> {
        });
        social = SandboxChannelKind.SOCIAL.channel(SOCIAL, Locale.ENGLISH, seed, clock, delivery -> {
        });
    }

    public SandboxChannel phone() {
        return phone;
    }

    public SandboxChannel email() {
        return email;
    }

    public SandboxChannel chat() {
        return chat;
    }

    public SandboxChannel social() {
        return social;
    }

    /** {@return the four channels: phone, e-mail, chat, social} */
    public List<SandboxChannel> all() {
        return List.of(phone, email, chat, social);
    }

    @Override
    public List<SandboxChannel.Delivery> deliveriesAfter(MediaType mediaType, int seen) {
        return all().stream().filter(channel -> channel.mediaType() == mediaType).findFirst()
                .map(channel -> channel.deliveriesAfter(seen)).orElse(List.of());
    }
}
