package org.samklang.core.spi;

/**
 * What an {@link OrderHistory} provides, declared so the card hides what the ERP does not have.
 *
 * @param orders   whether orders are returned
 * @param invoices whether invoices are returned
 * @param links    whether orders and invoices carry links into the ERP's own UI
 */
public record OrderHistoryCapabilities(boolean orders, boolean invoices, boolean links) {
}
