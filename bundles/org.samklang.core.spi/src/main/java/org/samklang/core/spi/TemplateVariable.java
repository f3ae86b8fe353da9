package org.samklang.core.spi;

import java.util.List;
import java.util.regex.Pattern;

import org.samklang.core.api.internal.Checks;

/**
 * A variable in a canned response, written {@code {customer.firstName}} or with a fallback used when the value is
 * unknown, {@code {customer.firstName|där}}. The core fills the names it knows when the agent inserts the response;
 * a variable without value and without fallback is left for the agent to fill, highlighted.
 *
 * @param name     the dotted variable name, e.g. {@code order.number}
 * @param fallback the text used when the value is unknown; empty for none
 */
public record TemplateVariable(String name, String fallback) {

    /**
     * The names the core fills: customer (from the CRM record), the order and invoice the conversation is about
     * (from the ERP), the agent, and the desk's company. Plugins may use other names; those are left to the agent.
     */
    public static final List<String> KNOWN_NAMES = List.of("customer.name", "customer.firstName",
            "customer.lastName", "customer.company", "order.number", "order.status", "order.date",
            "order.trackingReference", "invoice.number", "invoice.amount", "invoice.dueDate", "agent.name",
            "agent.firstName", "company.name");

    /** Longest fallback accepted, in characters. */
    public static final int MAX_FALLBACK_LENGTH = 200;

    static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

    public TemplateVariable {
        if (name == null || name.length() > 80 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("variable name must look like customer.firstName, got '" + name + "'");
        }
        Checks.notNull(fallback, "fallback of " + name);
        if (fallback.length() > MAX_FALLBACK_LENGTH || fallback.chars().anyMatch(c -> "{}|".indexOf(c) >= 0
                || Character.isISOControl(c))) {
            throw new IllegalArgumentException("fallback of " + name + " must be at most " + MAX_FALLBACK_LENGTH
                    + " characters without braces, '|' or control characters");
        }
    }

    /** {@return true if the core fills this variable by itself} */
    public boolean isKnown() {
        return KNOWN_NAMES.contains(name);
    }
}
