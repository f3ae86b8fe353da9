package org.samklang.core.spi;

import java.util.Locale;

import org.samklang.core.api.internal.Checks;

/**
 * How a {@link PresenceSource} names a person when it does not know their directory id: by the extension a PBX sees,
 * the chat address (XMPP JID) a chat server sees, or an e-mail address a calendar sees. The result goes where a
 * person id goes ({@code PresenceReport.personId()}, and the person arguments of {@link PresenceSink}); the core
 * resolves it through the people directory, so no source translates addresses itself.
 * <p>
 * The forms are {@code ext:<extension>}, {@code xmpp:<bare JID>} and {@code mailto:<address>}; anything else is a
 * directory id, and a directory id that happens to equal such a form wins. The core compares extensions without
 * spaces and dashes, chat and e-mail addresses without case, and a JID without its resource ({@code /desktop}).
 * These methods only build the text: whether someone has the address is the core's to find out, and it reports
 * what it cannot resolve rather than dropping it (see {@link PresenceSink}).
 */
public final class PresenceAddress {

    /** Prefix of an extension reference. */
    public static final String EXTENSION = "ext:";
    /** Prefix of a chat address (bare XMPP JID) reference. */
    public static final String CHAT = "xmpp:";
    /** Prefix of an e-mail address reference. */
    public static final String EMAIL = "mailto:";

    private PresenceAddress() {
    }

    /** {@return a reference to whoever has the extension, e.g. {@code ext:1201} for "12 01"} */
    public static String extension(String extension) {
        return EXTENSION + Checks.notBlank(extension, "extension").replaceAll("[\\s-]", "");
    }

    /** {@return a reference to whoever has the chat address, e.g. {@code xmpp:karin@chat.example.se}} */
    public static String chat(String jid) {
        return CHAT + Checks.notBlank(jid, "chat address").strip().toLowerCase(Locale.ROOT);
    }

    /** {@return a reference to whoever has the e-mail address, e.g. {@code mailto:karin@example.se}} */
    public static String email(String address) {
        return EMAIL + Checks.notBlank(address, "e-mail address").strip().toLowerCase(Locale.ROOT);
    }
}
