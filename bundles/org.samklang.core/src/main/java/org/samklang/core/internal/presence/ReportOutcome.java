package org.samklang.core.internal.presence;

/**
 * What the engine did with a report from a source or a system event. Sources never get exceptions for bad
 * data: the engine logs the reason and keeps running, and the outcome lets the connector count problems.
 */
public enum ReportOutcome {
    /** Stored; the effective presence was recomputed (it may or may not have changed). */
    ACCEPTED,
    /** The person id is not in the directory; ignored. Sources re-send on their next confirmation. */
    UNKNOWN_PERSON,
    /** Older than what the same source said last (delivered out of order); ignored. */
    OUT_OF_ORDER,
    /** Malformed or not allowed from this source (logged with the reason); ignored. */
    REJECTED
}
