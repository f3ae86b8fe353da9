package org.samklang.sandbox.internal.traffic;

import java.util.Locale;
import java.util.Optional;

import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.spi.RawAddress;

/**
 * Who writes or calls: a CRM customer, or someone the CRM does not know.
 *
 * @param name      the full name as the sender gives it; may be empty (withheld caller)
 * @param firstName the given name for signatures
 * @param address   the address exactly as the channel reports it
 * @param swedish   whether they write in Swedish (else English)
 * @param customer  the CRM record, when the sender is a known customer
 */
record Sender(String name, String firstName, RawAddress address, boolean swedish, Optional<CustomerRecord> customer) {

    /** {@return the domain of the sender's e-mail address, for making Message-IDs there} */
    String domain() {
        String text = address.text();
        int at = text.lastIndexOf('@');
        int end = text.indexOf('>', at + 1);
        String domain = at < 0 ? "" : text.substring(at + 1, end < 0 ? text.length() : end).strip();
        return domain.isEmpty() ? "sandbox.samklang.example" : domain.toLowerCase(Locale.ROOT);
    }

    boolean isKnown() {
        return customer.isPresent();
    }
}
