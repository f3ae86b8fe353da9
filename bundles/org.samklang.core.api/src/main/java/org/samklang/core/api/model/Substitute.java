package org.samklang.core.api.model;

import java.util.Objects;

/**
 * Someone who can help instead of a person who is not available ("ask Karin instead"), with their live
 * presence so the switchboard sees at once whether the suggestion is any good.
 *
 * @param person   the colleague
 * @param presence the public view of the colleague's effective presence now
 * @param relation why this colleague is suggested
 * @param via      for {@link Relation#SUBSTITUTE_OF_SUBSTITUTE}: the id of the substitute the suggestion
 *                 came through; for {@link Relation#SAME_GROUP}: the group both belong to; otherwise ""
 */
public record Substitute(Person person, PresenceView presence, Relation relation, String via) {

    /** Why a colleague is suggested, in the order suggestions are listed. */
    public enum Relation {
        /** Chosen by the person as a substitute; listed in the person's order, whatever their state. */
        SUBSTITUTE,
        /** A substitute's own substitute, listed only when available now. */
        SUBSTITUTE_OF_SUBSTITUTE,
        /** Shares a group or function with the person, listed only when available now. */
        SAME_GROUP
    }

    public Substitute {
        PersonText.present("person", person);
        PersonText.present("presence", presence);
        PersonText.present("relation", relation);
        via = Objects.requireNonNullElse(via, "");
    }
}
