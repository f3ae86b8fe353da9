package org.samklang.core.api.model;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * A customer as the CRM knows them, returned by a CRM plugin's {@code CustomerDirectory}; the customer card shows it on a
 * screen pop. Immutable; texts are single-line display values, the core escapes them for display.
 *
 * @param externalId the CRM's own id of the record, stable, e.g. {@code CRM-100042}; links ERP data
 * @param name       the full name to show, e.g. "Anna Lindqvist"
 * @param firstName  the given name for greetings and canned responses ({@code customer.firstName}); may be empty
 * @param lastName   the family name; may be empty
 * @param company    the organisation the customer belongs to; empty for a private person
 * @param segment    the CRM's segment or tier, e.g. "Privat", "Företag"; may be empty
 * @param vip        whether the record is flagged for priority treatment
 * @param addresses  every canonical address the CRM has for the customer (phones in E.164, e-mail lower case);
 *                   the core may link them to one identity
 * @param fields     further CRM fields worth showing, label to value, in the CRM's order, labels in the language
 *                   the lookup asked for where the CRM has them (e.g. "Customer no.", "Language"); at most 50
 * @param link       where the record opens in the CRM's own UI, if it has one
 */
public record CustomerRecord(String externalId, String name, String firstName, String lastName, String company,
        String segment, boolean vip, List<Address> addresses, Map<String, String> fields, Optional<URI> link) {

    /** Most extra fields a record may carry; a card with more is unreadable anyway. */
    public static final int MAX_FIELDS = 50;

    public CustomerRecord {
        Checks.notBlank(externalId, "externalId");
        Checks.notBlank(name, "name of customer " + externalId);
        Checks.notNull(firstName, "firstName");
        Checks.notNull(lastName, "lastName");
        Checks.notNull(company, "company");
        Checks.notNull(segment, "segment");
        addresses = Checks.copyOf(addresses, "addresses");
        Checks.copyOf(fields, "fields");
        // Kept in the CRM's order (Map.copyOf would not), since the card lists them as given.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("customer " + externalId + " has " + fields.size()
                    + " fields; at most " + MAX_FIELDS + " are allowed");
        }
        Checks.notNull(link, "link");
    }
}
