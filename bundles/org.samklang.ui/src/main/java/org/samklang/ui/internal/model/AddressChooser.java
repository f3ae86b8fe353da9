package org.samklang.ui.internal.model;

import java.util.List;
import java.util.Optional;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.MediaType;

/**
 * Picks the address of a customer to open the customer context for: the newest address on the conversation's
 * own kind of channel (the number that is calling, the mailbox that wrote), else a phone number or an e-mail
 * address (what CRMs key on), else any resolved address. Unresolved addresses never reach a connector.
 * Pure and thread-safe.
 */
public final class AddressChooser {

    private AddressChooser() {
    }

    /** {@return the address to look the customer up by, empty if the customer has no resolved address} */
    public static Optional<Address> choose(Customer customer, MediaType mediaType) {
        List<Address> addresses = customer.addresses();
        return newest(addresses, schemeOf(mediaType))
                .or(() -> newest(addresses, Address.Scheme.TEL))
                .or(() -> newest(addresses, Address.Scheme.MAILTO))
                .or(() -> addresses.stream().filter(a -> a.scheme() != Address.Scheme.UNRESOLVED).findFirst());
    }

    private static Optional<Address> newest(List<Address> addresses, Address.Scheme scheme) {
        for (int i = addresses.size() - 1; i >= 0; i--) {
            if (addresses.get(i).scheme() == scheme) {
                return Optional.of(addresses.get(i));
            }
        }
        return Optional.empty();
    }

    private static Address.Scheme schemeOf(MediaType mediaType) {
        return switch (mediaType) {
            case VOICE -> Address.Scheme.TEL;
            case EMAIL -> Address.Scheme.MAILTO;
            case CHAT -> Address.Scheme.XMPP;
            case SOCIAL -> Address.Scheme.SOCIAL;
        };
    }
}
