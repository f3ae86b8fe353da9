package org.samklang.ui.internal.model;

import java.time.Duration;
import java.util.Locale;

/**
 * Waiting and handling times as agents read them: compact ("42 s", "4 min", "2 h", "3 d") for lists, and
 * clock-like ("0:42", "12:05", "1:02:03") for queue figures. Negative durations (clock skew between a plugin and
 * the desktop) show as zero rather than as nonsense. Pure and thread-safe.
 */
public final class Durations {

    private final UiMessages messages;

    public Durations(UiMessages messages) {
        this.messages = messages;
    }

    /** {@return the duration in its largest whole unit, rounded down: "42 s", "4 min", "2 h", "3 d"} */
    public String compact(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return messages.format("duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.format("duration.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return messages.format("duration.hours", seconds / 3600);
        }
        return messages.format("duration.days", seconds / 86_400);
    }

    /** {@return "m:ss" below an hour, else "h:mm:ss"; locale-neutral digits as on a wallboard} */
    public static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }
}
