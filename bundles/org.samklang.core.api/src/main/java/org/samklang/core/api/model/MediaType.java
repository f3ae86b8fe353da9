package org.samklang.core.api.model;

/**
 * The kind of work a channel carries, as routing and service-level figures see it.
 * <p>
 * Channels are plugins and may be many (email, SMS, WhatsApp, web chat...), but capacity, the interrupt
 * matrix and service-level targets are set per media type, the way contact centers plan them.
 */
public enum MediaType {
    /** Real-time calls; the customer waits on the line. */
    VOICE,
    /** Asynchronous mail; answered within hours. */
    EMAIL,
    /** Real-time text sessions; agents hold several at once. */
    CHAT,
    /** Public posts and direct messages on social networks. */
    SOCIAL
}
