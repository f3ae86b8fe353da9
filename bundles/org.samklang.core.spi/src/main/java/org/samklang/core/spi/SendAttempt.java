package org.samklang.core.spi;

/**
 * Which attempt of sending one {@link OutboundMessage} the core is making, and whether an earlier attempt may
 * already have reached the remote.
 * <p>
 * The core keeps a durable ledger of attempts per idempotency key: before it calls
 * {@link ChannelConnector#send(OutboundMessage, SendAttempt)} it records that attempt {@code number} is in flight,
 * and after the call, how it ended. When it never learnt the end of an attempt (the desk stopped while the plugin
 * was sending, or the plugin threw or returned nothing), every later attempt of that message says
 * {@code previousOutcomeUnknown}: the remote may or may not have the message. See {@link ChannelConnector} for what a
 * channel does then. An attempt whose outcome the core knows (sent, failed for good, uncertain) is never followed
 * by another.
 *
 * @param number                 1 for the first attempt; every attempt the core started counts, also one cut off
 * @param previousOutcomeUnknown whether an earlier attempt of this message ended without the core learning how;
 *                               always false for the first attempt
 */
public record SendAttempt(int number, boolean previousOutcomeUnknown) {

    public SendAttempt {
        if (number < 1) {
            throw new IllegalArgumentException("attempt number must be 1 or more, got " + number);
        }
        if (number == 1 && previousOutcomeUnknown) {
            throw new IllegalArgumentException("the first attempt has no previous one whose outcome is unknown");
        }
    }

    /** The first attempt of a message. */
    public static SendAttempt first() {
        return new SendAttempt(1, false);
    }
}
