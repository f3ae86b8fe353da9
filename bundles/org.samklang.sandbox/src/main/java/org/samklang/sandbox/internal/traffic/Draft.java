package org.samklang.sandbox.internal.traffic;

/**
 * The parts of an inbound item while it is being written, so {@link HostileContent} can spoil them before the
 * message is built. Mutable; used by one writer at a time.
 */
final class Draft {

    String senderName;
    String senderText;
    String subject = "";
    String text = "";
    /** The HTML part of an e-mail, or null. */
    String html;

    Draft(String senderName, String senderText) {
        this.senderName = senderName;
        this.senderText = senderText;
    }
}
