package org.samklang.core.api.model;

import java.time.Instant;

/**
 * A change of a person's effective presence, as every viewer may see it (public view only).
 *
 * @param personId whose presence changed
 * @param before   the public view before the change, or null when the person just entered the directory
 * @param after    the public view after the change
 * @param at       when the engine noticed the change
 */
public record PresenceChange(String personId, PresenceView before, PresenceView after, Instant at) {

    public PresenceChange {
        PersonText.present("person id", personId);
        PersonText.present("after", after);
        PersonText.present("at", at);
        if (!personId.equals(after.personId()) || (before != null && !personId.equals(before.personId()))) {
            throw new IllegalArgumentException("a change must concern one person: " + personId);
        }
    }
}
