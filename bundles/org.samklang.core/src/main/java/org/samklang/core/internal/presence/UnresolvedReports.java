package org.samklang.core.internal.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.UnresolvedAddress;

/**
 * What one presence source said about people the directory cannot resolve, kept until it can: the newest report per
 * address and kind, and the newest calendar, for at most {@value #MAX_ADDRESSES} addresses (beyond that an address
 * is counted but not kept). Not thread-safe; its {@link PresenceFeed} guards it.
 */
final class UnresolvedReports {

    static final int MAX_ADDRESSES = 1_000;

    /** What waits for one address. */
    private static final class Waiting {

        final Map<PresenceSourceKind, PresenceReport> reports = new EnumMap<>(PresenceSourceKind.class);
        List<PresenceReport> calendar;
        int matches;
    }

    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private long notKept;

    /** Keeps a report until its address resolves; {@code matches} is how many people had it (0 or 2+). */
    void keep(String reference, int matches, PresenceReport report) {
        Waiting entry = entry(reference, matches);
        if (entry != null) {
            entry.reports.put(report.source(), report);
        }
    }

    /** Keeps a calendar until its address resolves. */
    void keepCalendar(String reference, int matches, List<PresenceReport> entries) {
        Waiting entry = entry(reference, matches);
        if (entry != null) {
            entry.calendar = List.copyOf(entries);
        }
    }

    /** The source withdrew what it said of {@code kind} about the address. */
    void withdraw(String reference, PresenceSourceKind kind) {
        Waiting entry = waiting.get(reference);
        if (entry == null) {
            return;
        }
        if (kind == PresenceSourceKind.CALENDAR) {
            entry.calendar = null;
        } else {
            entry.reports.remove(kind);
        }
        if (entry.reports.isEmpty() && entry.calendar == null) {
            waiting.remove(reference);
        }
    }

    /** Re-confirms the kept reports of {@code kind}, as the source's heartbeat does for its applied ones. */
    void reconfirm(PresenceSourceKind kind, Instant at) {
        for (Waiting entry : waiting.values()) {
            entry.reports.computeIfPresent(kind, (k, report) -> report.reconfirmedAt(at));
        }
    }

    /**
     * Hands every address that now resolves, with what waited for it, to {@code apply} and forgets it; the others
     * stay, with their match count brought up to date.
     */
    void retry(PersonAddresses addresses, BiConsumer<String, Released> apply) {
        Iterator<Map.Entry<String, Waiting>> entries = waiting.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Waiting> entry = entries.next();
            PersonAddresses.Resolution resolution = addresses.resolve(entry.getKey());
            if (resolution.resolved()) {
                entries.remove();
                apply.accept(resolution.personId(), new Released(List.copyOf(entry.getValue().reports.values()),
                        entry.getValue().calendar));
            } else {
                entry.getValue().matches = resolution.matches();
            }
        }
    }

    /** What waited for an address that resolves now. */
    record Released(List<PresenceReport> reports, List<PresenceReport> calendar) {
    }

    int count() {
        return waiting.size();
    }

    /** How many addresses arrived while {@value #MAX_ADDRESSES} were already kept; their reports were not kept. */
    long notKept() {
        return notKept;
    }

    /** {@return the first {@code limit} addresses, in the order they came} */
    List<UnresolvedAddress> examples(int limit) {
        List<UnresolvedAddress> examples = new ArrayList<>();
        for (Map.Entry<String, Waiting> entry : waiting.entrySet()) {
            if (examples.size() == limit) {
                break;
            }
            examples.add(new UnresolvedAddress(entry.getKey(), entry.getValue().matches));
        }
        return examples;
    }

    void clear() {
        waiting.clear();
    }

    private Waiting entry(String reference, int matches) {
        Waiting entry = waiting.get(reference);
        if (entry == null) {
            if (waiting.size() >= MAX_ADDRESSES) {
                notKept++;
                return null;
            }
            entry = new Waiting();
            waiting.put(reference, entry);
        }
        entry.matches = matches;
        return entry;
    }
}
