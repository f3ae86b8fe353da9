package org.samklang.core.api.model;

import java.math.BigDecimal;
import java.util.Currency;

import org.samklang.core.api.internal.Checks;

/**
 * An amount of money in a currency's major unit (kronor, euro), e.g. {@code 1249.50 SEK}. Immutable.
 *
 * @param amount   the amount in major units; its scale must not exceed the currency's minor digits (2 for SEK)
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
    }

    /** {@return the amount given in minor units (öre, cent)}, e.g. {@code ofMinor(124950, "SEK")} = 1249.50 SEK */
    public static Money ofMinor(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return new Money(BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0)),
                currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
