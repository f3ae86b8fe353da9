package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.reception.model.KeyPress.Key;

class ReceptionKeyMapTest {

    private static Optional<ReceptionAction> browsing(KeyPress press) {
        return ReceptionKeyMap.actionFor(press, ReceptionMode.BROWSING);
    }

    @Test
    void theKeypadOperatorsStartEachTransferVariantAndTheMessage() {
        assertEquals(Optional.of(ReceptionAction.TRANSFER_BLIND), browsing(KeyPress.of(Key.KEYPAD_ENTER)));
        assertEquals(Optional.of(ReceptionAction.TRANSFER_BLIND), browsing(KeyPress.of(Key.ENTER)));
        assertEquals(Optional.of(ReceptionAction.TRANSFER_CONSULTATIVE), browsing(KeyPress.of(Key.KEYPAD_ADD)));
        assertEquals(Optional.of(ReceptionAction.TRANSFER_VOICEMAIL), browsing(KeyPress.of(Key.KEYPAD_MULTIPLY)));
        assertEquals(Optional.of(ReceptionAction.TRANSFER_MOBILE), browsing(KeyPress.of(Key.KEYPAD_DIVIDE)));
        assertEquals(Optional.of(ReceptionAction.TAKE_MESSAGE), browsing(KeyPress.of(Key.KEYPAD_SUBTRACT)));
    }

    @Test
    void laptopsWithoutAKeypadHaveFunctionKeysForTheSameActions() {
        assertEquals(browsing(KeyPress.of(Key.KEYPAD_ADD)), browsing(KeyPress.of(Key.F5)));
        assertEquals(browsing(KeyPress.of(Key.KEYPAD_MULTIPLY)), browsing(KeyPress.of(Key.F6)));
        assertEquals(browsing(KeyPress.of(Key.KEYPAD_DIVIDE)), browsing(KeyPress.of(Key.F7)));
        assertEquals(browsing(KeyPress.of(Key.KEYPAD_SUBTRACT)), browsing(KeyPress.of(Key.F8)));
    }

    @Test
    void keypadDigitsMoveAsTheirArrowLabelsSayAndArrowsDoTheSame() {
        assertEquals(Optional.of(ReceptionAction.MOVE_UP), browsing(KeyPress.of(Key.KEYPAD_8)));
        assertEquals(Optional.of(ReceptionAction.MOVE_UP), browsing(KeyPress.of(Key.UP)));
        assertEquals(Optional.of(ReceptionAction.MOVE_DOWN), browsing(KeyPress.of(Key.KEYPAD_2)));
        assertEquals(Optional.of(ReceptionAction.MOVE_DOWN), browsing(KeyPress.of(Key.DOWN)));
        assertEquals(Optional.of(ReceptionAction.PAGE_UP), browsing(KeyPress.of(Key.KEYPAD_9)));
        assertEquals(Optional.of(ReceptionAction.PAGE_DOWN), browsing(KeyPress.of(Key.KEYPAD_3)));
        assertEquals(Optional.of(ReceptionAction.PAGE_DOWN), browsing(KeyPress.of(Key.PAGE_DOWN)));
        assertEquals(Optional.of(ReceptionAction.MOVE_FIRST), browsing(KeyPress.of(Key.KEYPAD_7)));
        assertEquals(Optional.of(ReceptionAction.MOVE_LAST), browsing(KeyPress.of(Key.KEYPAD_1)));
        assertEquals(Optional.of(ReceptionAction.FOCUS_RESULTS), browsing(KeyPress.of(Key.KEYPAD_4)));
        assertEquals(Optional.of(ReceptionAction.FOCUS_HELPERS), browsing(KeyPress.of(Key.KEYPAD_6)));
    }

    @Test
    void lettersAndMainRowDigitsTypeIntoTheSearchSoExtensionsCanBeFound() {
        assertEquals(Optional.of(ReceptionAction.TYPE), browsing(KeyPress.typed('a')));
        assertEquals(Optional.of(ReceptionAction.TYPE), browsing(KeyPress.typed('4')));
        assertEquals(Optional.of(ReceptionAction.TYPE), browsing(KeyPress.typed('+')), "main-row plus types");
        assertEquals(Optional.of(ReceptionAction.TYPE), browsing(KeyPress.of(Key.BACKSPACE)));
    }

    @Test
    void ctrlAltIsAltGrOnNordicKeyboardsAndNeverAnAction() {
        assertEquals(Optional.empty(), browsing(new KeyPress(Key.CHARACTER, 'd', true, true, false)));
        assertEquals(Optional.empty(), browsing(new KeyPress(Key.KEYPAD_ADD, '\0', true, true, false)));
        assertEquals(Optional.empty(), browsing(new KeyPress(Key.CHARACTER, '@', false, true, false)));
    }

    @Test
    void favouriteToggleIsF2OrCtrlD() {
        assertEquals(Optional.of(ReceptionAction.TOGGLE_FAVOURITE), browsing(KeyPress.of(Key.F2)));
        assertEquals(Optional.of(ReceptionAction.TOGGLE_FAVOURITE), browsing(KeyPress.ctrl(Key.CHARACTER, 'd')));
        assertEquals(Optional.of(ReceptionAction.TOGGLE_FAVOURITE), browsing(KeyPress.ctrl(Key.CHARACTER, 'D')));
        assertEquals(Optional.empty(), browsing(KeyPress.ctrl(Key.CHARACTER, 'c')), "copy stays copy");
    }

    @Test
    void givenAConsultation_enterCompletesAndKeypadCommaCancels() {
        assertEquals(Optional.of(ReceptionAction.COMPLETE_TRANSFER),
                ReceptionKeyMap.actionFor(KeyPress.of(Key.KEYPAD_ENTER), ReceptionMode.CONSULTING));
        assertEquals(Optional.of(ReceptionAction.CANCEL_TRANSFER),
                ReceptionKeyMap.actionFor(KeyPress.of(Key.KEYPAD_DECIMAL), ReceptionMode.CONSULTING));
        assertEquals(Optional.of(ReceptionAction.CANCEL_TRANSFER),
                ReceptionKeyMap.actionFor(KeyPress.of(Key.F9), ReceptionMode.CONSULTING));
        assertEquals(Optional.empty(), browsing(KeyPress.of(Key.KEYPAD_DECIMAL)), "nothing to cancel");
    }

    @Test
    void givenTheMessageForm_keysTypeIntoItExceptSendAndClose() {
        ReceptionMode form = ReceptionMode.MESSAGE_FORM;
        assertEquals(Optional.empty(), ReceptionKeyMap.actionFor(KeyPress.of(Key.ENTER), form), "new line");
        assertEquals(Optional.empty(), ReceptionKeyMap.actionFor(KeyPress.of(Key.KEYPAD_ADD), form));
        assertEquals(Optional.empty(), ReceptionKeyMap.actionFor(KeyPress.of(Key.DOWN), form));
        assertEquals(Optional.of(ReceptionAction.SEND_MESSAGE),
                ReceptionKeyMap.actionFor(KeyPress.ctrl(Key.ENTER, '\0'), form));
        assertEquals(Optional.of(ReceptionAction.CLOSE_MESSAGE),
                ReceptionKeyMap.actionFor(KeyPress.of(Key.ESCAPE), form));
    }

    @Test
    void escapeClearsTheSearch() {
        assertEquals(Optional.of(ReceptionAction.CLEAR_SEARCH), browsing(KeyPress.of(Key.ESCAPE)));
    }

    @Test
    void everyLegendEntryHasATextInEnglishAndSwedish() {
        for (ReceptionMode mode : ReceptionMode.values()) {
            assertFalse(ReceptionKeyMap.legendKeys(mode).isEmpty(), mode.name());
            for (String key : ReceptionKeyMap.legendKeys(mode)) {
                assertTrue(UiMessages.forLocale(Locale.ENGLISH).has(key), key);
                assertTrue(UiMessages.forLocale(Locale.of("sv")).has(key), key);
            }
        }
    }

    @Test
    void theLegendLineNamesTheKeysOfItsMode() {
        String browsing = ReceptionKeyMap.legend(ReceptionMode.BROWSING, UiMessages.forLocale(Locale.ENGLISH));
        assertTrue(browsing.contains("Enter transfer"), browsing);
        assertTrue(browsing.contains("+ F5 consult"), browsing);
        String consulting = ReceptionKeyMap.legend(ReceptionMode.CONSULTING, UiMessages.forLocale(Locale.ENGLISH));
        assertTrue(consulting.contains("Enter complete transfer"), consulting);
        assertFalse(consulting.contains("Enter transfer"), consulting);
    }
}
