package org.samklang.core.spi;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.Address;

/**
 * An address exactly as the channel saw it, before the core normalises it: {@code "070-123 45 67"},
 * {@code "Anna <Anna@Example.SE>"}, {@code "x:@Kund"}.
 * <p>
 * The plugin says which kind of address it is; the core normalises it (E.164 with the configured default region,
 * lower-cased e-mail) and resolves it to a customer. Text the core cannot normalise is kept raw under an
 * unresolved identity, so the message is never lost. A {@link Address.Scheme#SOCIAL} address should be given as
 * {@code network:handle}.
 *
 * @param scheme      what kind of address the plugin believes it is; never {@link Address.Scheme#UNRESOLVED}
 * @param text        the raw text, possibly with a display name or URI prefix; may be empty (withheld caller id)
 * @param displayName the party's name if the channel knows it separately, else empty
 */
public record RawAddress(Address.Scheme scheme, String text, String displayName) {

    public RawAddress {
        Checks.notNull(scheme, "raw address scheme");
        if (scheme == Address.Scheme.UNRESOLVED) {
            throw new IllegalArgumentException("a plugin names the address kind it expects, not UNRESOLVED");
        }
        Checks.notNull(text, "raw address text");
        Checks.notNull(displayName, "displayName");
    }

    /** A raw address without a separate display name. */
    public static RawAddress of(Address.Scheme scheme, String text) {
        return new RawAddress(scheme, text, "");
    }
}
