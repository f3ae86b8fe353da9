package org.samklang.ui.internal.model;

import java.util.Objects;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.JournalEvent;

/**
 * A part's live view of the journal that survives store hiccups: it subscribes from the journal's current end,
 * and when the store fails it reports the failure and subscribes again after a pause from the last sequence it
 * saw, so no event is missed (users' first complaint about comparable desktops).
 * <p>
 * Thread-safe. {@link #start()} reads the store (the journal's end) and may block briefly: call it off the UI
 * thread. Listener methods are called on engine or scheduler threads and must not block.
 */
public final class JournalFeed implements AutoCloseable {

    /** Pause before subscribing again after the store failed. */
    public static final long RETRY_MILLIS = 5_000;

    /** Receives what the feed sees. */
    public interface Listener {

        /** One journal event, in order; decide here whether it matters. */
        void onEvent(JournalEvent event);

        /** The store failed; the feed will try again. */
        default void onFeedFailed(Throwable failure) {
        }

        /** The feed is subscribed again after a failure. */
        default void onFeedResumed() {
        }
    }

    private final ConversationService conversations;
    private final Listener listener;
    private final Scheduler scheduler;
    private JournalSubscription subscription;
    private long resumeAfter = -1;
    private boolean failed;
    private boolean closed;

    public JournalFeed(ConversationService conversations, Listener listener, Scheduler scheduler) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Subscribes from the journal's current end (or from where a failed subscription stopped). */
    public void start() {
        long after;
        synchronized (this) {
            if (closed || subscription != null) {
                return;
            }
            after = resumeAfter;
        }
        try {
            long from = after >= 0 ? after : conversations.lastSequence();
            JournalSubscription opened = conversations.subscribe(from, new Relay());
            boolean resumed;
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                subscription = opened;
                resumeAfter = from;
                resumed = failed;
                failed = false;
            }
            if (resumed) {
                listener.onFeedResumed();
            }
        } catch (RuntimeException e) {
            retryLater(e);
        }
    }

    /** Stops the feed; idempotent. */
    @Override
    public void close() {
        JournalSubscription open;
        synchronized (this) {
            closed = true;
            open = subscription;
            subscription = null;
        }
        if (open != null) {
            open.close();
        }
    }

    private void retryLater(Throwable failure) {
        synchronized (this) {
            if (closed) {
                return;
            }
            failed = true;
        }
        listener.onFeedFailed(failure);
        scheduler.schedule(this::start, RETRY_MILLIS);
    }

    /** Forwards events and turns a store failure into a later resubscription from the last delivered event. */
    private final class Relay implements JournalListener {

        @Override
        public void onEvent(JournalEvent event) {
            synchronized (JournalFeed.this) {
                resumeAfter = Math.max(resumeAfter, event.sequence());
            }
            listener.onEvent(event);
        }

        @Override
        public void onError(StoreUnavailableException error) {
            synchronized (JournalFeed.this) {
                subscription = null;
            }
            retryLater(error);
        }
    }
}
