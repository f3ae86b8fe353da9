package org.samklang.ui.internal.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.samklang.core.api.model.Presence;

/**
 * What the empty conversation region tells an agent who has not opened anything yet: whether work will be offered
 * to them now (and, if not, the key that makes them Ready), how to pick work up themselves, and the key that lists
 * every key. A new agent starts Offline; without this nothing on the screen said why no work came. Pure.
 */
public final class DeskGuide {

    /**
     * The keys the guide names, as currently bound (e.g. "Ctrl+Shift+R").
     *
     * @param ready   goes Ready
     * @param accept  accepts the offered work
     * @param list    moves into the conversation list
     * @param allKeys shows every key
     */
    public record Keys(String ready, String accept, String list, String allKeys) {

        public Keys {
            Objects.requireNonNull(ready, "ready");
            Objects.requireNonNull(accept, "accept");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(allKeys, "allKeys");
        }
    }

    private final UiMessages messages;
    private final PresenceTexts presence;

    public DeskGuide(UiMessages messages, PresenceTexts presence) {
        this.messages = messages;
        this.presence = presence;
    }

    /**
     * {@return the guide's lines, first the one about work being offered}
     *
     * @param me my presence, empty while the desk does not yet know who is signed in
     */
    public List<String> lines(Optional<Presence> me, Keys keys) {
        return List.of(offerLine(me, keys), messages.format("guide.pick", keys.list()),
                messages.format("guide.keys", keys.allKeys()));
    }

    /** {@return true when the first line is a call to act (work is not offered), to be shown as a warning} */
    public static boolean needsAction(Optional<Presence> me) {
        return me.map(p -> !p.routable()).orElse(true);
    }

    private String offerLine(Optional<Presence> me, Keys keys) {
        if (me.isEmpty()) {
            return messages.format("guide.noState");
        }
        Presence mine = me.get();
        return mine.routable()
                ? messages.format("guide.ready", presence.state(mine.state()), keys.accept())
                : messages.format("guide.notReady", presence.state(mine.state()), keys.ready());
    }
}
