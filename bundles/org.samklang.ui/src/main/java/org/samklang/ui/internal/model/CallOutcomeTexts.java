package org.samklang.ui.internal.model;

import java.util.Arrays;

import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.TransferMode;

/**
 * Says why a call command was not done, in the user's language, from the core's {@link CallOutcome.Problem} and its
 * detail (data from the PBX or the desk, cleaned and cut to one line). Shared by the call bar and the reception.
 * Thread-safe.
 */
public final class CallOutcomeTexts {

    private static final int MAX_DETAIL = 200;

    private CallOutcomeTexts() {
    }

    /** {@return the sentence for {@code problem}, e.g. "Answer the call first."} */
    public static String describe(CallOutcome.Problem problem, String detail, UiMessages messages) {
        String shown = DisplayText.oneLine(detail, MAX_DETAIL);
        if (problem == CallOutcome.Problem.CANNOT_TRANSFER) {
            shown = Arrays.stream(TransferMode.values()).filter(mode -> mode.name().equals(detail)).findFirst()
                    .map(mode -> messages.format("call.transfer.mode." + UiMessages.keyOf(mode))).orElse(shown);
        }
        return messages.format("call.problem." + UiMessages.keyOf(problem), shown);
    }

    /** {@return why a refused command was refused} */
    public static String describe(CallOutcome.Refused refused, UiMessages messages) {
        return describe(refused.problem(), refused.detail(), messages);
    }

    /** {@return why a command could not be done} */
    public static String describe(CallOutcome.Unreachable unreachable, UiMessages messages) {
        return describe(unreachable.problem(), unreachable.detail(), messages);
    }
}
