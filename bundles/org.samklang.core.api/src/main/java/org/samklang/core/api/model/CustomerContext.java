package org.samklang.core.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about the customer behind an address, each part loading on its own.
 *
 * @param address the address the context was opened for
 * @param customer the resolved customer in Samklang's own store, if the address is known
 * @param crm the CRM record
 * @param orders recent orders, newest first
 * @param invoices open and recent invoices, newest first
 * @param earlier the customer's earlier conversations on every channel, newest first
 */
public record CustomerContext(Address address, Optional<Customer> customer, ContextSection<CustomerRecord> crm,
        ContextSection<List<OrderSummary>> orders, ContextSection<List<InvoiceSummary>> invoices,
        ContextSection<List<Conversation>> earlier) {

    public CustomerContext {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(earlier, "earlier");
    }
}
