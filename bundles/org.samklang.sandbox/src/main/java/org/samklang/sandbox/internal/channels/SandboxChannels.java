package org.samklang.sandbox.internal.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;

/**
 * The four sandbox channels with the limits of their real counterparts: phone (calls only), e-mail (25,000
 * characters, attachments up to 10 MB), web chat (10,000 characters, file uploads up to 5 MB as chat widgets
 * allow, flaps now and then) and social (direct messages of 10,000 characters within a 24 h reply window, public
 * replies of 280). Social declares no attachments: a reply to a public post cannot carry a file on the platforms it
 * imitates, and capabilities are declared per channel, not per message.
 */
public final class SandboxChannels {

    public static final String PHONE = "phone.sandbox";
    public static final String EMAIL = "email.sandbox";
    public static final String CHAT = "chat.sandbox";
    public static final String SOCIAL = "social.sandbox";

    /** Largest e-mail attachment, in bytes. */
    public static final long EMAIL_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** Largest file sent in a chat, in bytes. */
    public static final long CHAT_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    private final SandboxChannel phone;
    private final SandboxChannel email;
    private final SandboxChannel chat;
    private final SandboxChannel social;

    public SandboxChannels(long seed, Clock clock) {
        // A voice channel with call controls: the core never hands it typed text.
        phone = new SandboxChannel(PHONE, "Sandbox phone", MediaType.VOICE, new ChannelCapabilities(1, false, 0, true,
                Optional.empty(), false, false, true), clock, Optional.empty(), "", SandboxChannel.RemoteDedup.NONE);
        email = new SandboxChannel(EMAIL, "Sandbox e-mail", MediaType.EMAIL, new ChannelCapabilities(25_000, true,
                EMAIL_ATTACHMENT_BYTES, true, Optional.empty(), false, false, false), clock, Optional.empty(), "",
                SandboxChannel.RemoteDedup.SENT_FOLDER);
        chat = new SandboxChannel(CHAT, "Sandbox chat", MediaType.CHAT,
                new ChannelCapabilities(10_000, true, CHAT_ATTACHMENT_BYTES, false,
                        Optional.empty(), false, false, false),
                clock,
                Optional.of(new FlapSchedule(seed, Duration.ofMinutes(6), Duration.ofSeconds(8),
                        Duration.ofSeconds(25))),
                "Reconnecting to the sandbox chat server", SandboxChannel.RemoteDedup.BY_KEY);
        social = new SandboxChannel(SOCIAL, "Sandbox social", MediaType.SOCIAL,
                new ChannelCapabilities(10_000, false, 0, false,
                        Optional.of(Duration.ofHours(24)), false, false, false),
                clock, Optional.empty(), "", SandboxChannel.RemoteDedup.NONE);
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
}
