package org.samklang.ui.internal.reception.model;

import static org.samklang.ui.internal.reception.model.ReceptionAction.CANCEL_TRANSFER;
import static org.samklang.ui.internal.reception.model.ReceptionAction.CLEAR_SEARCH;
import static org.samklang.ui.internal.reception.model.ReceptionAction.CLOSE_MESSAGE;
import static org.samklang.ui.internal.reception.model.ReceptionAction.COMPLETE_TRANSFER;
import static org.samklang.ui.internal.reception.model.ReceptionAction.FOCUS_HELPERS;
import static org.samklang.ui.internal.reception.model.ReceptionAction.FOCUS_RESULTS;
import static org.samklang.ui.internal.reception.model.ReceptionAction.MOVE_DOWN;
import static org.samklang.ui.internal.reception.model.ReceptionAction.MOVE_FIRST;
import static org.samklang.ui.internal.reception.model.ReceptionAction.MOVE_LAST;
import static org.samklang.ui.internal.reception.model.ReceptionAction.MOVE_UP;
import static org.samklang.ui.internal.reception.model.ReceptionAction.PAGE_DOWN;
import static org.samklang.ui.internal.reception.model.ReceptionAction.PAGE_UP;
import static org.samklang.ui.internal.reception.model.ReceptionAction.SEND_MESSAGE;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TAKE_MESSAGE;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TOGGLE_FAVOURITE;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TRANSFER_BLIND;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TRANSFER_CONSULTATIVE;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TRANSFER_MOBILE;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TRANSFER_VOICEMAIL;
import static org.samklang.ui.internal.reception.model.ReceptionAction.TYPE;

import java.util.List;
import java.util.Optional;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.reception.model.KeyPress.Key;

/**
 * The receptionist's keyboard: which key does what, in each {@link ReceptionMode}, and the legend line that teaches
 * it. A busy switchboard lives on the numeric keypad, so every action has a keypad key; laptops without a keypad use
 * the arrows, Enter and F-keys.
 * <p>
 * Rules: Ctrl+Alt (AltGr on Nordic keyboards, where it types @, £, $, {, [, ], }, \) is never an action; printable
 * characters from the main keyboard always type (digits find extensions); keypad digits navigate as their arrow
 * labels say (8 up, 2 down, 9 page up, 3 page down, 7 first, 1 last, 4 results, 6 who else can help), so the same
 * keys work whether NumLock is on or off. Pure and thread-safe.
 */
public final class ReceptionKeyMap {

    private ReceptionKeyMap() {
    }

    /** {@return the action for {@code press} in {@code mode}; empty means "not ours, let the widget have it"} */
    public static Optional<ReceptionAction> actionFor(KeyPress press, ReceptionMode mode) {
        if (press.ctrl() && press.alt()) {
            return Optional.empty();
        }
        if (mode == ReceptionMode.MESSAGE_FORM) {
            return inForm(press);
        }
        if (press.ctrl()) {
            return press.key() == Key.CHARACTER && Character.toLowerCase(press.character()) == 'd'
                    ? Optional.of(TOGGLE_FAVOURITE)
                    : Optional.empty();
        }
        if (press.alt()) {
            return Optional.empty();
        }
        boolean consulting = mode == ReceptionMode.CONSULTING;
        return Optional.ofNullable(switch (press.key()) {
            case CHARACTER, BACKSPACE, KEYPAD_0, KEYPAD_5 -> TYPE;
            case UP, KEYPAD_8 -> MOVE_UP;
            case DOWN, KEYPAD_2 -> MOVE_DOWN;
            case PAGE_UP, KEYPAD_9 -> PAGE_UP;
            case PAGE_DOWN, KEYPAD_3 -> PAGE_DOWN;
            case KEYPAD_7 -> MOVE_FIRST;
            case KEYPAD_1 -> MOVE_LAST;
            case KEYPAD_4 -> FOCUS_RESULTS;
            case KEYPAD_6 -> FOCUS_HELPERS;
            case ENTER, KEYPAD_ENTER -> consulting ? COMPLETE_TRANSFER : TRANSFER_BLIND;
            case KEYPAD_ADD, F5 -> TRANSFER_CONSULTATIVE;
            case KEYPAD_MULTIPLY, F6 -> TRANSFER_VOICEMAIL;
            case KEYPAD_DIVIDE, F7 -> TRANSFER_MOBILE;
            case KEYPAD_SUBTRACT, F8 -> TAKE_MESSAGE;
            case KEYPAD_DECIMAL, F9 -> consulting ? CANCEL_TRANSFER : null;
            case F2 -> TOGGLE_FAVOURITE;
            case ESCAPE -> CLEAR_SEARCH;
            case OTHER -> null;
        });
    }

    private static Optional<ReceptionAction> inForm(KeyPress press) {
        if (press.key() == Key.ESCAPE) {
            return Optional.of(CLOSE_MESSAGE);
        }
        if (press.ctrl() && (press.key() == Key.ENTER || press.key() == Key.KEYPAD_ENTER)) {
            return Optional.of(SEND_MESSAGE);
        }
        return Optional.empty();
    }

    /** {@return the message keys of the legend entries for {@code mode}, in display order} */
    public static List<String> legendKeys(ReceptionMode mode) {
        return switch (mode) {
            case BROWSING -> List.of("reception.legend.type", "reception.legend.move", "reception.legend.blind",
                    "reception.legend.consult", "reception.legend.voicemail", "reception.legend.mobile",
                    "reception.legend.message", "reception.legend.helpers", "reception.legend.favourite",
                    "reception.legend.clear");
            case CONSULTING -> List.of("reception.legend.complete", "reception.legend.cancel",
                    "reception.legend.move", "reception.legend.message", "reception.legend.favourite");
            case MESSAGE_FORM -> List.of("reception.legend.send", "reception.legend.close");
        };
    }

    /** {@return the legend line for {@code mode}: "Enter transfer · + consult · …"} */
    public static String legend(ReceptionMode mode, UiMessages messages) {
        StringBuilder line = new StringBuilder();
        for (String key : legendKeys(mode)) {
            if (!line.isEmpty()) {
                line.append("   ");
            }
            line.append(messages.format(key));
        }
        return line.toString();
    }
}
