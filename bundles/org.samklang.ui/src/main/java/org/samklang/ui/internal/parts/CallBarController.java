package org.samklang.ui.internal.parts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.swt.widgets.Composite;
import org.samklang.core.api.CallService;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.api.model.TransferRequest;
import org.samklang.core.api.model.WrapUpCode;
import org.samklang.ui.internal.model.CallBarPresenter;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Drives the conversation view's {@link CallBarView}: follows the desk's calls through {@link CallService}, shows
 * the bar while the shown conversation's call is at the desk, ticks its time every second and sends the agent's
 * commands. Without a call service the bar stays hidden. UI thread only, except the service's callbacks, which
 * hop to it.
 */
final class CallBarController implements CallBarView.Actions {

    private static final int TICK_MILLIS = 1_000;

    private final CallBarPresenter presenter;
    private final CallBarView view;
    private final UiThread threads;
    private final Clock clock = Clock.systemUTC();
    private CallService service;
    private CallService.Subscription subscription;
    private Conversation conversation;
    private DeskCall call;
    private boolean ticking;

    CallBarController(Composite parent, UiMessages messages, Palette palette, UiThread threads) {
        this.presenter = new CallBarPresenter(messages);
        this.view = new CallBarView(parent, messages, presenter, palette, this);
        this.threads = threads;
    }

    /** A call service came or went (null). */
    void connect(CallService newService) {
        if (newService == service) {
            return;
        }
        closeSubscription();
        service = newService;
        if (service != null) {
            subscription = service.subscribe(changed -> threads.ui(this::refresh));
        }
        refresh();
    }

    /** The conversation view now shows {@code shownConversation}. */
    void showFor(Conversation shownConversation) {
        conversation = shownConversation;
        refresh();
    }

    void close() {
        closeSubscription();
    }

    private void refresh() {
        if (view.control().isDisposed()) {
            return;
        }
        CallService calls = service;
        call = calls == null || conversation == null
                ? null
                : CallBarPresenter.callOf(calls.calls(), conversation.id()).orElse(null);
        if (call == null) {
            if (view.isShowing()) {
                view.hide();
            }
            return;
        }
        List<WrapUpCode> codes = calls.wrapUpCodes();
        view.show(presenter.state(call, clock.instant()), codes);
        if (!ticking) {
            ticking = true;
            view.control().getDisplay().timerExec(TICK_MILLIS, this::tick);
        }
    }

    private void tick() {
        ticking = false;
        if (view.control().isDisposed() || call == null || !view.isShowing()) {
            return;
        }
        view.tick(presenter.state(call, clock.instant()));
        ticking = true;
        view.control().getDisplay().timerExec(TICK_MILLIS, this::tick);
    }

    @Override
    public void answer() {
        send(s -> s.answer(call.callId()));
    }

    @Override
    public void hold() {
        send(s -> s.hold(call.callId()));
    }

    @Override
    public void resume() {
        send(s -> s.resume(call.callId()));
    }

    @Override
    public void transfer(String target, TransferMode mode) {
        send(s -> s.transfer(call.callId(), new TransferRequest(mode, target, Optional.empty())));
    }

    @Override
    public void completeTransfer() {
        send(s -> s.completeTransfer(call.callId()));
    }

    @Override
    public void cancelTransfer() {
        send(s -> s.cancelTransfer(call.callId()));
    }

    @Override
    public void hangUp() {
        send(s -> s.hangUp(call.callId()));
    }

    @Override
    public void wrapUp(WrapUpCode code) {
        send(s -> s.wrapUp(call.callId(), code.code()));
    }

    /** Commands never block the UI thread; the answer comes back as a line in the bar. */
    private void send(Function<CallService, CompletableFuture<CallOutcome>> command) {
        CallService calls = service;
        if (calls == null || call == null) {
            return;
        }
        view.busy(true);
        CompletableFuture<CallOutcome> sent;
        try {
            sent = command.apply(calls);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((outcome, error) -> threads.ui(() -> {
            view.busy(false);
            view.message(error != null ? presenter.failure(error) : presenter.outcome(outcome));
            refresh();
        }));
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
