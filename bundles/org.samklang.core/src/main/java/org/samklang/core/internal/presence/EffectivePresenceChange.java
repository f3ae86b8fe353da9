package org.samklang.core.internal.presence;

import java.time.Instant;
import java.util.Objects;

import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceChange;

/**
 * A change of one person's effective presence with every detail, private reason included; for the journal
 * and other engine parts. Anything shown to other people must go through {@link #publicChange()}.
 *
 * @param personId whose presence changed
 * @param before   the effective presence before, or null when the person just entered the directory
 * @param after    the effective presence after
 * @param at       when the engine noticed the change (its clock)
 */
public record EffectivePresenceChange(String personId, Presence before, Presence after, Instant at) {

    public EffectivePresenceChange {
        Objects.requireNonNull(personId, "person id must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }

    /** {@return the change as every viewer may see it} */
    public PresenceChange publicChange() {
        return new PresenceChange(personId, before == null ? null : before.publicView(), after.publicView(), at);
    }
}
