package org.samklang.ui.internal.model;

/**
 * One message of the timeline, ready to show as plain text.
 *
 * @param heading          "✉ 12 Nov 10:42 · From the customer" or "💬 10:44 · Reply · sent"
 * @param subject          the cleaned subject, or empty
 * @param body             the cleaned, capped text; never empty (a placeholder says when there is none)
 * @param outbound         whether an agent sent it
 * @param deliveryProblem  whether an outbound message failed, so the part can mark it
 * @param otherConversation whether it belongs to another conversation of the customer than the selected one
 */
public record TimelineEntry(String heading, String subject, String body, boolean outbound, boolean deliveryProblem,
        boolean otherConversation) {
}
