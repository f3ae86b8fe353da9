package org.samklang.core.api.model;

/**
 * Where a presence report came from. Several sources may report on one person at once; the engine merges
 * them with a fixed, documented precedence (PBX "on a call" beats a manual "available", and so on).
 */
public enum PresenceSourceKind {
    /** The person chose the state themself, in the desktop or another client. */
    MANUAL,
    /** The telephone system: calls in progress and device state. */
    PBX,
    /** A chat/IM server (XMPP and the like): online, idle, away. */
    CHAT_SERVER,
    /** A calendar entry (meeting, out of office), with reason, until and next state. */
    CALENDAR,
    /** The presence engine itself: wrap-up, disconnected, not responding. */
    SYSTEM
}
