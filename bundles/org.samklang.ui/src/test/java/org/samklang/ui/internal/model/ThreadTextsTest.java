package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.MediaType;

class ThreadTextsTest {

    @Test
    void headerSubjectAndComposerLabelInEnglishAndSwedish() {
        var conversation = TestData.conversation(1, 1, MediaType.EMAIL, ConversationState.ACTIVE,
                "Var är min order?", Optional.empty(), TestData.NOW);
        ThreadTexts english = new ThreadTexts(UiMessages.forLocale(Locale.ENGLISH));
        ThreadTexts swedish = new ThreadTexts(UiMessages.forLocale(Locale.forLanguageTag("sv")));
        assertEquals("Anna Lindqvist · Email · Active", english.header(conversation, "Anna Lindqvist"));
        assertEquals("Subject: Var är min order?", english.subject(conversation));
        assertEquals("Reply on Email", english.replyOn(conversation));
        assertEquals("Svara via E-post", swedish.replyOn(conversation));
        assertEquals("", english.subject(TestData.conversation(2, 1, MediaType.CHAT, "")));
    }
}
