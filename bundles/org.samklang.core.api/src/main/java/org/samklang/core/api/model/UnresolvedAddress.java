package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * An address a presence source named a person by that the people directory cannot resolve, as shown with the
 * source's status: {@code ext:9999} that nobody has, or {@code mailto:info@example.se} that several people share.
 *
 * @param reference the address as the source gave it ({@code ext:}, {@code xmpp:}, {@code mailto:} or a directory
 *                  id); text from a plugin, so clean it before showing it
 * @param matches   how many people have it: 0 (nobody) or 2 and more (ambiguous)
 */
public record UnresolvedAddress(String reference, int matches) {

    public UnresolvedAddress {
        Checks.notBlank(reference, "reference");
        if (matches < 0 || matches == 1) {
            throw new IllegalArgumentException("an unresolved address matches nobody or several people, not "
                    + matches);
        }
    }
}
