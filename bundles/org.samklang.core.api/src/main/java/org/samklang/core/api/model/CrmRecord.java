package org.samklang.core.api.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's record in a CRM, as the customer card shows it.
 *
 * @param source id of the connector it came from
 * @param externalId the record's id in that CRM
 * @param name the person's or organisation's name
 * @param company the company the person belongs to; empty when none
 * @param vip whether the CRM marks the customer as a priority customer
 * @param fields further fields to show, in display order (label to value)
 * @param link where to open the record in the CRM itself, if it has a web UI
 */
public record CrmRecord(String source, String externalId, String name, String company, boolean vip,
        Map<String, String> fields, Optional<String> link) {

    public CrmRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        company = company == null ? "" : company;
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        Objects.requireNonNull(link, "link");
    }
}
