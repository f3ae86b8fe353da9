package org.samklang.ui.internal.settings.model;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.Scheduler;
import org.samklang.ui.internal.model.UiMessages;

/**
 * What the presenter's helpers share: the state, the screen, the texts, the service bound now, how to get back to
 * the UI thread, the scheduler that ends a wait for an answer, and how to show the state again after a change.
 */
record SettingsContext(SettingsState state, SettingsScreen screen, SettingsTexts texts, Executor ui,
        Executor calls, Scheduler scheduler, Supplier<PluginSettingsService> service, Runnable refresh) {

    /** How long the view waits for the service's answer to a check, a save, a listing or an instance change. */
    static final long ANSWER_MILLIS = 20_000;

    /**
     * How long it waits for Test connection: the service gives the plugin 30 seconds and then answers itself, so
     * this limit only ends a wait for a service that does not keep its contract.
     */
    static final long TEST_MILLIS = 45_000;

    private static final long MILLIS_PER_SECOND = 1000;

    UiMessages messages() {
        return texts.messages();
    }

    Locale locale() {
        return texts.locale();
    }

    /**
     * Asks {@code asked} on the calls' thread, never the UI thread: the service promises to return at once, and an
     * implementation that blocks in the call itself still cannot freeze the window (the wait for its answer ends
     * after its limit).
     */
    <T> CompletableFuture<T> ask(PluginSettingsService asked,
            java.util.function.Function<PluginSettingsService, CompletableFuture<T>> request) {
        return ask(calls, asked, request);
    }

    static <T> CompletableFuture<T> ask(Executor calls, PluginSettingsService asked,
            java.util.function.Function<PluginSettingsService, CompletableFuture<T>> request) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        calls.execute(() -> {
            try {
                request.apply(asked).whenComplete((value, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        answer.complete(value);
                    }
                });
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** Continues on the UI thread with a future's outcome, waiting at most {@link #ANSWER_MILLIS}. */
    <T> void onUi(CompletableFuture<T> future, BiConsumer<T, Throwable> then) {
        onUi(future, ANSWER_MILLIS, then);
    }

    /**
     * Continues on the UI thread with a future's outcome, or with an {@link AnswerTimeout} once {@code limitMillis}
     * passed without one (an answer after that is dropped: the list shows its effect). The service's futures
     * complete on core threads, and {@code then} must never run there.
     */
    <T> void onUi(CompletableFuture<T> future, long limitMillis, BiConsumer<T, Throwable> then) {
        AtomicBoolean over = new AtomicBoolean();
        future.whenComplete((value, failure) -> {
            if (over.compareAndSet(false, true)) {
                ui.execute(() -> then.accept(value, failure));
            }
        });
        if (!over.get()) {
            scheduler.schedule(() -> {
                if (over.compareAndSet(false, true)) {
                    ui.execute(() -> then.accept(null, new AnswerTimeout(limitMillis / MILLIS_PER_SECOND)));
                }
            }, limitMillis);
        }
    }

    /** {@return why a call failed, in the user's words; a timeout says it may still be done} */
    String describe(Throwable failure) {
        return describe(failure, messages());
    }

    static String describe(Throwable failure, org.samklang.ui.internal.model.UiMessages messages) {
        Throwable cause = FailureTexts.unwrap(failure);
        return cause instanceof AnswerTimeout timeout
                ? messages.format("settings.timeout", timeout.seconds())
                : FailureTexts.describe(cause, messages);
    }
}
