package org.samklang.core.internal.identity;

import java.util.Optional;

import org.samklang.core.api.model.Address;

/**
 * The outcome of normalising one raw address.
 *
 * @param address     the canonical address, or an {@link Address.Scheme#UNRESOLVED} one keeping the raw text
 * @param problem     why the raw text could not be normalised; empty when it could
 * @param withheld    true when there was no address at all (empty text, "anonymous" caller): such senders are
 *                    never grouped into one customer, since two withheld callers are rarely the same person
 * @param displayName the party's name, from the channel or from {@code "Name <address>"}; empty if unknown
 */
public record NormalizedAddress(Address address, Optional<String> problem, boolean withheld, String displayName) {

    public boolean resolved() {
        return problem.isEmpty();
    }
}
