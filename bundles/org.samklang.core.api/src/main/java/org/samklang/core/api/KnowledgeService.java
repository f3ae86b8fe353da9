package org.samklang.core.api;

import java.util.List;
import java.util.Objects;
import org.samklang.core.api.model.KnowledgeEntry;

/**
 * One knowledge base for every channel: FAQ articles and canned responses, so an agent gives the same answer on
 * the phone, in a mail and in a chat.
 * <p>
 * <b>Threading.</b> The queries read an in-memory index and return within milliseconds; they may be called
 * from any thread, including the UI thread for search-as-you-type. Sources load in the background after the desk
 * starts: {@link #status()} says whether they are still loading, and {@link #subscribe} tells when that changes.
 */
public interface KnowledgeService {

    /**
     * Articles and canned responses matching the words of a query, best first.
     *
     * @param text free text; blank gives the most used articles
     * @param limit at most this many results (1..100)
     */
    List<KnowledgeEntry> search(String text, int limit);

    /**
     * Suggestions for what a customer wrote or said, best first (the words of the subject and body).
     *
     * @param customerText the customer's latest message
     * @param limit at most this many results (1..100)
     */
    List<KnowledgeEntry> suggest(String customerText, int limit);

    /** {@return how the knowledge base stands now: in memory, never blocks} */
    Status status();

    /**
     * Calls {@code changed} after the articles or the {@linkplain #status() status} changed (a source finished
     * loading, failed, or left), on a core thread, one call at a time; it must return quickly and must not block.
     * An exception it throws is logged and does not stop later calls.
     *
     * @return a handle that ends the subscription; closing it twice is harmless
     */
    Subscription subscribe(Runnable changed);

    /**
     * Where the knowledge base stands. Loading, empty and failed are different answers: an agent told "empty" while
     * a source is still loading, or after it failed, stops looking for answers that are on their way or missing.
     */
    enum Availability {
        /** No knowledge source is connected. */
        NO_SOURCE,
        /** A source is still delivering its articles; what the others delivered is searchable. */
        LOADING,
        /** Every source delivered its articles, possibly none. */
        READY,
        /** A source could not deliver; {@link Status#failures()} names it and says why. The rest is searchable. */
        FAILED
    }

    /**
     * The knowledge base's standing.
     *
     * @param availability where it stands
     * @param failures     for {@link Availability#FAILED}, each source that could not deliver; empty otherwise
     */
    record Status(Availability availability, List<SourceFailure> failures) {

        public Status {
            Objects.requireNonNull(availability, "availability");
            failures = List.copyOf(failures);
        }

        /** A standing without failures. */
        public Status(Availability availability) {
            this(availability, List.of());
        }
    }

    /**
     * A knowledge source that could not deliver: data for the desktop's sentence, not a sentence.
     *
     * @param source         the source's display name
     * @param timeoutSeconds the seconds waited, when it did not answer in time; 0 when it failed
     * @param error          the source's error message, when it failed; empty when it timed out
     */
    record SourceFailure(String source, long timeoutSeconds, String error) {

        public SourceFailure {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(error, "error");
        }
    }

    /** Ends a subscription. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {

        /** Stops further calls; idempotent, never throws. */
        @Override
        void close();
    }
}
