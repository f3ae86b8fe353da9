package org.samklang.core.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invoice in an ERP, as the customer card lists it.
 *
 * @param number the invoice number
 * @param dueDate when payment is due
 * @param status the ERP's status in words (paid, open...)
 * @param amount amount due
 * @param currency ISO 4217 code
 * @param overdue unpaid after its due date
 */
public record InvoiceSummary(String number, LocalDate dueDate, String status, BigDecimal amount, String currency,
        boolean overdue) {

    public InvoiceSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
