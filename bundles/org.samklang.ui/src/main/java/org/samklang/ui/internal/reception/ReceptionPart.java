package org.samklang.ui.internal.reception;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.samklang.core.api.CallService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.ReceptionService;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.parts.Glyphs;
import org.samklang.ui.internal.parts.UiThread;
import org.samklang.ui.internal.reception.model.Favourites;
import org.samklang.ui.internal.reception.model.ReceptionPresenter;
import org.samklang.ui.internal.reception.model.ReceptionTexts;

/**
 * The receptionist's part: find a colleague as you type, see their state, reason, back-at and who else can help, and
 * transfer the desk call or take a message, all from the keyboard and the numeric keypad. Thin: the
 * {@link ReceptionPresenter} decides, {@link ReceptionView} shows, {@link KeyRouter} turns keys into actions.
 * <p>
 * The three services are optional and dynamic: without the directory the part says it is connecting; without
 * telephony it says transfers are not possible; without the message service the form says messages cannot be sent.
 */
public class ReceptionPart {

    private static final int CALL_TICK_MILLIS = 1_000;

    @Inject
    UISynchronize sync;

    private final UiMessages messages = UiMessages.current();
    private volatile PresenceService presenceService;
    private volatile CallService callService;
    private volatile ReceptionService receptionService;
    private UiThread threads;
    private ReceptionPresenter presenter;
    private ReceptionView view;
    private KeyRouter keys;

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "reception");
        ReceptionTexts texts = new ReceptionTexts(messages, new TimeTexts(Clock.systemDefaultZone(), messages));
        presenter = new ReceptionPresenter(texts, new Favourites(PreferenceFavouriteStore.openOrMemory()),
                threads::background, threads::ui, threads, UiThread::nowMillis, Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
        view = new ReceptionView(parent, messages, texts, presenter);
        presenter.attach(view);
        keys = new KeyRouter(parent.getDisplay(), presenter, view);
        servicesChanged();
        tickCall();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindPresence(@Service PresenceService service) {
        presenceService = service;
        later();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindCalls(@Service CallService service) {
        callService = service;
        later();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindReception(@Service ReceptionService service) {
        receptionService = service;
        later();
    }

    @Focus
    void focus() {
        if (view != null) {
            view.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        if (keys != null) {
            keys.dispose();
        }
        if (presenter != null) {
            presenter.dispose();
        }
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void later() {
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    private void servicesChanged() {
        if (presenter == null || view.control().isDisposed()) {
            return;
        }
        presenter.bindPresence(presenceService);
        presenter.bindCalls(callService);
        presenter.bindReception(receptionService);
    }

    /** The call line shows elapsed time, so it is redrawn once a second while the part lives. */
    private void tickCall() {
        view.control().getDisplay().timerExec(CALL_TICK_MILLIS, () -> {
            if (!view.control().isDisposed()) {
                presenter.refreshCall();
                tickCall();
            }
        });
    }
}
