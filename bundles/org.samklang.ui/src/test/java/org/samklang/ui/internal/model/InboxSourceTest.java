package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;

class InboxSourceTest {

    @Test
    void blankSearchTextMeansNoSearch() {
        InboxSource source = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(),
                Optional.of("  \t "));
        assertEquals(Optional.empty(), source.searchText());
        assertTrue(source.totalIsExact());
    }

    @Test
    void searchTextIsCleanedAndBounded() {
        InboxSource source = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(),
                Optional.of(" leve\u200Brans\n" + "x".repeat(500)));
        String text = source.searchText().orElseThrow();
        assertTrue(text.startsWith("leverans x"), text);
        assertEquals(InboxSource.MAX_SEARCH_LENGTH, text.length());
        assertFalse(source.totalIsExact());
    }

    @Test
    void givenAMediaFilter_thenOnlyThatMediaIsAccepted() {
        InboxSource email = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.of(MediaType.EMAIL),
                Optional.empty());
        assertTrue(email.accepts(TestData.conversation(1, 1, MediaType.EMAIL, "x")));
        assertFalse(email.accepts(TestData.conversation(2, 1, MediaType.CHAT, "x")));
        assertTrue(email.totalIsExact(), "the engine filters media itself, so its total is exact");
    }

    @Test
    void givenASearchInMine_thenOnlyMyOpenConversationsAreAccepted() {
        InboxSource mine = new InboxSource(InboxQuery.mine("karin"), Optional.empty(), Optional.of("order"));
        assertTrue(mine.accepts(TestData.conversation(1, 1, MediaType.EMAIL, ConversationState.ACTIVE, "s",
                Optional.of("karin"), TestData.NOW)));
        assertFalse(mine.accepts(TestData.conversation(2, 1, MediaType.EMAIL, ConversationState.ACTIVE, "s",
                Optional.of("anders"), TestData.NOW)));
        assertFalse(mine.accepts(TestData.conversation(3, 1, MediaType.EMAIL, ConversationState.CLOSED, "s",
                Optional.of("karin"), TestData.NOW)));
    }

    @Test
    void givenASearchInAll_thenClosedConversationsAreFoundToo() {
        InboxSource all = new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(), Optional.of("x"));
        assertTrue(all.accepts(TestData.conversation(3, 1, MediaType.EMAIL, ConversationState.CLOSED, "s",
                Optional.empty(), TestData.NOW)));
    }
}
