package org.samklang.ui.internal.model;

import java.time.Clock;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.samklang.core.api.ChannelLimitException;
import org.samklang.core.api.StoreUnavailableException;

/**
 * Says in the user's language why an engine call failed, for error lines in the parts.
 * <p>
 * A store failure has a reason the UI translates itself, and so has a reply that does not fit its channel
 * ({@link ChannelLimitException}); the engine's own messages for invalid requests
 * ({@link IllegalArgumentException}, {@link IllegalStateException}: "the reply window has closed") are sentences
 * meant for the user and are shown as they are, cleaned. Anything else is a bug and shows its type, so a
 * screenshot says what happened. Pure and thread-safe.
 */
public final class FailureTexts {

    private static final int MAX_DETAIL = 300;

    private FailureTexts() {
    }

    /** {@return one line describing {@code failure}, unwrapping future wrappers; times in the system's zone} */
    public static String describe(Throwable failure, UiMessages messages) {
        return describe(failure, messages, new TimeTexts(Clock.systemDefaultZone(), messages));
    }

    /** {@return one line describing {@code failure}, unwrapping future wrappers; times as {@code times} says} */
    public static String describe(Throwable failure, UiMessages messages, TimeTexts times) {
        Throwable cause = unwrap(failure);
        if (cause instanceof StoreUnavailableException store) {
            return messages.format("failure.store." + UiMessages.keyOf(store.reason()));
        }
        if (cause instanceof ChannelLimitException limit) {
            return new ChannelLimitTexts(messages, times).describe(limit.problem());
        }
        String detail = DisplayText.oneLine(cause.getMessage(), MAX_DETAIL);
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
            return detail.isEmpty() ? messages.format("failure.rejected") : detail;
        }
        return detail.isEmpty()
                ? messages.format("failure.unexpected", cause.getClass().getSimpleName())
                : messages.format("failure.unexpectedWithDetail", cause.getClass().getSimpleName(), detail);
    }

    /** {@return the cause a {@code CompletableFuture} or executor wrapped} */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
