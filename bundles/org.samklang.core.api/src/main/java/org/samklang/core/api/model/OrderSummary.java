package org.samklang.core.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One order in an ERP, as the customer card lists it.
 *
 * @param number the order number customers quote
 * @param date when it was placed
 * @param status the ERP's status in words (shipped, processing, cancelled...)
 * @param amount total amount
 * @param currency ISO 4217 code
 */
public record OrderSummary(String number, LocalDate date, String status, BigDecimal amount, String currency) {

    public OrderSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
