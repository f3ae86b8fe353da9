package org.samklang.core.api.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * One order as the customer card lists it ("#10452 shipped"). Immutable.
 *
 * @param number             the order number the customer quotes, e.g. {@code 10452}
 * @param customerExternalId the CRM id of the customer who placed it
 * @param orderedOn          the order date, in the ERP's business time zone
 * @param status             where the order is
 * @param total              the order total including VAT
 * @param trackingReference  the carrier's tracking id once shipped, if known
 * @param link               where the order opens in the ERP's own UI, if it has one
 */
public record OrderSummary(String number, String customerExternalId, LocalDate orderedOn, Status status,
        Money total, Optional<String> trackingReference, Optional<URI> link) {

    /** Where an order is in its life. */
    public enum Status {
        /** Placed, not yet being picked. */
        RECEIVED,
        /** Being picked and packed. */
        PROCESSING,
        /** Handed to the carrier. */
        SHIPPED,
        /** The carrier reports it delivered. */
        DELIVERED,
        /** Cancelled before shipping. */
        CANCELLED,
        /** Sent back by the customer. */
        RETURNED
    }

    public OrderSummary {
        Checks.notBlank(number, "order number");
        Checks.notBlank(customerExternalId, "customerExternalId of order " + number);
        Checks.notNull(orderedOn, "orderedOn of order " + number);
        Checks.notNull(status, "status of order " + number);
        Checks.notNull(total, "total of order " + number);
        Checks.notNull(trackingReference, "trackingReference");
        Checks.notNull(link, "link");
    }
}
