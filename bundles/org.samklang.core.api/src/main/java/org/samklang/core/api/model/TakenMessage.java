package org.samklang.core.api.model;

import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * A message taken by the receptionist for a colleague.
 *
 * @param clientKey    idempotency key chosen by the desk (one per message the receptionist writes)
 * @param personId     the colleague the message is for (a directory person id)
 * @param callerName   who called, as they said it (may be blank when they would not say)
 * @param callerNumber the number to call back, if any (as typed; normalised by the core)
 * @param text         the message itself
 * @param callBack     whether the caller asks to be called back
 */
public record TakenMessage(String clientKey, String personId, String callerName, Optional<String> callerNumber,
        String text, boolean callBack) {

    public static final int MAX_TEXT_LENGTH = 4_000;

    public TakenMessage {
        Checks.notBlank(clientKey, "clientKey");
        Checks.notBlank(personId, "personId");
        Checks.notNull(callerName, "callerName");
        Checks.notNull(callerNumber, "callerNumber");
        Checks.notBlank(text, "message text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("message text longer than " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
