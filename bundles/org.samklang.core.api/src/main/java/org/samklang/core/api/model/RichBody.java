package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * A formatted body beside a message's plain text, e.g. the HTML part of an e-mail.
 * <p>
 * The plain text is what the engine indexes and what every channel can show; the rich body is kept as received
 * and rendered only by parts that understand its media type. Renderers must treat it as hostile (sanitise HTML).
 *
 * @param mimeType the IANA media type, e.g. {@code text/html}
 * @param content  the formatted content, at most the engine's text cap (1 Mi characters)
 */
public record RichBody(String mimeType, String content) {

    public RichBody {
        Checks.notBlank(mimeType, "rich body mimeType");
        Checks.notNull(content, "rich body content");
    }
}
