package org.samklang.ui.internal.parts;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;
import org.samklang.ui.internal.model.PopTiming;
import org.samklang.ui.internal.model.ScreenPop;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The screen pop in the conversation list: when a call rings at the desk and the core has filed it, its
 * conversation becomes the window's selection, so the conversation view and the customer card open by themselves.
 * While the agent writes in the composer a banner announces the call instead; {@value #KEY_NAME} (or its button)
 * opens it. The pop is timed with {@link PopTiming}. UI thread only, except the service callback, which hops to it.
 */
final class ScreenPopController {

    /** The window-context key of the call being popped; the customer part follows it. */
    static final String POPPED_CALL = "org.samklang.ui.screenPop.call";
    static final int KEY = SWT.F12;
    static final String KEY_NAME = "F12";

    private final UiMessages messages;
    private final UiThread threads;
    private final Consumer<Conversation> select;
    private Consumer<DeskCall> popped = call -> {
    };
    private final ScreenPop pop = new ScreenPop();
    /** Longest the conversation waits for the caller's card before it opens anyway. */
    static final long CARD_FIRST_MILLIS = 400;
    private final PopTiming timing = PopTiming.shared();
    private final Composite banner;
    private final Label bannerText;
    private final Listener key;
    private CallService calls;
    private ConversationService conversations;
    private CallService.Subscription subscription;
    /** The call popped last; a pop that an earlier call had under way gives way to it. */
    private String lastPopped;

    ScreenPopController(Composite parent, UiMessages messages, Palette palette, UiThread threads,
            Consumer<Conversation> select) {
        this.messages = messages;
        this.threads = threads;
        this.select = select;
        banner = new Composite(parent, SWT.BORDER);
        banner.setLayout(Layouts.grid(2, false));
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bannerText = new Label(banner, SWT.WRAP);
        bannerText.setFont(palette.bold());
        bannerText.setForeground(palette.foreground(Tone.WARNING));
        bannerText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button open = new Button(banner, SWT.PUSH);
        open.setText(messages.format("call.banner.open") + " (" + KEY_NAME + ")");
        open.addListener(SWT.Selection, e -> openAnnounced());
        showBanner(Optional.empty());
        key = (Event e) -> {
            if (e.keyCode == KEY && (e.stateMask & SWT.MODIFIER_MASK) == 0 && !banner.isDisposed()
                    && pop.announced().isPresent() && banner.getShell() == banner.getDisplay().getActiveShell()) {
                e.doit = false;
                openAnnounced();
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, key);
    }

    /**
     * Tells the window which call pops, before its conversation is read: the customer card starts on the caller at
     * once (the practitioners' "prefetch on ringing"), while the rest of the window follows the selection.
     */
    void onPop(Consumer<DeskCall> listener) {
        popped = listener;
    }

    /** The services came or went; without a call service nothing pops. */
    void connect(CallService newCalls, ConversationService newConversations) {
        conversations = newConversations;
        if (newCalls == calls) {
            return;
        }
        closeSubscription();
        calls = newCalls;
        if (calls != null) {
            subscription = calls.subscribe(call -> {
                long received = timing.now();
                threads.ui(() -> changed(call, received));
            });
        }
    }

    void close() {
        closeSubscription();
        if (!banner.isDisposed()) {
            banner.getDisplay().removeFilter(SWT.KeyDown, key);
        }
    }

    private void changed(DeskCall call, long received) {
        switch (pop.changed(call, typing())) {
            case ScreenPop.Open open -> open(open.call(), received);
            case ScreenPop.Announce announce -> showBanner(Optional.of(announce.call()));
            case ScreenPop.Withdraw withdraw -> showBanner(Optional.empty());
            case ScreenPop.Nothing nothing -> {
                // Not a new ringing call.
            }
        }
    }

    private void openAnnounced() {
        pop.takeAnnounced().ifPresent(call -> open(call, timing.now()));
        showBanner(Optional.empty());
    }

    /** Reads the conversation off the UI thread, then selects it: the parts following the selection open it. */
    private void open(DeskCall call, long received) {
        ConversationService service = conversations;
        if (service == null || call.conversationId().isEmpty()) {
            return;
        }
        lastPopped = call.callId();
        timing.expect(call, received);
        CustomerId customer = call.customerId().orElse(null);
        timing.step(customer, "ui");
        popped.accept(call);
        timing.step(customer, "popped");
        threads.background(() -> {
            try {
                service.conversation(call.conversationId().get())
                        .ifPresent(c -> threads.ui(() -> selectAfterCard(call, c)));
            } catch (RuntimeException e) {
                System.getLogger(ScreenPopController.class.getName()).log(System.Logger.Level.WARNING,
                        "the conversation of call " + call.callId() + " could not be read", e);
            }
        });
    }

    /**
     * Opens the call's conversation once the caller's card is painted: opening it renders the timeline on the UI
     * thread, which otherwise delayed the card by most of its time. If the card is already there, at once; if it
     * does not come (a CRM that hangs), after {@link #CARD_FIRST_MILLIS} anyway.
     */
    private void selectAfterCard(DeskCall call, Conversation conversation) {
        if (!call.callId().equals(lastPopped)) {
            return; // another call rang meanwhile and popped: its conversation is the one to show
        }
        Optional<CustomerId> customer = call.customerId();
        if (customer.isEmpty() || !timing.expects(customer.get())) {
            select.accept(conversation);
            return;
        }
        timing.step(customer.get(), "read-conversation");
        timing.afterCard(customer.get(), () -> select.accept(conversation));
        threads.schedule(() -> threads.ui(() -> timing.takeAfterCard(customer.get()).ifPresent(Runnable::run)),
                CARD_FIRST_MILLIS);
    }

    /** The agent is writing a reply: focus in a multi-line text field that holds text. */
    private boolean typing() {
        Control focus = banner.getDisplay().getFocusControl();
        return focus instanceof Text text && (text.getStyle() & SWT.MULTI) != 0 && text.getEditable()
                && !text.getText().isBlank();
    }

    private void showBanner(Optional<DeskCall> call) {
        if (banner.isDisposed()) {
            return;
        }
        call.ifPresent(c -> bannerText.setText(messages.format("call.banner",
                c.caller().map(a -> a.value()).orElse(messages.format("call.banner.withheld")), KEY_NAME)));
        banner.setVisible(call.isPresent());
        ((GridData) banner.getLayoutData()).exclude = call.isEmpty();
        banner.getParent().layout(true, true);
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
