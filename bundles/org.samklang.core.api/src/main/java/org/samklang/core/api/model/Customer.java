package org.samklang.core.api.model;

import java.time.Instant;
import java.util.List;

import org.samklang.core.api.internal.Checks;

/**
 * A resolved identity that owns addresses on any number of channels; its conversations form one timeline.
 * <p>
 * Identity resolution merges and splits customers; a merge never loses messages. A customer whose only addresses
 * are {@link Address.Scheme#UNRESOLVED} (or who has none, e.g. a withheld caller id) is {@linkplain #isUnresolved()
 * unresolved}: the engine kept the messages but could not tell who sent them.
 *
 * @param id          the customer's id
 * @param displayName the name to show, as a channel first reported it; empty when unknown (show an address)
 * @param addresses   the addresses this customer owns, in the order they were added
 * @param createdAt   when the engine first saw this customer
 */
public record Customer(CustomerId id, String displayName, List<Address> addresses, Instant createdAt) {

    public Customer {
        Checks.notNull(id, "customer id");
        Checks.notNull(displayName, "displayName");
        addresses = Checks.copyOf(addresses, "addresses");
        Checks.notNull(createdAt, "createdAt");
    }

    /** True when no address of this customer could be normalised, so an agent should merge it into a known one. */
    public boolean isUnresolved() {
        return addresses.stream().allMatch(address -> address.scheme() == Address.Scheme.UNRESOLVED);
    }
}
