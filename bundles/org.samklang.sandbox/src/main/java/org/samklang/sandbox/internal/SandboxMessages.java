package org.samklang.sandbox.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The sandbox's user-visible texts from {@code SandboxMessages*.properties}, English and Swedish. */
public final class SandboxMessages {

    private static final String BUNDLE = "org.samklang.sandbox.internal.SandboxMessages";

    private SandboxMessages() {
    }

    /** {@return the text for {@code key} in {@code locale}, arguments filled in; the key itself if missing} */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            // No fallback to the JVM's default locale: English asked on a Swedish machine must stay English.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, SandboxMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
