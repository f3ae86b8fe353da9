package org.samklang.ui.internal.reception.model;

import java.util.Optional;
import org.samklang.core.api.model.TransferMode;

/** What a key (or a button) asks the reception part to do. */
public enum ReceptionAction {

    /** The key is text for the search box (or the message form): let it type. */
    TYPE, MOVE_UP, MOVE_DOWN, PAGE_UP, PAGE_DOWN, MOVE_FIRST, MOVE_LAST,
    /** Move the keyboard to the directory results. */
    FOCUS_RESULTS,
    /** Move the keyboard to "who else can help" for the selected person. */
    FOCUS_HELPERS, TRANSFER_BLIND, TRANSFER_CONSULTATIVE, TRANSFER_VOICEMAIL, TRANSFER_MOBILE, COMPLETE_TRANSFER, CANCEL_TRANSFER, TAKE_MESSAGE, TOGGLE_FAVOURITE, CLEAR_SEARCH, SEND_MESSAGE, CLOSE_MESSAGE;

    /** {@return the transfer mode this action starts, empty for every other action} */
    public Optional<TransferMode> transferMode() {
        return switch (this) {
            case TRANSFER_BLIND -> Optional.of(TransferMode.BLIND);
            case TRANSFER_CONSULTATIVE -> Optional.of(TransferMode.CONSULTATIVE);
            case TRANSFER_VOICEMAIL -> Optional.of(TransferMode.VOICEMAIL);
            case TRANSFER_MOBILE -> Optional.of(TransferMode.MOBILE);
            default -> Optional.empty();
        };
    }

    /** {@return true for the actions that move a highlight in a list} */
    public boolean isMove() {
        return switch (this) {
            case MOVE_UP, MOVE_DOWN, PAGE_UP, PAGE_DOWN, MOVE_FIRST, MOVE_LAST -> true;
            default -> false;
        };
    }
}
