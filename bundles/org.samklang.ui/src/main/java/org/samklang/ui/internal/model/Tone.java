package org.samklang.ui.internal.model;

/** How a line is shown: colour is kept for state, so most lines are {@link #NORMAL}. */
public enum Tone {
    /** Plain text. */
    NORMAL,
    /** Secondary text and states that need no action: loading, not found, no source. */
    MUTED,
    /** Needs attention soon: an SL near its target, a degraded plugin, a VIP. */
    WARNING,
    /** Something failed or is overdue. */
    ERROR,
    /** Fine: an online plugin, an available colleague, an SL at target. */
    GOOD
}
