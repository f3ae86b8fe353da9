package org.samklang.core.internal.reception;

import org.samklang.core.internal.text.CleanText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail a taken message becomes, in English or Swedish by the desk's locale (texts in {@code note*.properties}). Every value is cleaned by
 * {@link NoteText} before it is put in, so what the caller or receptionist typed cannot forge headers or hide text.
 * Thread-safe.
 */
final class ReceptionTemplate {

    static final int MAX_NAME = 120;
    private static final int MAX_SUBJECT_MESSAGE = 60;

    /** The filled-in template: one-line subject and plain-text body. */
    record Note(String subject, String body) {
    }

    /** What goes into the template, as typed; the template cleans it. */
    record Fields(String colleague, String callerName, String callerNumber, String text, boolean callBack,
            Instant takenAt, String takenBy) {
    }

    private final ResourceBundle texts;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;

    ReceptionTemplate(Locale locale, ZoneId zone) {
        // Only the languages the desk speaks; any other gets the English default, not the JVM's locale.
        this.texts = ResourceBundle.getBundle("org.samklang.core.internal.reception.note", locale,
                ReceptionTemplate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale();
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(texts.getString("note.dateTime"), this.locale);
    }

    Note render(Fields fields) {
        String caller = CleanText.line(fields.callerName(), MAX_NAME);
        if (caller.isEmpty()) {
            caller = texts.getString("note.unknownCaller");
        }
        String number = CleanText.line(fields.callerNumber(), 40);
        if (number.isEmpty()) {
            number = texts.getString("note.noNumber");
        }
        String text = CleanText.body(fields.text());
        String when = dateTime.format(fields.takenAt().atZone(zone));
        String colleague = CleanText.line(fields.colleague(), MAX_NAME);
        String takenBy = CleanText.line(fields.takenBy(), MAX_NAME);
        String gist = CleanText.line(text, MAX_SUBJECT_MESSAGE);
        String subject = format(fields.callBack() ? "note.subject.callBack" : "note.subject.message", caller, gist);
        String body = format("note.body", colleague, caller, when, number,
                texts.getString(fields.callBack() ? "note.callBack.yes" : "note.callBack.no"), text,
                takenBy.isEmpty() ? texts.getString("note.switchboard") : takenBy);
        return new Note(subject, body);
    }

    /** Values are put in as they are: never parsed as patterns, whatever braces or quotes they hold. */
    private String format(String key, Object... values) {
        return new MessageFormat(texts.getString(key), locale).format(values);
    }
}
