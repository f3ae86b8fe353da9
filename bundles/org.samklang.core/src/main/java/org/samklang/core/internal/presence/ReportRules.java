package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/** Rules the engine applies to an incoming source report before storing it. */
final class ReportRules {

    /** Reports from up to this far ahead of our clock are believed; later ones are clamped to now. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);

    private static final System.Logger LOG = System.getLogger(ReportRules.class.getName());

    private ReportRules() {
    }

    /**
     * {@return the report, or a copy confirmed now if it claims a confirmation beyond the allowed skew}
     * A source with a wrong clock must not keep its reports fresh for hours.
     */
    static PresenceReport clampConfirmation(PresenceReport report, Instant now) {
        if (report.confirmedAt().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            LOG.log(Level.WARNING, "{0} report for {1} confirmed in the future ({2}); counted as confirmed now",
                    report.source(), report.personId(), report.confirmedAt());
            return report.reconfirmedAt(now);
        }
        return report;
    }

    /**
     * {@return true if a PBX or chat-server report says nothing new compared with the current one, so it
     * only re-confirms it and the earlier start is kept}
     */
    static boolean repeats(PresenceReport current, PresenceReport report) {
        // A manual report's start is the person's decision time, which other clients set on purpose.
        return current != null && report.source() != PresenceSourceKind.MANUAL
                && current.source() == report.source() && current.state() == report.state()
                && current.reason() == report.reason() && Objects.equals(current.until(), report.until())
                && current.next() == report.next();
    }

    /**
     * {@return an id or text safe for a log line or message: control characters replaced, at most 60
     * characters} Ids in unknown-person events come from outside and may be hostile.
     */
    static String printable(String text) {
        if (text == null) {
            return "null";
        }
        String visible = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() <= 60 ? visible : visible.substring(0, 60) + "...";
    }

    /** {@return true if the report is the PBX saying that the call it reported before has ended} */
    static boolean endsCall(PresenceReport current, PresenceReport report) {
        return current != null && current.state() == PresenceState.ON_CALL
                && report.source() == PresenceSourceKind.PBX && report.state() != PresenceState.ON_CALL;
    }
}
