package org.samklang.core.api.model;

/**
 * Why a person is not available: the reason code of a not-ready state.
 * <p>
 * Some reasons are <em>private</em> (sickness, vacation, personal matters): only the person themself sees
 * them. Everyone else sees the {@linkplain #publicAlias() public alias} {@link #UNAVAILABLE}, the way Nordic
 * presence-diversion ("hänvisning") systems show "sick" as "unavailable".
 */
public enum PresenceReason {

    /** No reason given. */
    NONE(false),
    /** In a meeting. */
    MEETING(false),
    /** At lunch. */
    LUNCH(false),
    /** On a short break. */
    BREAK(false),
    /** In training. */
    TRAINING(false),
    /** Being coached or coaching. */
    COACHING(false),
    /** On a course, usually for a day or more. */
    COURSE(false),
    /** Travelling for work. */
    BUSINESS_TRIP(false),
    /** An offer timed out (ring-no-answer); set by the system, the agent must choose Ready again. */
    NOT_RESPONDING(false),
    /** The desktop came back after a long disconnection; set by the system, the agent must choose Ready. */
    CONNECTION_LOST(false),
    /** Private: sick. Shown to others as {@link #UNAVAILABLE}. */
    SICK(true),
    /** Private: on vacation. Shown to others as {@link #UNAVAILABLE}. */
    VACATION(true),
    /** Private: a personal matter (doctor, child care...). Shown to others as {@link #UNAVAILABLE}. */
    PERSONAL(true),
    /** The public alias of every private reason: "not available", without saying why. */
    UNAVAILABLE(false);

    private final boolean privateReason;

    PresenceReason(boolean privateReason) {
        this.privateReason = privateReason;
    }

    /** {@return true if only the person themself may see this reason} */
    public boolean isPrivate() {
        return privateReason;
    }

    /** {@return the reason everyone else may see: {@link #UNAVAILABLE} for private reasons, else this} */
    public PresenceReason publicAlias() {
        return privateReason ? UNAVAILABLE : this;
    }
}
