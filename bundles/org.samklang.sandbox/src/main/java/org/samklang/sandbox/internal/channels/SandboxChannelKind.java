package org.samklang.sandbox.internal.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.sandbox.internal.SandboxMessages;

/**
 * The four kinds of sandbox channel, with the limits of their real counterparts: phone (calls only), e-mail (25,000
 * characters, attachments up to 10 MB), web chat (10,000 characters, file uploads up to 5 MB as chat widgets allow,
 * drops its server now and then) and social (direct messages of 10,000 characters within a 24 h reply window, public
 * replies of 280). Social declares no attachments: a reply to a public post cannot carry a file on the platforms it
 * imitates, and capabilities are declared per channel, not per message. The kind is the sandbox channel's
 * {@value SandboxChannelType#MEDIA} setting.
 */
public enum SandboxChannelKind {

    // ChannelCapabilities cannot say "no text at all"; 1 plus voiceControls, and send() refuses any text.
    PHONE("phone.sandbox", MediaType.VOICE, new ChannelCapabilities(1, false, 0, true, Optional.empty(), false, false,
            true),
            false, SandboxChannel.RemoteDedup.NONE), EMAIL("email.sandbox", MediaType.EMAIL,
                    new ChannelCapabilities(25_000, true, SandboxChannels.EMAIL_ATTACHMENT_BYTES,
                            true, Optional.empty(), false, false, false),
                    false, SandboxChannel.RemoteDedup.SENT_FOLDER), CHAT("chat.sandbox", MediaType.CHAT,
                            new ChannelCapabilities(10_000, true, SandboxChannels.CHAT_ATTACHMENT_BYTES,
                                    false, Optional.empty(), false, false, false),
                            true, SandboxChannel.RemoteDedup.BY_KEY), SOCIAL("social.sandbox", MediaType.SOCIAL,
                                    new ChannelCapabilities(10_000, false, 0, false,
                                            Optional.of(Duration.ofHours(24)), false, false, false),
                                    false, SandboxChannel.RemoteDedup.NONE);

    private final String defaultInstanceId;
    private final MediaType mediaType;
    private final ChannelCapabilities capabilities;
    private final boolean flaps;
    private final SandboxChannel.RemoteDedup dedup;

    SandboxChannelKind(String defaultInstanceId, MediaType mediaType, ChannelCapabilities capabilities,
            boolean flaps, SandboxChannel.RemoteDedup dedup) {
        this.dedup = dedup;
        this.defaultInstanceId = defaultInstanceId;
        this.mediaType = mediaType;
        this.capabilities = capabilities;
        this.flaps = flaps;
    }

    /** {@return the kind named by a {@value SandboxChannelType#MEDIA} setting ("email"), e-mail if unknown} */
    public static SandboxChannelKind of(String setting) {
        for (SandboxChannelKind kind : values()) {
            if (kind.setting().equals(setting)) {
                return kind;
            }
        }
        return EMAIL;
    }

    /** The value of the {@value SandboxChannelType#MEDIA} setting for this kind, e.g. {@code email}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The id of the instance the sandbox makes of this kind on its first start, e.g. {@code email.sandbox}. */
    public String defaultInstanceId() {
        return defaultInstanceId;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The channel's name in {@code locale}, e.g. "Sandbox e-mail". */
    public String displayName(Locale locale) {
        return SandboxMessages.text(locale, "channel." + setting() + ".name");
    }

    /**
     * {@return a channel of this kind} {@code delivered} hears each message it delivers (customers may answer it);
     * a chat's server drops now and then by a schedule seeded with {@code seed}.
     */
    public SandboxChannel channel(String instanceId, Locale locale, long seed, Clock clock,
            Consumer<SandboxChannel.Delivery> delivered) {
        Optional<FlapSchedule> schedule = flaps
                ? Optional.of(new FlapSchedule(seed, Duration.ofMinutes(6), Duration.ofSeconds(8),
                        Duration.ofSeconds(25)))
                : Optional.empty();
        return new SandboxChannel(instanceId, displayName(locale), mediaType, capabilities, clock, schedule,
                flaps ? SandboxMessages.text(locale, "channel.chat.reconnecting") : "", dedup, delivered);
    }
}
