package org.samklang.core.internal.plugins;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** What the plugin host tells users (status reasons, instance problems), from {@code PluginTexts*.properties}. */
public final class PluginTexts {

    private static final String BUNDLE = "org.samklang.core.internal.plugins.PluginTexts";

    private PluginTexts() {
    }

    /** {@return the text for {@code key} in {@code locale} (English when the desk lacks it), arguments filled in} */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale chosen = locale == null ? Locale.ENGLISH : locale;
        try {
            // No fallback to the JVM's default locale: English asked on a Swedish machine must stay English.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, PluginTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), chosen).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
