package org.samklang.core.internal.calls;

import java.util.List;

import org.samklang.core.api.model.WrapUpCode;

/**
 * The wrap-up (disposition) codes a desk offers until they are configured as data per queue. The labels are
 * English; the desktop shows its own translation for these codes where it has one and the label otherwise.
 */
public final class WrapUpCodes {

    private WrapUpCodes() {
    }

    /** {@return order status, delivery, invoice, complaint, other} */
    public static List<WrapUpCode> defaults() {
        return List.of(new WrapUpCode("order-status", "Order status"), new WrapUpCode("delivery", "Delivery"),
                new WrapUpCode("invoice", "Invoice"), new WrapUpCode("complaint", "Complaint"),
                new WrapUpCode("other", "Other"));
    }
}
