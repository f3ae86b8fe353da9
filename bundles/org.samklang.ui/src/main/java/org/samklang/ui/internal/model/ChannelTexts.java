package org.samklang.ui.internal.model;

import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.MediaType;

/**
 * How a media type and a conversation state read in the UI: a one-character glyph for lists ("☎", "✉", "💬", "@")
 * and a translated name. Pure and thread-safe.
 */
public final class ChannelTexts {

    /** The chat glyph where no emoji font is installed: a speech-like quotation ornament every font has. */
    static final String CHAT_WITHOUT_EMOJI = "\u275D";

    private static volatile boolean emojiAvailable = true;

    private final UiMessages messages;

    public ChannelTexts(UiMessages messages) {
        this.messages = messages;
    }

    /**
     * {@return a text glyph for lists} Plain characters rather than images, so they follow the system font and
     * need no resources; the social one is an "@" because handles are what people recognise. The chat bubble is an
     * emoji, so without an emoji font a plainer glyph stands in (GTK would draw a box with hex digits).
     */
    public static String glyph(MediaType mediaType) {
        return switch (mediaType) {
            case VOICE -> "\u260E";
            case EMAIL -> "\u2709";
            case CHAT -> emojiAvailable ? "\uD83D\uDCAC" : CHAT_WITHOUT_EMOJI;
            case SOCIAL -> "@";
        };
    }

    /** Tells the glyphs whether the desktop has an emoji font; the UI checks once at start. */
    public static void setEmojiAvailable(boolean available) {
        emojiAvailable = available;
    }

    /** {@return the media type's name as a label, e.g. "Email"} */
    public String name(MediaType mediaType) {
        return messages.format("media." + UiMessages.keyOf(mediaType));
    }

    /** {@return the conversation state's name, e.g. "On hold"} */
    public String state(ConversationState state) {
        return messages.format("state." + UiMessages.keyOf(state));
    }
}
