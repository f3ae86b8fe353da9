package org.samklang.ui.internal.settings.model;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.ui.internal.model.UiMessages;

/**
 * What the presenter's helpers share: the state, the screen, the texts, the service bound now, how to get back to
 * the UI thread and how to show the state again after a change.
 */
record SettingsContext(SettingsState state, SettingsScreen screen, SettingsTexts texts, Executor ui,
        Supplier<PluginSettingsService> service, Runnable refresh) {

    UiMessages messages() {
        return texts.messages();
    }

    Locale locale() {
        return texts.locale();
    }

    /**
     * Continues on the UI thread with a future's outcome; the service's futures complete on core threads, and
     * {@code then} must never run there.
     */
    <T> void onUi(CompletableFuture<T> future, BiConsumer<T, Throwable> then) {
        future.whenComplete((value, failure) -> ui.execute(() -> then.accept(value, failure)));
    }
}
