package org.samklang.ui.internal.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The user-visible texts of the shared parts, English and Swedish, from
 * {@code org/samklang/ui/internal/messages*.properties}.
 * <p>
 * Every text goes through {@link MessageFormat}, even without arguments, so translators write every pattern the
 * same way (a literal apostrophe is {@code ''}) and sentences are never glued together in code. A missing key shows
 * as {@code !key!} and is logged once instead of failing a part. Instances are immutable and thread-safe.
 */
public final class UiMessages {

    private static final String BUNDLE = "org.samklang.ui.internal.messages";
    private static final System.Logger LOG = System.getLogger(UiMessages.class.getName());
    private static final ConcurrentMap<Locale, UiMessages> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ConcurrentMap<String, Boolean> reportedMissing = new ConcurrentHashMap<>();

    private UiMessages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM default locale: a Swedish user on an English JVM still gets what they chose.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, UiMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@return the texts for the JVM's default locale (the desktop's language)} */
    public static UiMessages current() {
        return forLocale(Locale.getDefault());
    }

    /** {@return the texts for {@code locale}, English where it has no translation} */
    public static UiMessages forLocale(Locale locale) {
        return BY_LOCALE.computeIfAbsent(Objects.requireNonNull(locale, "locale"), UiMessages::new);
    }

    /** {@return the locale used for numbers and dates in the patterns} */
    public Locale locale() {
        return locale;
    }

    /** {@return the text for {@code key} with {@code arguments} filled in} */
    public String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (reportedMissing.putIfAbsent(key, Boolean.TRUE) == null) {
                LOG.log(System.Logger.Level.WARNING, "no UI text for key {0} in locale {1}", key, locale);
            }
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** {@return the key part naming an enum constant: {@code ON_HOLD} gives {@code on_hold}} */
    public static String keyOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@return whether a text exists for {@code key}} */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
