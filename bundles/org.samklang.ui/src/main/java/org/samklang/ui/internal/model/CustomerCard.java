package org.samklang.ui.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * What the customer part shows for one snapshot of a customer context.
 *
 * @param title    the customer's name (CRM name when known, else what the channel reported, else the address)
 * @param vip      whether the CRM marks them as a priority customer
 * @param subtitle company and address, e.g. "Lindqvist AB · +46701234567"
 * @param blocks   CRM, orders, invoices and earlier conversations, in that order
 */
public record CustomerCard(String title, boolean vip, String subtitle, List<CardBlock> blocks) {

    public CustomerCard {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        blocks = List.copyOf(blocks);
    }
}
