package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.TransferMode;
import org.samklang.ui.internal.model.Tone;

class TransferCommandTest {

    private final Person karin = People.person("karin", "Karin Berg", "Ekonomi", "1234", "+46701112233");
    private final Person noPhones = People.person("nils", "Nils Ek", "Lager", "", "");
    private final Optional<DeskCall> talking = Optional.of(FakeCalls.call("c1", CallState.CONNECTED, "+4681234"));

    private TransferCommand.Prepared prepare(TransferMode mode, Person target, Optional<DeskCall> call) {
        return TransferCommand.prepare(mode, Optional.of(target), call, true, People.EN);
    }

    @Test
    void blindConsultativeAndVoicemailGoToTheExtensionAndMobileToTheMobile() {
        for (TransferMode mode : TransferMode.values()) {
            var ready = assertInstanceOf(TransferCommand.Ready.class, prepare(mode, karin, talking));
            assertEquals("c1", ready.callId());
            assertEquals(mode, ready.request().mode());
            assertEquals(mode == TransferMode.MOBILE ? "+46701112233" : "1234", ready.request().target());
            assertEquals(Optional.of("karin"), ready.request().personId());
        }
    }

    @Test
    void withoutANumberTheTransferIsNotAskedForAndTheLineSaysWhy() {
        var noMobile = assertInstanceOf(TransferCommand.Rejected.class,
                prepare(TransferMode.MOBILE, noPhones, talking));
        assertEquals("Nils Ek has no mobile number.", noMobile.reason().text());
        var noExtension = assertInstanceOf(TransferCommand.Rejected.class,
                prepare(TransferMode.BLIND, noPhones, talking));
        assertEquals("Nils Ek has no extension.", noExtension.reason().text());
    }

    @Test
    void withoutACallOrTelephonyOrDuringAConsultationNothingIsSent() {
        assertInstanceOf(TransferCommand.Rejected.class, prepare(TransferMode.BLIND, karin, Optional.empty()));
        assertInstanceOf(TransferCommand.Rejected.class,
                TransferCommand.prepare(TransferMode.BLIND, Optional.of(karin), talking, false, People.EN));
        assertInstanceOf(TransferCommand.Rejected.class, TransferCommand.prepare(TransferMode.BLIND,
                Optional.empty(), talking, true, People.EN));
        var consulting = assertInstanceOf(TransferCommand.Rejected.class, prepare(TransferMode.BLIND, karin,
                Optional.of(FakeCalls.call("c1", CallState.CONSULTING, "+4681234"))));
        assertEquals("Complete or cancel the consultation first.", consulting.reason().text());
    }

    @Test
    void outcomesAreShownInlineWithTheirTone() {
        InlineStatus done = TransferCommand.outcome(TransferCommand.doneKey(TransferMode.VOICEMAIL), karin,
                new CallOutcome.Done(), People.EN);
        assertEquals(new InlineStatus("Sent to the voicemail of Karin Berg.", Tone.GOOD), done);
        InlineStatus refused = TransferCommand.outcome("x", karin,
                new CallOutcome.Refused(CallOutcome.Problem.PBX_REFUSED, "busy line"), People.EN);
        assertEquals(new InlineStatus("Not done: busy line", Tone.ERROR), refused);
        InlineStatus unreachable = TransferCommand.outcome("x", karin,
                new CallOutcome.Unreachable(CallOutcome.Problem.PBX_FAILED, "PBX down"),
                People.EN);
        assertTrue(unreachable.text().contains("PBX down"));
        InlineStatus failed = TransferCommand.failure(new CompletionException(new IllegalStateException("gone")),
                People.EN);
        assertEquals(new InlineStatus("Failed: gone", Tone.ERROR), failed);
    }
}
