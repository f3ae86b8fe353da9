package org.samklang.core.api.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The wording of setting problems, from {@code SettingTexts*.properties} (English, Swedish). */
final class SettingTexts {

    private static final String BUNDLE = "org.samklang.core.api.model.SettingTexts";

    private SettingTexts() {
    }

    /** {@return the text for {@code key} in {@code locale} (English when the desk has no such language)} */
    static String text(Locale locale, String key, Object... arguments) {
        try {
            // No fallback to the JVM's default locale: English asked on a Swedish machine must stay English.
            Locale chosen = locale == null ? Locale.ENGLISH : locale;
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, SettingTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), chosen).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
