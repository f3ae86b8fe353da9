package org.samklang.core.internal.reception;

import org.samklang.core.internal.text.CleanText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail a taken message becomes, in English or Swedish by the desk's locale. Every value is cleaned by
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

    private final boolean swedish;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;

    ReceptionTemplate(Locale locale, ZoneId zone) {
        this.swedish = "sv".equals(locale.getLanguage());
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(swedish ? "d MMM yyyy 'kl.' HH:mm" : "d MMM yyyy, HH:mm",
                swedish ? Locale.of("sv") : Locale.ENGLISH);
    }

    Note render(Fields fields) {
        String caller = CleanText.line(fields.callerName(), MAX_NAME);
        if (caller.isEmpty()) {
            caller = swedish ? "Okänd uppringare" : "Unknown caller";
        }
        String number = CleanText.line(fields.callerNumber(), 40);
        if (number.isEmpty()) {
            number = swedish ? "inget nummer angivet" : "no number given";
        }
        String text = CleanText.body(fields.text());
        String when = dateTime.format(fields.takenAt().atZone(zone));
        String colleague = CleanText.line(fields.colleague(), MAX_NAME);
        String takenBy = CleanText.line(fields.takenBy(), MAX_NAME);
        return new Note(subject(caller, text, fields.callBack()),
                body(colleague, caller, number, text, fields.callBack(), when, takenBy));
    }

    private String subject(String caller, String text, boolean callBack) {
        String gist = CleanText.line(text, MAX_SUBJECT_MESSAGE);
        if (swedish) {
            return (callBack ? "Ring tillbaka: " : "Meddelande från ") + caller + " – " + gist;
        }
        return (callBack ? "Please call back: " : "Message from ") + caller + " – " + gist;
    }

    private String body(String colleague, String caller, String number, String text, boolean callBack,
            String when, String takenBy) {
        String by = takenBy.isEmpty() ? (swedish ? "växeln" : "the switchboard") : takenBy;
        if (swedish) {
            return "Hej " + colleague + "!\n\n"
                    + caller + " ringde " + when + ".\n"
                    + "Nummer: " + number + "\n"
                    + "Vill bli uppringd: " + (callBack ? "ja" : "nej") + "\n\n"
                    + "Meddelande:\n" + text + "\n\n"
                    + "Mottaget av " + by + ".\n";
        }
        return "Hi " + colleague + ",\n\n"
                + caller + " called on " + when + ".\n"
                + "Number: " + number + "\n"
                + "Asks to be called back: " + (callBack ? "yes" : "no") + "\n\n"
                + "Message:\n" + text + "\n\n"
                + "Taken by " + by + ".\n";
    }
}
