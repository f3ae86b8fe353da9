package org.samklang.ui.internal.parts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.QueueService;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Offer;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.OfferPresenter;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The offer bar below the conversation list: the work the router offers me ("☎ Anna Lindqvist · phone.support"),
 * the time left to answer, Accept (Ctrl+Shift+A) and Decline (Ctrl+Shift+D). Hidden while nothing is offered.
 * Open offers are read once a second (a non-blocking read of the routing runtime's latest list), which also moves
 * the countdown. UI thread only.
 */
final class OfferBar {

    private static final int POLL_MILLIS = 1_000;

    private final Composite bar;
    private final Label line;
    private final Label countdown;
    private final Button accept;
    private final Button decline;
    private final UiMessages messages;
    private final Palette palette;
    private final OfferPresenter presenter;
    private final UiThread threads;
    private final Clock clock = Clock.systemUTC();
    private Supplier<QueueService> queues = () -> null;
    private Supplier<Optional<String>> me = Optional::empty;
    private Function<ConversationId, Optional<String>> customerLookup = id -> Optional.empty();
    private Consumer<List<Offer>> onOffers = offers -> {
    };
    private Consumer<ConversationId> onAccepted = id -> {
    };
    private Offer shown;
    private Optional<String> customer = Optional.empty();
    private String problem;
    private boolean busy;

    OfferBar(Composite parent, UiMessages messages, Palette palette, UiThread threads) {
        this.messages = messages;
        this.palette = palette;
        this.threads = threads;
        this.presenter = new OfferPresenter(messages);
        bar = new Composite(parent, SWT.BORDER);
        bar.setLayout(Layouts.grid(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        line = new Label(bar, SWT.NONE);
        line.setFont(palette.bold());
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        countdown = new Label(bar, SWT.NONE);
        countdown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        accept = button(messages.format("offer.accept"), messages.format("offer.accept.tip"), this::acceptOffer);
        decline = button(messages.format("offer.decline"), messages.format("offer.decline.tip"), this::declineOffer);
        setVisible(false);
        bar.getDisplay().timerExec(POLL_MILLIS, this::poll);
    }

    /** Wires the bar to the part's services and reactions; suppliers are read on the UI thread. */
    void connect(Supplier<QueueService> queueService, Supplier<Optional<String>> myId,
            Function<ConversationId, Optional<String>> customerNameLookup, Consumer<List<Offer>> offersSeen,
            Consumer<ConversationId> accepted) {
        this.queues = queueService;
        this.me = myId;
        this.customerLookup = customerNameLookup;
        this.onOffers = offersSeen;
        this.onAccepted = accepted;
    }

    /** Accepts the offer shown, if any; the conversation opens once the router has assigned it. */
    void acceptOffer() {
        answer(true);
    }

    /** Declines the offer shown, if any; the router passes it to the next agent. */
    void declineOffer() {
        answer(false);
    }

    private void answer(boolean accepting) {
        QueueService service = queues.get();
        Optional<String> agent = me.get();
        if (shown == null || busy || service == null || agent.isEmpty()) {
            return;
        }
        Offer offer = shown;
        busy = true;
        problem = null;
        refresh();
        var future = accepting
                ? service.accept(offer.itemId(), agent.get())
                : service.decline(offer.itemId(), agent.get());
        future.whenComplete((ignored, failure) -> threads.ui(() -> answered(offer, accepting, failure)));
    }

    private void answered(Offer offer, boolean accepted, Throwable failure) {
        busy = false;
        if (failure != null) {
            problem = messages.format("offer.failed", FailureTexts.describe(failure, messages));
        } else if (accepted) {
            OfferPresenter.conversationOf(offer).ifPresent(onAccepted);
        }
        poll(false);
    }

    private void poll() {
        poll(true);
    }

    private void poll(boolean again) {
        if (bar.isDisposed()) {
            return;
        }
        QueueService service = queues.get();
        List<Offer> open = service == null ? List.of() : service.openOffers();
        onOffers.accept(open);
        Optional<Offer> mine = OfferPresenter.mine(open, me.get());
        if (mine.isPresent() && !mine.get().equals(shown)) {
            lookUpCustomer(mine.get());
        }
        if (mine.isEmpty() && !busy) {
            shown = null; // answered, timed out or withdrawn
            problem = null;
        } else if (mine.isPresent()) {
            shown = mine.get();
        }
        refresh();
        if (again) {
            bar.getDisplay().timerExec(POLL_MILLIS, this::poll);
        }
    }

    private void lookUpCustomer(Offer offer) {
        customer = Optional.empty();
        problem = null;
        Function<ConversationId, Optional<String>> lookup = customerLookup;
        OfferPresenter.conversationOf(offer).ifPresent(id -> threads.background(() -> {
            Optional<String> name;
            try {
                name = lookup.apply(id);
            } catch (RuntimeException e) {
                name = Optional.empty(); // the line keeps its placeholder; the queue still says what it is
            }
            Optional<String> found = name;
            threads.ui(() -> {
                if (offer.equals(shown)) {
                    customer = found;
                    refresh();
                }
            });
        }));
    }

    private void refresh() {
        if (shown == null) {
            setVisible(false);
            return;
        }
        OfferPresenter.Shown texts = presenter.show(shown, customer, clock.instant());
        line.setText(texts.line());
        line.setToolTipText(texts.line());
        countdown.setText(problem != null ? problem : texts.countdown());
        countdown.setForeground(palette.foreground(problem != null ? Tone.ERROR : texts.tone()));
        accept.setEnabled(!busy);
        decline.setEnabled(!busy);
        setVisible(true);
    }

    private void setVisible(boolean visible) {
        GridData data = (GridData) bar.getLayoutData();
        if (data.exclude == !visible && bar.getVisible() == visible) {
            bar.layout(true);
            return;
        }
        data.exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    private Button button(String text, String tip, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
