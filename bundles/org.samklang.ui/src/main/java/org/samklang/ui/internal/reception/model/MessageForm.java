package org.samklang.ui.internal.reception.model;

import java.util.Objects;
import java.util.Optional;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.TakenMessage;
import org.samklang.ui.internal.model.DisplayText;

/**
 * The take-a-message form for one colleague: prefilled from the desk call (the caller's number, call back ticked when
 * there is one), and one idempotency key for the life of the form, so sending again after a failure never sends the
 * message twice. Immutable; editing gives a new form with the same key.
 *
 * @param clientKey    the idempotency key of this message
 * @param person       whom the message is for
 * @param callerName   who called, as typed
 * @param callerNumber the number to call back, as typed
 * @param text         the message
 * @param callBack     whether the caller wants to be called back
 */
public record MessageForm(String clientKey, Person person, String callerName, String callerNumber, String text,
        boolean callBack) {

    public MessageForm {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(person, "person");
        callerName = Objects.requireNonNullElse(callerName, "");
        callerNumber = Objects.requireNonNullElse(callerNumber, "");
        text = Objects.requireNonNullElse(text, "");
    }

    /** {@return a new form for {@code person}, filled from the call when there is one} */
    public static MessageForm prefilled(String clientKey, Person person, Optional<DeskCall> call) {
        String number = call.flatMap(DeskCall::caller).filter(a -> a.scheme() == Address.Scheme.TEL)
                .map(Address::value).orElse("");
        return new MessageForm(clientKey, person, "", number, "", !number.isEmpty());
    }

    /** {@return the form with what the receptionist typed, same key} */
    public MessageForm edited(String newCallerName, String newCallerNumber, String newText, boolean newCallBack) {
        return new MessageForm(clientKey, person, newCallerName, newCallerNumber, newText, newCallBack);
    }

    /** {@return the message key of what is missing or too long, empty when the form can be sent} */
    public Optional<String> problem() {
        String cleaned = DisplayText.clean(text);
        if (cleaned.isEmpty()) {
            return Optional.of("reception.message.error.noText");
        }
        if (cleaned.length() > TakenMessage.MAX_TEXT_LENGTH) {
            return Optional.of("reception.message.error.tooLong");
        }
        return Optional.empty();
    }

    /**
     * {@return the message to send, texts cleaned (one line for name and number)}
     *
     * @throws IllegalArgumentException if {@link #problem()} is not empty
     */
    public TakenMessage toTakenMessage() {
        String number = DisplayText.oneLine(callerNumber, 40);
        return new TakenMessage(clientKey, person.id(), DisplayText.oneLine(callerName, 120),
                number.isEmpty() ? Optional.empty() : Optional.of(number), DisplayText.clean(text), callBack);
    }
}
