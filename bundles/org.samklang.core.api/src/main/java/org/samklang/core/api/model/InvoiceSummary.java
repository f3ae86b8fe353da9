package org.samklang.core.api.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * One invoice as the customer card lists it ("1 overdue"). Immutable.
 * <p>
 * {@code overdue} is the ERP's own judgement on the day it answered (open and past its due date, after any grace
 * days the ERP applies); the core shows it as given and does not recompute it.
 *
 * @param number             the invoice number the customer quotes
 * @param customerExternalId the CRM id of the customer billed
 * @param orderNumber        the order it bills, if it bills one
 * @param issuedOn           the invoice date
 * @param dueOn              the due date, on or after {@code issuedOn}
 * @param status             whether it is paid
 * @param amount             the invoiced amount including VAT
 * @param overdue            true if unpaid and past due; only for {@link Status#OPEN}
 * @param link               where the invoice opens in the ERP's own UI, if it has one
 */
public record InvoiceSummary(String number, String customerExternalId, Optional<String> orderNumber,
        LocalDate issuedOn, LocalDate dueOn, Status status, Money amount, boolean overdue, Optional<URI> link) {

    /** Whether an invoice is settled. */
    public enum Status {
        /** Not yet paid in full. */
        OPEN,
        /** Paid in full. */
        PAID,
        /** Cancelled by a credit note. */
        CREDITED,
        /** Handed to debt collection. */
        COLLECTION
    }

    public InvoiceSummary {
        Checks.notBlank(number, "invoice number");
        Checks.notBlank(customerExternalId, "customerExternalId of invoice " + number);
        Checks.notNull(orderNumber, "orderNumber");
        Checks.notNull(issuedOn, "issuedOn of invoice " + number);
        Checks.notNull(dueOn, "dueOn of invoice " + number);
        if (dueOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("invoice " + number + " is due " + dueOn + ", before it was issued "
                    + issuedOn);
        }
        Checks.notNull(status, "status of invoice " + number);
        Checks.notNull(amount, "amount of invoice " + number);
        if (overdue && status != Status.OPEN) {
            throw new IllegalArgumentException("invoice " + number + " is " + status + " and cannot be overdue");
        }
        Checks.notNull(link, "link");
    }
}
