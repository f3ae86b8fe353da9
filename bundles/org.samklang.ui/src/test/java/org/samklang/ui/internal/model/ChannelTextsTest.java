package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.MediaType;

class ChannelTextsTest {

    @AfterEach
    void restoreEmoji() {
        ChannelTexts.setEmojiAvailable(true);
    }

    @Test
    void everyMediaTypeHasAGlyph() {
        assertEquals("\u260E", ChannelTexts.glyph(MediaType.VOICE));
        assertEquals("\u2709", ChannelTexts.glyph(MediaType.EMAIL));
        assertEquals("\uD83D\uDCAC", ChannelTexts.glyph(MediaType.CHAT));
        assertEquals("@", ChannelTexts.glyph(MediaType.SOCIAL));
    }

    @Test
    void givenNoEmojiFont_theChatGlyphIsOneEveryFontHas() {
        ChannelTexts.setEmojiAvailable(false);
        assertEquals(ChannelTexts.CHAT_WITHOUT_EMOJI, ChannelTexts.glyph(MediaType.CHAT));
        assertEquals(1, ChannelTexts.glyph(MediaType.CHAT).length(), "a plain BMP character");
    }

    @Test
    void namesAreTranslated() {
        ChannelTexts swedish = new ChannelTexts(UiMessages.forLocale(Locale.forLanguageTag("sv")));
        assertEquals("E-post", swedish.name(MediaType.EMAIL));
        assertEquals("Parkerad", swedish.state(ConversationState.ON_HOLD));
    }
}
