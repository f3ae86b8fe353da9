package org.samklang.core.spi;

/**
 * A source of presence: a PBX (on a call, device state), a chat server (online, idle, away), a calendar (meetings,
 * out of office, with until and next) or a directory (the people and their substitutes). See {@link Connector} for
 * the contract shared by all connectors.
 * <p>
 * <b>Push model.</b> The core calls {@link #startPresence(PresenceSink)} when the source appears; the source then
 * pushes its directory, calendars and live reports to the sink whenever it learns something, from its own threads, and
 * re-confirms them as a heartbeat. On {@link #stopPresence()} the core withdraws what the source said (its declared
 * {@link #presenceCapabilities()}), so a stopped PBX does not leave people "on a call" forever.
 * <p>
 * <b>Threading.</b> {@code startPresence} and {@code stopPresence} are called on a core thread and must return quickly:
 * a slow first sync runs in the background. Pushing into the sink from inside {@code startPresence} is allowed.
 * <p>
 * <b>Errors.</b> A source that loses its remote says so in {@link #health()} and stops confirming; its reports then
 * go stale by themselves. It never throws to the core.
 * <p>
 * <b>Idempotency.</b> Sending the same report or the same calendar again changes nothing visible.
 */
public interface PresenceSource extends Connector {

    /** What this source pushes. Non-blocking. */
    PresenceCapabilities presenceCapabilities();

    /** Starts pushing to {@code sink}; a second call replaces the sink and re-sends the current state. */
    void startPresence(PresenceSink sink);

    /** Stops pushing; harmless when not started. */
    void stopPresence();
}
