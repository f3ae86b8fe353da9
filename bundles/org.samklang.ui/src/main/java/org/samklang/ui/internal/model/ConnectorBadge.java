package org.samklang.ui.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.UnresolvedAddress;

/**
 * One plugin on the status line: "CRM ●", "Mail ◐ reconnecting".
 *
 * @param id      the plugin id, to keep widgets stable across updates
 * @param name    the display name
 * @param dot     "●" online, "◐" degraded, "○" offline
 * @param tone    the dot's colour class
 * @param note    a short reason when not online, else empty
 * @param tooltip the role, health, reason and since when, a channel's duplicates, and the addresses a presence
 *                source named people by that the directory does not resolve
 */
public record ConnectorBadge(String id, String name, String dot, Tone tone, String note, String tooltip) {

    private static final int MAX_NAME = 30;
    private static final int MAX_NOTE = 32;
    private static final int MAX_REASON = 300;

    /** {@return the badge of one status} */
    public static ConnectorBadge of(ConnectorStatus status, UiMessages messages, TimeTexts times) {
        String name = DisplayText.oneLine(status.displayName(), MAX_NAME);
        name = name.isEmpty() ? DisplayText.oneLine(status.id(), MAX_NAME) : name;
        // A desk setting file is named by the desktop in the user's language; the core's name is the fallback.
        String setting = "connector.configuration." + status.id();
        if (status.role() == ConnectorStatus.Role.CONFIGURATION && messages.has(setting)) {
            name = messages.format(setting);
        }
        String health = messages.format("connector.health." + UiMessages.keyOf(status.health()));
        String role = messages.format("connector.role." + UiMessages.keyOf(status.role()));
        boolean online = status.health() == ConnectorStatus.Health.ONLINE;
        String reason = status.role() == ConnectorStatus.Role.CONFIGURATION
                ? ConfigurationTexts.describe(status.reason(), messages)
                : DisplayText.oneLine(status.reason(), MAX_REASON);
        String tooltip = messages.format("connector.tooltip", name, role, health, since(status.since(), times));
        if (!reason.isEmpty()) {
            tooltip = tooltip + "\n" + reason;
        }
        if (status.duplicates() > 0) {
            tooltip = tooltip + "\n" + messages.format("connector.duplicates", status.duplicates());
        }
        boolean unresolved = status.unresolvedAddresses() > 0;
        if (unresolved) {
            tooltip = tooltip + "\n" + messages.format("connector.unresolved", status.unresolvedAddresses(),
                    examples(status.unresolvedExamples(), messages));
        }
        // A source that is up but names people nobody is still leaves the desk wrong about them: it shows as a warning.
        ConnectorStatus.Health shown = online && unresolved ? ConnectorStatus.Health.DEGRADED : status.health();
        String note = online
                ? unresolved ? messages.format("connector.note.unresolved", status.unresolvedAddresses()) : ""
                : DisplayText.oneLine(reason.isEmpty() ? health : reason, MAX_NOTE);
        return new ConnectorBadge(status.id(), name, dot(shown), tone(shown), DisplayText.oneLine(note, MAX_NOTE),
                tooltip);
    }

    private static String examples(List<UnresolvedAddress> examples, UiMessages messages) {
        return examples.stream().map(example -> example.matches() == 0
                ? messages.format("connector.unresolved.nobody", DisplayText.oneLine(example.reference(), 80))
                : messages.format("connector.unresolved.several", DisplayText.oneLine(example.reference(), 80),
                        example.matches()))
                .collect(Collectors.joining(", "));
    }

    private static String since(Instant since, TimeTexts times) {
        return times.moment(since);
    }

    private static String dot(ConnectorStatus.Health health) {
        return switch (health) {
            case ONLINE -> "\u25CF";
            case DEGRADED -> "\u25D0";
            case OFFLINE -> "\u25CB";
        };
    }

    private static Tone tone(ConnectorStatus.Health health) {
        return switch (health) {
            case ONLINE -> Tone.GOOD;
            case DEGRADED -> Tone.WARNING;
            case OFFLINE -> Tone.ERROR;
        };
    }
}
