package org.samklang.core.api.model;

/**
 * One person found in the directory, with their live presence as every viewer may see it.
 *
 * @param person   the directory entry
 * @param presence the public view of their effective presence at the time of the search
 */
public record PersonSearchHit(Person person, PresenceView presence) {

    public PersonSearchHit {
        PersonText.present("person", person);
        PersonText.present("presence", presence);
    }
}
