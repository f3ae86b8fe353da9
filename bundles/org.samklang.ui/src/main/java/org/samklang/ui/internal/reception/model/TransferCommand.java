package org.samklang.ui.internal.reception.model;

import java.util.Optional;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.ui.internal.model.CallOutcomeTexts;
import org.samklang.ui.internal.model.DisplayText;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Turns "transfer the call to this person this way" into a {@link TransferRequest}, or into the reason it cannot be
 * done, and says how it went. Blind, consultative and voicemail transfers go to the person's extension (the PBX
 * knows its voicemail box by the extension); a mobile transfer goes to their mobile number. Pure and thread-safe.
 */
public final class TransferCommand {

    private TransferCommand() {
    }

    /** A transfer that can be asked for, or why not. */
    public sealed interface Prepared {
    }

    /** Ready to send to the call service; {@code pending} is shown meanwhile. */
    public record Ready(String callId, TransferRequest request, InlineStatus pending) implements Prepared {
    }

    /** Cannot be asked for; nothing was sent. */
    public record Rejected(InlineStatus reason) implements Prepared {
    }

    /** {@return the request for transferring {@code call} to {@code target} in {@code mode}, or why not} */
    public static Prepared prepare(TransferMode mode, Optional<Person> target, Optional<DeskCall> call,
            boolean telephony, UiMessages messages) {
        if (!telephony) {
            return rejected(messages.format("reception.transfer.noTelephony"));
        }
        if (call.isEmpty()) {
            return rejected(messages.format("reception.transfer.noCall"));
        }
        if (call.get().state() == CallState.CONSULTING) {
            return rejected(messages.format("reception.transfer.consulting"));
        }
        if (target.isEmpty()) {
            return rejected(messages.format("reception.transfer.noTarget"));
        }
        Person person = target.get();
        String name = name(person);
        String number = mode == TransferMode.MOBILE ? person.mobile() : person.extension();
        if (number.isEmpty()) {
            return rejected(messages.format(mode == TransferMode.MOBILE
                    ? "reception.transfer.noMobile"
                    : "reception.transfer.noExtension", name));
        }
        TransferRequest request = TransferRequest.toPerson(mode, number, person.id());
        InlineStatus pending = new InlineStatus(
                messages.format("reception.transfer.pending." + UiMessages.keyOf(mode), name), Tone.MUTED);
        return new Ready(call.get().callId(), request, pending);
    }

    /** {@return the line saying how a transfer (or complete / cancel) to {@code person} went} */
    public static InlineStatus outcome(String doneKey, Person person, CallOutcome outcome, UiMessages messages) {
        return switch (outcome) {
            case CallOutcome.Done done -> new InlineStatus(messages.format(doneKey, name(person)), Tone.GOOD);
            case CallOutcome.Refused refused -> new InlineStatus(
                    messages.format("reception.call.refused", CallOutcomeTexts.describe(refused, messages)),
                    Tone.ERROR);
            case CallOutcome.Unreachable unreachable -> new InlineStatus(
                    CallOutcomeTexts.describe(unreachable, messages), Tone.ERROR);
        };
    }

    /** {@return the line for a command whose future failed instead of answering} */
    public static InlineStatus failure(Throwable failure, UiMessages messages) {
        return new InlineStatus(messages.format("reception.call.failed", FailureTexts.describe(failure, messages)),
                Tone.ERROR);
    }

    /** {@return the message key of a successful transfer in {@code mode}} */
    public static String doneKey(TransferMode mode) {
        return "reception.transfer.done." + UiMessages.keyOf(mode);
    }

    private static Rejected rejected(String text) {
        return new Rejected(new InlineStatus(text, Tone.WARNING));
    }

    private static String name(Person person) {
        return DisplayText.oneLine(person.displayName(), 80);
    }
}
