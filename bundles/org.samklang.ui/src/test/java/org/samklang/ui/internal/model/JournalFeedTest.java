package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.JournalEvent;

class JournalFeedTest {

    private final FakeConversationService service = new FakeConversationService();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> seen = new ArrayList<>();
    private final JournalFeed feed = new JournalFeed(service, new JournalFeed.Listener() {

        @Override
        public void onEvent(JournalEvent event) {
            seen.add("event " + event.sequence());
        }

        @Override
        public void onFeedFailed(Throwable failure) {
            seen.add("failed");
        }

        @Override
        public void onFeedResumed() {
            seen.add("resumed");
        }
    }, scheduler);

    @Test
    void givenAJournalWithHistory_whenStarted_thenOnlyNewEventsAreFollowed() {
        service.lastSequence = 41;
        feed.start();
        assertEquals(41, service.subscriptions.get(0).after);
        service.subscriptions.get(0).listener.onEvent(created(42));
        assertEquals(List.of("event 42"), seen);
    }

    @Test
    void givenAStoreFailure_thenItResubscribesAfterAPauseFromTheLastEventSeen() {
        service.lastSequence = 10;
        feed.start();
        var first = service.subscriptions.get(0);
        first.listener.onEvent(created(11));
        first.listener.onEvent(created(12));

        first.listener.onError(new StoreUnavailableException(StoreUnavailableException.Reason.IO_ERROR, "io"));
        scheduler.advance(JournalFeed.RETRY_MILLIS - 1);
        assertEquals(1, service.subscriptions.size());
        scheduler.advance(1);

        assertEquals(2, service.subscriptions.size());
        assertEquals(12, service.subscriptions.get(1).after, "nothing after 12 is missed");
        assertEquals(List.of("event 11", "event 12", "failed", "resumed"), seen);
    }

    @Test
    void givenTheStoreIsDownAtStart_thenItKeepsTrying() {
        service.failReads = new StoreUnavailableException(StoreUnavailableException.Reason.LOCKED, "locked");
        feed.start();
        scheduler.advance(JournalFeed.RETRY_MILLIS);
        assertEquals(List.of("failed", "failed"), seen);
        service.failReads = null;
        service.lastSequence = 7;
        scheduler.advance(JournalFeed.RETRY_MILLIS);
        assertEquals(7, service.subscriptions.get(0).after);
        assertEquals("resumed", seen.get(seen.size() - 1));
    }

    @Test
    void closeStopsTheSubscriptionAndAnyRetry() {
        feed.start();
        feed.close();
        assertTrue(service.subscriptions.get(0).closed);
        service.subscriptions.get(0).listener.onError(
                new StoreUnavailableException(StoreUnavailableException.Reason.CLOSED, "closed"));
        scheduler.advance(JournalFeed.RETRY_MILLIS * 3);
        assertEquals(1, service.subscriptions.size());
        assertEquals(List.of(), seen);
    }

    private static JournalEvent created(long sequence) {
        return new JournalEvent.CustomerCreated(sequence, Instant.EPOCH, new CustomerId(1));
    }
}
