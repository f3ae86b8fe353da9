package org.samklang.ui.internal.model;

import java.util.Optional;

import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.StoreHealth;

/**
 * What the desktop says about its store, in the user's language: the status-line badge and the window's banner while
 * the store cannot save, and the start-up dialog when it cannot be opened at all. Every text names what happened,
 * since when, what it means for the agent's work, and what to do. Pure and thread-safe.
 */
public final class StoreTexts {

    /** The banner across the window: a headline and what it means and what to do. */
    public record Banner(String headline, String body, String tooltip) {
    }

    /** The dialog when the desk cannot work: a title, what happened, what to do, and the technical details. */
    public record Problem(String title, String what, String todo, String location, String details) {
    }

    private static final int MAX_DETAIL = 400;

    private final UiMessages messages;
    private final TimeTexts times;

    public StoreTexts(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.times = times;
    }

    /** {@return the store's badge on the status line while it cannot save or be used; empty while it is well} */
    public Optional<ConnectorBadge> badge(StoreHealth health) {
        Optional<Reason> reason = shown(health);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        String key = UiMessages.keyOf(reason.get());
        String name = messages.format("store.name");
        String tooltip = messages.format("store.tooltip", name, times.moment(health.since()),
                messages.format("failure.store." + key));
        String detail = DisplayText.oneLine(health.detail(), MAX_DETAIL);
        return Optional.of(new ConnectorBadge("store", name, "\u25CB", Tone.ERROR,
                messages.format("store.note." + key), detail.isEmpty() ? tooltip : tooltip + "\n" + detail));
    }

    /** {@return the banner while the store cannot save; empty otherwise (the dialog speaks when it is unusable)} */
    public Optional<Banner> banner(StoreHealth health) {
        if (health.state() != StoreHealth.State.CANNOT_SAVE) {
            return Optional.empty();
        }
        String key = UiMessages.keyOf(health.reason().orElseThrow());
        String since = times.moment(health.since());
        String headline = messages.format(messages.has("store.banner." + key)
                ? "store.banner." + key
                : "store.banner.other", since);
        String body = messages.format("store.banner.meaning", health.location());
        String tooltip = DisplayText.oneLine(health.detail(), MAX_DETAIL);
        if (health.refused() > 0) {
            tooltip = messages.format("store.banner.refused", health.refused()) + "\n" + tooltip;
        }
        return Optional.of(new Banner(headline, body, tooltip));
    }

    /** {@return the start-up problem of a store that cannot be opened; empty in any other state} */
    public Optional<Problem> problem(StoreHealth health) {
        if (health.state() != StoreHealth.State.UNUSABLE) {
            return Optional.empty();
        }
        String key = UiMessages.keyOf(health.reason().orElseThrow());
        String prefix = messages.has("store.unusable." + key + ".what")
                ? "store.unusable." + key
                : "store.unusable.io_error";
        String title = messages.format(health.reason().get() == Reason.LOCKED
                ? "store.unusable.locked.title"
                : "store.unusable.title");
        return Optional.of(new Problem(title, messages.format(prefix + ".what"), messages.format(prefix + ".todo"),
                health.location(), DisplayText.oneLine(health.detail(), MAX_DETAIL)));
    }

    /** {@return the problem of a second desk started on a data folder another desk uses} */
    public Problem dataFolderInUse(String dataFolder) {
        return new Problem(messages.format("store.unusable.locked.title"),
                messages.format("store.unusable.locked.what"), messages.format("store.unusable.locked.todo"),
                dataFolder, "");
    }

    private static Optional<Reason> shown(StoreHealth health) {
        return health.state() == StoreHealth.State.CANNOT_SAVE || health.state() == StoreHealth.State.UNUSABLE
                ? health.reason()
                : Optional.empty();
    }
}
