package org.samklang.core.spi;

import java.util.List;

import org.samklang.core.api.model.PresenceReport;
import org.samklang.core.api.model.PresenceSourceKind;

/**
 * Where a {@link PresenceSource} pushes what it knows; the core hands one to each source in
 * {@link PresenceSource#startPresence(PresenceSink)} and attributes everything sent through it to that source.
 * <p>
 * <b>Threading.</b> Thread-safe; call from any plugin thread, also from within {@code startPresence}. Every method
 * works in memory, never blocks on I/O and returns within milliseconds even for a directory of thousands.
 * <p>
 * <b>Naming people.</b> Wherever a person id goes (a report's {@code personId}, the {@code personId} arguments) a
 * source may name the person by an address instead: {@code ext:<extension>}, {@code xmpp:<chat address>} or
 * {@code mailto:<e-mail>}, built with {@link PresenceAddress}; the core resolves it through the people directory.
 * Calendar entries may name the person the same way as the {@code personId} argument. What the core cannot resolve
 * (nobody, or more than one person, has that address or id) is not dropped: the newest report per address and kind
 * (and the newest calendar) is kept, up to 1,000 addresses per source, and applied when the directory learns the
 * person; the source's status shows how many addresses it named that the directory does not know, with examples, and
 * the log says so once when it starts and once when all resolve again.
 * <p>
 * <b>Bookkeeping per source.</b> Each source gets a sink of its own, and everything sent through it is kept as that
 * source's: two PBXes do not overwrite each other, and when the source goes away, is restarted or reconfigured (the
 * core calls {@link PresenceSource#startPresence} again with a new sink) all it said is withdrawn at once.
 * <p>
 * <b>Errors.</b> Bad data never throws: out-of-order reports and malformed calendar entries are dropped with a log
 * line, and the rest is taken. Calls of a kind the source did not declare in {@link PresenceCapabilities} are
 * ignored with one log line. Calls after the source was stopped are ignored.
 * <p>
 * <b>Freshness.</b> Live reports stop counting when their source has not confirmed them for a while (minutes for
 * PBX and chat server, a day for calendars). Re-send the current state, or call {@link #confirmAll}, as a heartbeat.
 */
public interface PresenceSink {

    /**
     * A live report from the PBX, chat server, or a manual state set in another client. Repeating the current state
     * only re-confirms it.
     */
    void report(PresenceReport report);

    /** Re-confirms everything this source reported of {@code kind}: "all I said still holds". */
    void confirmAll(PresenceSourceKind kind);

    /** This source has nothing more to say about a person of {@code kind} (e.g. the phone unregistered). */
    void withdraw(String personId, PresenceSourceKind kind);

    /**
     * Replaces the person's calendar entries (reports of source CALENDAR, each with an until time and usually a
     * next state); an empty list clears them. Send the whole window you know, e.g. today and the coming week.
     */
    void replaceCalendar(String personId, List<PresenceReport> entries);

    /**
     * Replaces the whole people directory with its substitutes. People who left lose their state; repeated ids are
     * dropped (first kept). Only from a source whose {@link PresenceCapabilities#directory()} is true. New sources
     * implement {@link DirectorySource} instead; what is sent here is merged with every directory source's people
     * as this source's part, exactly as {@link DirectorySink#replaceAll} would.
     */
    void replaceDirectory(List<DirectoryEntry> entries);
}
