package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConnectorStatus.Role;

/**
 * What the empty conversation region says on a desk that lacks what work needs: no channel (nothing comes in), no
 * people directory (reception and presence are empty), no phone (no calls). One plain line per missing part and one
 * that says where to add them, in the muted tone: a desk being set up is not a fault. Nothing when all are there.
 * Pure.
 */
public final class EmptyDesk {

    /** The parts of a working desk, in the order they are named. */
    public enum Part {

        CHANNELS(Role.CHANNEL), DIRECTORY(Role.PRESENCE), PHONE(Role.TELEPHONY);

        private final Role role;

        Part(Role role) {
            this.role = role;
        }
    }

    private final UiMessages messages;

    public EmptyDesk(UiMessages messages) {
        this.messages = messages;
    }

    /** {@return the parts no installed plugin provides} */
    public static Set<Part> missing(List<ConnectorStatus> plugins) {
        Set<Part> missing = EnumSet.allOf(Part.class);
        for (ConnectorStatus plugin : plugins) {
            missing.removeIf(part -> part.role == plugin.role());
        }
        return missing;
    }

    /**
     * {@return the lines to show, empty when nothing is missing}
     *
     * @param settingsKey the key that opens Settings, when it has one
     */
    public List<String> lines(List<ConnectorStatus> plugins, Optional<String> settingsKey) {
        Set<Part> missing = missing(plugins);
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (missing.size() == Part.values().length) {
            lines.add(messages.format("empty.nothing"));
        }
        missing.forEach(part -> lines.add(messages.format("empty." + UiMessages.keyOf(part))));
        lines.add(settingsKey.map(key -> messages.format("empty.settingsKey", key))
                .orElseGet(() -> messages.format("empty.settings")));
        return List.copyOf(lines);
    }
}
