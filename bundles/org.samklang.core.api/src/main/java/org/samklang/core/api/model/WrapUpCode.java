package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * A wrap-up (disposition) code an agent chooses after a call, e.g. {@code order-status} "Order status".
 *
 * @param code  stable id journalled with the call
 * @param label text shown to the agent (already in the desk's language)
 */
public record WrapUpCode(String code, String label) {

    public WrapUpCode {
        Checks.notBlank(code, "wrap-up code");
        Checks.notBlank(label, "wrap-up label");
    }
}
