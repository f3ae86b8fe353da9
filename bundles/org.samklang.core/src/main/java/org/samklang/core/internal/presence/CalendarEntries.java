package org.samklang.core.internal.presence;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;

/** Cleans a calendar sync before the engine stores it: bad entries are dropped with a reason, not thrown. */
final class CalendarEntries {

    private static final System.Logger LOG = System.getLogger(CalendarEntries.class.getName());

    private CalendarEntries() {
    }

    /**
     * {@return the usable entries, earliest first, at most {@code max}}: entries that are null, not from the
     * calendar, about another person or without an end time are dropped and logged; confirmations from
     * beyond the allowed clock skew count as confirmed now.
     */
    static List<PresenceReport> clean(String personId, List<PresenceReport> entries, Instant now, int max) {
        List<PresenceReport> usable = entries.stream()
                .filter(entry -> isUsable(personId, entry))
                .map(entry -> ReportRules.clampConfirmation(entry, now))
                .sorted(Comparator.comparing(PresenceReport::from))
                .toList();
        if (usable.size() > max) {
            LOG.log(Level.WARNING, "Calendar of {0} has {1} entries; kept the earliest {2}", personId,
                    usable.size(), max);
            return usable.subList(0, max);
        }
        return usable;
    }

    private static boolean isUsable(String personId, PresenceReport entry) {
        String problem = entry == null
                ? "an empty entry"
                : entry.source() != PresenceSourceKind.CALENDAR
                        ? "a " + entry.source() + " report"
                        : !Objects.equals(personId, entry.personId())
                                ? "an entry of " + entry.personId()
                                : entry.until() == null
                                        ? "an entry without an end (" + entry.from() + ")"
                                        : null;
        if (problem != null) {
            LOG.log(Level.WARNING, "Calendar of {0}: dropped {1}", personId, problem);
        }
        return problem == null;
    }
}
