package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;

class TimelineStateTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final FakeConversationService service = new FakeConversationService();
    private final TimelineState state = new TimelineState();

    @Test
    void givenAPageNewestFirst_thenItIsShownOldestFirst() {
        addMessages(3);
        TimelineState.Request request = state.begin(new CustomerId(1));
        state.accept(request, service.timeline(request.customer(), request.page()));
        assertEquals(List.of(1L, 2L, 3L), ids(state.oldestFirst()));
        assertFalse(state.hasOlder());
        assertEquals("Timeline on every channel: 3 of 3 messages", state.summary(english));
    }

    @Test
    void showEarlierPutsTheOlderPageAboveTheShownMessages() {
        addMessages(TimelineState.PAGE_SIZE + 5);
        TimelineState.Request first = state.begin(new CustomerId(1));
        state.accept(first, service.timeline(first.customer(), first.page()));
        assertTrue(state.hasOlder());

        TimelineState.Request older = state.older().orElseThrow();
        assertEquals(Optional.empty(), state.older(), "one read at a time");
        state.accept(older, service.timeline(older.customer(), older.page()));

        List<Long> shown = ids(state.oldestFirst());
        assertEquals(TimelineState.PAGE_SIZE + 5, shown.size());
        assertEquals(1L, shown.get(0));
        assertEquals(TimelineState.PAGE_SIZE + 5L, shown.get(shown.size() - 1));
    }

    @Test
    void givenAnotherCustomerWasSelected_thenTheSlowTimelineOfTheFirstIsDropped() {
        addMessages(2);
        TimelineState.Request slow = state.begin(new CustomerId(1));
        TimelineState.Request current = state.begin(new CustomerId(2));
        assertFalse(state.accept(slow, service.timeline(slow.customer(), slow.page())));
        assertFalse(state.isLoaded());
        assertTrue(state.accept(current, service.timeline(current.customer(), current.page())));
        assertEquals("No messages yet", state.summary(english));
    }

    @Test
    void aRefreshCoversEverythingShownAndReplacesIt() {
        addMessages(TimelineState.PAGE_SIZE + 5);
        TimelineState.Request first = state.begin(new CustomerId(1));
        state.accept(first, service.timeline(first.customer(), first.page()));
        TimelineState.Request older = state.older().orElseThrow();
        state.accept(older, service.timeline(older.customer(), older.page()));
        service.messages.add(0, TestData.inbound(1_000, 1, 1, MediaType.CHAT, "", "new", TestData.NOW));

        TimelineState.Request refresh = state.refresh().orElseThrow();

        assertEquals(TimelineState.PAGE_SIZE + 5, refresh.page().size());
        state.accept(refresh, service.timeline(refresh.customer(), refresh.page()));
        List<Long> shown = ids(state.oldestFirst());
        assertEquals(1_000L, shown.get(shown.size() - 1));
    }

    @Test
    void theConversationsOnScreenAreKnownForJournalMatching() {
        service.messages.add(TestData.inbound(2, 7, 1, MediaType.CHAT, "", "b", TestData.NOW));
        service.messages.add(TestData.inbound(1, 8, 1, MediaType.EMAIL, "", "a", TestData.NOW));
        TimelineState.Request request = state.begin(new CustomerId(1));
        state.accept(request, service.timeline(request.customer(), request.page()));
        assertEquals(Set.of(new ConversationId(7), new ConversationId(8)), state.shownConversations());
    }

    @Test
    void aFailureIsShownInTheSummary() {
        TimelineState.Request request = state.begin(new CustomerId(1));
        state.failed(request, new StoreUnavailableException(StoreUnavailableException.Reason.CLOSED, "closed"));
        assertEquals("Could not read the timeline: The engine is shutting down.", state.summary(english));
    }

    @Test
    void beforeAnythingArrives_theSummarySaysLoading() {
        state.begin(new CustomerId(1));
        assertEquals("Loading the timeline…", state.summary(english));
        assertEquals(Optional.empty(), new TimelineState().refresh(), "nothing to refresh before a selection");
    }

    private void addMessages(int count) {
        List<Message> newestFirst = new ArrayList<>();
        for (int i = count; i >= 1; i--) {
            newestFirst.add(TestData.inbound(i, 1, 1, MediaType.EMAIL, "s", "text " + i,
                    TestData.NOW.minusSeconds(1_000L - i)));
        }
        service.messages.addAll(newestFirst);
    }

    private static List<Long> ids(List<Message> messages) {
        return messages.stream().map(m -> m.id().value()).toList();
    }
}
