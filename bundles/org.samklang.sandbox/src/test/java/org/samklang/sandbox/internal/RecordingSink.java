package org.samklang.sandbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.spi.DirectoryEntry;
import org.samklang.core.spi.PresenceSink;

/** A presence sink that remembers everything pushed into it, like the core would, but without merging. */
public final class RecordingSink implements PresenceSink {

    public final List<PresenceReport> reports = new ArrayList<>();
    public final List<PresenceSourceKind> confirmations = new ArrayList<>();
    public final List<String> withdrawals = new ArrayList<>();
    public final Map<String, List<PresenceReport>> calendars = new HashMap<>();
    public int calendarPushes;
    public List<DirectoryEntry> directory = List.of();

    @Override
    public synchronized void report(PresenceReport report) {
        reports.add(report);
    }

    @Override
    public synchronized void confirmAll(PresenceSourceKind kind) {
        confirmations.add(kind);
    }

    @Override
    public synchronized void withdraw(String personId, PresenceSourceKind kind) {
        withdrawals.add(personId + "/" + kind);
    }

    @Override
    public synchronized void replaceCalendar(String personId, List<PresenceReport> entries) {
        calendars.put(personId, List.copyOf(entries));
        calendarPushes++;
    }

    @Override
    public synchronized void replaceDirectory(List<DirectoryEntry> entries) {
        directory = List.copyOf(entries);
    }

    /** {@return the latest report of {@code kind} about {@code personId}, or null} */
    public synchronized PresenceReport latest(String personId, PresenceSourceKind kind) {
        for (int i = reports.size() - 1; i >= 0; i--) {
            PresenceReport report = reports.get(i);
            if (report.personId().equals(personId) && report.source() == kind) {
                return report;
            }
        }
        return null;
    }
}
