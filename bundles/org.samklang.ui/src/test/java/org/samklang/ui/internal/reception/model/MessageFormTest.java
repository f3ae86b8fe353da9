package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.TakenMessage;

class MessageFormTest {

    private final Person karin = People.person("karin", "Karin Berg", "Ekonomi", "1234", "");

    @Test
    void aFormIsPrefilledWithTheCallersNumberAndCallBackTicked() {
        MessageForm form = MessageForm.prefilled("k1", karin,
                Optional.of(FakeCalls.call("c1", CallState.CONNECTED, "+46701234567")));
        assertEquals("+46701234567", form.callerNumber());
        assertTrue(form.callBack());
        assertEquals("", form.callerName());
    }

    @Test
    void aWithheldNumberLeavesTheNumberEmptyAndCallBackUnticked() {
        MessageForm form = MessageForm.prefilled("k1", karin,
                Optional.of(FakeCalls.call("c1", CallState.CONNECTED, null)));
        assertEquals("", form.callerNumber());
        assertFalse(form.callBack());
    }

    @Test
    void editingKeepsTheIdempotencyKey() {
        MessageForm form = MessageForm.prefilled("k1", karin, Optional.empty()).edited("Carl", "070-123", "Hi", true);
        assertEquals("k1", form.clientKey());
        assertEquals("Carl", form.callerName());
    }

    @Test
    void aBlankOrOverlongMessageIsAProblemNotAnException() {
        MessageForm form = MessageForm.prefilled("k1", karin, Optional.empty());
        assertEquals(Optional.of("reception.message.error.noText"), form.edited("", "", " \n\u200B ", false)
                .problem());
        assertEquals(Optional.of("reception.message.error.tooLong"), form.edited("", "", "x".repeat(
                TakenMessage.MAX_TEXT_LENGTH + 1), false).problem());
        assertEquals(Optional.empty(), form.edited("", "", "Ring mig", false).problem());
    }

    @Test
    void theTakenMessageIsCleanedAndAddressedToThePerson() {
        TakenMessage message = MessageForm.prefilled("k1", karin, Optional.empty())
                .edited(" Carl\u202E Persson ", " 070 123 ", "Line one\r\nLine two\u0000", true).toTakenMessage();
        assertEquals("karin", message.personId());
        assertEquals("k1", message.clientKey());
        assertEquals("Carl Persson", message.callerName());
        assertEquals(Optional.of("070 123"), message.callerNumber());
        assertEquals("Line one\nLine two", message.text());
        assertTrue(message.callBack());
    }
}
