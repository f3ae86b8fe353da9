package org.samklang.core.spi;

import java.util.Set;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.PresenceSourceKind;

/**
 * What a {@link PresenceSource} feeds the core, declared up front: the core ignores (and logs) calls to the
 * {@link PresenceSink} that were not declared, and withdraws exactly these when the source goes away.
 *
 * @param reports   the source kinds of the live reports it sends through {@link PresenceSink#report}; never
 *                  {@code SYSTEM} and never {@code CALENDAR} (calendars go through
 *                  {@link PresenceSink#replaceCalendar})
 * @param directory whether it supplies the people directory (at most one active source should)
 * @param calendar  whether it supplies calendar entries
 */
public record PresenceCapabilities(Set<PresenceSourceKind> reports, boolean directory, boolean calendar) {

    public PresenceCapabilities {
        reports = Set.copyOf(Checks.notNull(reports, "reports"));
        if (reports.contains(PresenceSourceKind.SYSTEM) || reports.contains(PresenceSourceKind.CALENDAR)) {
            throw new IllegalArgumentException("live reports cannot be of kind SYSTEM or CALENDAR, got " + reports);
        }
    }
}
