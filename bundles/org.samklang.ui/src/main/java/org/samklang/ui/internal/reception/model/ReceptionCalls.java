package org.samklang.ui.internal.reception.model;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ReceptionService;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.TransferMode;
import org.samklang.ui.internal.model.DisplayText;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The reception presenter's telephone half: the desk call line, transfers (with complete and cancel for a
 * consultative one) and the take-a-message form. UI-thread confined like the presenter; command futures complete on
 * core threads and their outcomes come back through {@code ui}. One command at a time: a second Enter while a
 * transfer is on its way is answered with a line, not a second transfer.
 */
final class ReceptionCalls {

    private final ReceptionScreen screen;
    private final ReceptionTexts texts;
    private final UiMessages messages;
    private final Executor ui;
    private final Clock clock;
    private final Runnable modeChanged;

    private CallService callService;
    private CallService.Subscription callSubscription;
    private ReceptionService receptionService;
    private CallLine callLine = new CallLine(Optional.empty(), "", Tone.MUTED);
    private boolean commandBusy;
    private Person consultTarget;
    private MessageForm form;
    private boolean sending;

    ReceptionCalls(ReceptionScreen screen, ReceptionTexts texts, Executor ui, Clock clock, Runnable modeChanged) {
        this.screen = screen;
        this.texts = texts;
        this.messages = texts.messages();
        this.ui = ui;
        this.clock = clock;
        this.modeChanged = modeChanged;
    }

    void bindCalls(CallService service) {
        if (callSubscription != null) {
            callSubscription.close();
            callSubscription = null;
        }
        callService = service;
        if (service != null) {
            callSubscription = service.subscribe(call -> ui.execute(this::refreshCall));
        }
        refreshCall();
    }

    void bindReception(ReceptionService service) {
        receptionService = service;
    }

    void dispose() {
        bindCalls(null);
    }

    boolean formOpen() {
        return form != null;
    }

    boolean consulting() {
        return callLine.consulting();
    }

    Optional<DeskCall> currentCall() {
        return callLine.call();
    }

    void refreshCall() {
        List<DeskCall> calls = callService == null ? List.of() : callService.calls();
        boolean telephony = callService != null && callService.available();
        callLine = texts.callLine(calls, telephony, clock.instant());
        screen.showCall(callLine);
        modeChanged.run();
    }

    void transfer(TransferMode mode, Optional<Person> target) {
        if (commandBusy) {
            screen.showStatus(new InlineStatus(messages.format("reception.transfer.busy"), Tone.WARNING));
            return;
        }
        boolean telephony = callService != null && callService.available();
        switch (TransferCommand.prepare(mode, target, currentCall(), telephony, messages)) {
            case TransferCommand.Rejected rejected -> screen.showStatus(rejected.reason());
            case TransferCommand.Ready ready -> {
                Person person = target.orElseThrow();
                screen.showStatus(ready.pending());
                if (mode == TransferMode.CONSULTATIVE) {
                    consultTarget = person;
                }
                run(callService.transfer(ready.callId(), ready.request()), TransferCommand.doneKey(mode), person);
            }
        }
    }

    void completeTransfer() {
        consultation(CallService::completeTransfer, "reception.transfer.completed");
    }

    void cancelTransfer() {
        consultation(CallService::cancelTransfer, "reception.transfer.cancelled");
    }

    private void consultation(ConsultCommand command, String doneKey) {
        Optional<DeskCall> call = currentCall();
        if (callService == null || call.isEmpty() || !consulting()) {
            screen.showStatus(new InlineStatus(messages.format("reception.transfer.notConsulting"), Tone.WARNING));
            return;
        }
        if (commandBusy) {
            screen.showStatus(new InlineStatus(messages.format("reception.transfer.busy"), Tone.WARNING));
            return;
        }
        Person person = consultTarget != null
                ? consultTarget
                : Person.of("unknown", call.get().transferTarget().orElse("?"), "", "");
        run(command.apply(callService, call.get().callId()), doneKey, person);
    }

    @FunctionalInterface
    private interface ConsultCommand {

        CompletableFuture<CallOutcome> apply(CallService service, String callId);
    }

    private void run(CompletableFuture<CallOutcome> future, String doneKey, Person person) {
        commandBusy = true;
        future.whenComplete((outcome, failure) -> ui.execute(() -> {
            commandBusy = false;
            screen.showStatus(failure != null
                    ? TransferCommand.failure(failure, messages)
                    : TransferCommand.outcome(doneKey, person, outcome, messages));
            refreshCall();
        }));
    }

    // ---- take a message ----

    void openMessage(Optional<Person> target, String clientKey) {
        if (target.isEmpty()) {
            screen.showStatus(new InlineStatus(messages.format("reception.transfer.noTarget"), Tone.WARNING));
            return;
        }
        if (form == null || !form.person().id().equals(target.get().id())) {
            form = MessageForm.prefilled(clientKey, target.get(), currentCall());
        }
        screen.showMessageForm(Optional.of(form));
        modeChanged.run();
    }

    void messageEdited(String callerName, String callerNumber, String text, boolean callBack) {
        if (form != null) {
            form = form.edited(callerName, callerNumber, text, callBack);
        }
    }

    void closeMessage() {
        form = null;
        screen.showMessageForm(Optional.empty());
        modeChanged.run();
    }

    void sendMessage() {
        if (form == null || sending) {
            return;
        }
        Optional<String> problem = form.problem();
        if (problem.isPresent()) {
            screen.showStatus(new InlineStatus(messages.format(problem.get(), 4_000), Tone.WARNING));
            return;
        }
        if (receptionService == null) {
            screen.showStatus(new InlineStatus(messages.format("reception.message.noService"), Tone.WARNING));
            return;
        }
        MessageForm sent = form;
        String name = DisplayText.oneLine(sent.person().displayName(), 80);
        sending = true;
        screen.showStatus(new InlineStatus(messages.format("reception.message.sending", name), Tone.MUTED));
        CompletableFuture<MessageId> future;
        try {
            future = receptionService.takeMessage(sent.toTakenMessage());
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((id, failure) -> ui.execute(() -> messageDone(sent, name, failure)));
    }

    private void messageDone(MessageForm sent, String name, Throwable failure) {
        sending = false;
        if (failure != null) {
            // The form stays open with the same key: sending again cannot send the message twice.
            screen.showStatus(new InlineStatus(messages.format("reception.message.failed",
                    FailureTexts.describe(failure, messages)), Tone.ERROR));
            return;
        }
        screen.showStatus(new InlineStatus(messages.format("reception.message.sent", name), Tone.GOOD));
        if (form != null && form.clientKey().equals(sent.clientKey())) {
            closeMessage();
        }
    }
}
