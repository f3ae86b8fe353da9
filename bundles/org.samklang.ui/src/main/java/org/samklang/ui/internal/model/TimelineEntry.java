package org.samklang.ui.internal.model;

import org.samklang.core.api.model.MessageId;

/**
 * One message of the timeline, ready to show as plain text.
 *
 * @param id                the message, so the view can remember what the agent unfolded
 * @param heading           "✉ 12 Nov 10:42 · Email · From the customer" or "💬 10:44 · Chat · Reply · Sent"
 * @param headerLine        for e-mail, the compact "From anna@kund.se to support@firma.se"; else empty
 * @param headerDetails     for e-mail, From / To / Subject / Date on separate lines, shown when expanded; else empty
 * @param subject           the cleaned subject, or empty
 * @param body              the cleaned, capped text the sender wrote now; never empty (a placeholder says when
 *                          there is none)
 * @param quoted            the quoted earlier mail, folded behind "Show quoted text"; empty if none
 * @param note              why the text is not complete ("Shortened: ..."), or empty
 * @param side              where a chat line sits: the customer's on the left, ours on the right; FULL otherwise
 * @param outbound          whether an agent sent it
 * @param deliveryProblem   whether an outbound message failed, so the part can mark it
 * @param otherConversation whether it belongs to another conversation of the customer than the selected one
 * @param withdrawn         whether the customer took the message back (deleted it): its text is shown for the
 *                          record, struck through and muted, not as something they say
 */
public record TimelineEntry(MessageId id, String heading, String headerLine, String headerDetails, String subject,
        String body, String quoted, String note, Side side, boolean outbound, boolean deliveryProblem,
        boolean otherConversation, boolean withdrawn) {

    /** Where an entry sits: full width (mail, calls), or as a chat bubble on the customer's or the agent's side. */
    public enum Side {
        FULL, CUSTOMER, AGENT
    }

    /** {@return how many lines the folded quote has} */
    public int quotedLines() {
        return quoted.isEmpty() ? 0 : (int) quoted.lines().count();
    }
}
