package org.samklang.sandbox.internal.traffic;

import org.samklang.core.api.model.MediaType;

/**
 * The kinds of hostile or broken content the sandbox sends on purpose, rarely, so the desktop is seen to cope:
 * each on the channel where it is most at home.
 */
public enum HostileKind {

    /** A script tag and an event-handler attribute in an e-mail's text and HTML. */
    SCRIPT_TAG(MediaType.EMAIL),
    /** Zero-width characters in the sender's name, the subject, the text and even the address. */
    ZERO_WIDTH(MediaType.EMAIL),
    /** An e-mail body of about 150,000 characters. */
    VERY_LONG(MediaType.EMAIL),
    /** Right-to-left text and a right-to-left override in the chat visitor's name. */
    RIGHT_TO_LEFT(MediaType.CHAT),
    /** NUL, bell and ANSI escape sequences in a chat line. */
    CONTROL_CHARACTERS(MediaType.CHAT),
    /** A post full of emoji: ZWJ families, skin tones, flags. */
    EMOJI(MediaType.SOCIAL);

    private final MediaType channel;

    HostileKind(MediaType channel) {
        this.channel = channel;
    }

    /** {@return the media type of the channel this content arrives on} */
    public MediaType channel() {
        return channel;
    }
}
