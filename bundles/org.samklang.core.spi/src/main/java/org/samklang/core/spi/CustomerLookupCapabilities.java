package org.samklang.core.spi;

import java.util.Set;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.Address;

/**
 * What a {@link CustomerDirectory} can look up, declared so the core never asks for what cannot be answered.
 *
 * @param addressSchemes the address kinds it can search by (e.g. TEL and MAILTO); empty if none
 * @param byExternalId   whether {@link CustomerDirectory#findByExternalId(String, java.util.Locale)} works
 * @param links          whether records carry a link into the CRM's own UI
 */
public record CustomerLookupCapabilities(Set<Address.Scheme> addressSchemes, boolean byExternalId,
        boolean links) {

    public CustomerLookupCapabilities {
        addressSchemes = Set.copyOf(Checks.notNull(addressSchemes, "addressSchemes"));
        if (addressSchemes.contains(Address.Scheme.UNRESOLVED)) {
            throw new IllegalArgumentException("a CRM cannot look up UNRESOLVED addresses");
        }
    }
}
