package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.CustomerContextService;
import org.samklang.core.api.CustomerNoteService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.MediaType;
import org.samklang.ui.internal.model.AddressChooser;
import org.samklang.ui.internal.model.CustomerCardFormatter;
import org.samklang.ui.internal.model.CustomerNames;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.NoteAutosave;
import org.samklang.ui.internal.model.PopTiming;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The customer region: who the selected conversation's customer is, from every connected source at once (CRM
 * record, ERP orders and invoices, earlier conversations), each block showing its own state while the others
 * load. The context is opened for the customer's address on the conversation's channel. Under the card, the
 * agent's note on the customer, read off the UI thread and saved a pause after typing stops.
 */
public class CustomerContextPart {

    @Inject
    UISynchronize sync;

    private final UiMessages messages = UiMessages.current();
    private final CustomerCardFormatter formatter = new CustomerCardFormatter(messages,
            new TimeTexts(Clock.systemDefaultZone(), messages));
    private volatile ConversationService conversationService;
    private volatile CustomerContextService contextService;
    private volatile CustomerNoteService noteService;
    private boolean connected;
    private Conversation pendingSelection;
    private Conversation lastSelection;
    private DeskCall popCall;
    private CustomerId shownCustomer;
    /** Whether the card of {@link #shownCustomer} has been drawn, not just asked for. */
    private boolean cardDrawn;
    private int generation;
    private CustomerContextService.Handle handle;
    private UiThread threads;
    private ConnectingPane pane;
    private CustomerCardView view;
    private CustomerNoteView noteView;
    private NoteAutosave noteAutosave;
    /** The customer whose note the field is for; null while no customer is shown. */
    private CustomerId noteCustomer;
    private int noteGeneration;

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "customer");
        pane = new ConnectingPane(parent, messages);
        pane.content().setLayout(Layouts.tight(1, false));
        Palette palette = new Palette(parent);
        view = new CustomerCardView(pane.content(), palette, messages);
        GridData cardData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // The card scrolls itself: it takes what the note leaves, never its whole text's height.
        cardData.heightHint = 0;
        cardData.widthHint = 0;
        view.control().setLayoutData(cardData);
        noteView = new CustomerNoteView(pane.content(), palette, messages, this::noteEdited);
        noteAutosave = new NoteAutosave(threads, this::saveNote, outcome -> threads.ui(() -> noteSaved(outcome)),
                messages);
        view.showMessage(messages.format("card.empty"));
        servicesChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindConversations(@Service ConversationService service) {
        conversationService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindContext(@Service CustomerContextService service) {
        contextService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::servicesChanged);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindNotes(@Service CustomerNoteService service) {
        noteService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::noteServiceChanged);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Conversation conversation) {
        if (conversation == null) {
            return;
        }
        pendingSelection = conversation;
        if (threads != null) {
            threads.uiNowOrLater(this::showPending);
        }
    }

    /** A call pops: show its caller's card now, before the list has selected the call's conversation. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void popped(@Named(ScreenPopController.POPPED_CALL) DeskCall call) {
        if (call == null || call.customerId().isEmpty() || call.conversationId().isEmpty()) {
            return;
        }
        popCall = call;
        if (threads != null) {
            threads.uiNowOrLater(this::showPopped);
        }
    }

    private void showPopped() {
        DeskCall call = popCall;
        popCall = null;
        if (call == null || !connected || view.control().isDisposed()
                || call.customerId().get().equals(shownCustomer)) {
            reportPop();
            return;
        }
        showCustomer(call.customerId().get(), MediaType.VOICE);
    }

    @PreDestroy
    void dispose() {
        closeHandle();
        if (noteAutosave != null) {
            noteAutosave.saveHere();
        }
        if (threads != null) {
            threads.shutdown();
        }
    }

    /** A service came or went: start over with the last selected customer, since the old handle is useless. */
    private void servicesChanged() {
        if (view == null || view.control().isDisposed()) {
            return;
        }
        closeHandle();
        connected = conversationService != null && contextService != null;
        pane.showContent(connected);
        shownCustomer = null;
        showNote(null);
        if (pendingSelection == null) {
            pendingSelection = lastSelection;
        }
        showPending();
    }

    private void showPending() {
        Conversation conversation = pendingSelection;
        if (conversation == null || !connected || view.control().isDisposed()) {
            return;
        }
        pendingSelection = null;
        lastSelection = conversation;
        if (conversation.customerId().equals(shownCustomer)) {
            reportPop();
            return;
        }
        showCustomer(conversation.customerId(), conversation.mediaType());
    }

    /** Loads and shows the card of {@code customer}, addressed as on {@code media} (a call: by phone). */
    private void showCustomer(CustomerId customer, MediaType media) {
        PopTiming.shared().step(customer, "card");
        closeHandle();
        shownCustomer = customer;
        cardDrawn = false;
        showNote(customer);
        int mine = ++generation;
        view.showMessage(messages.format("card.loading"));
        ConversationService service = conversationService;
        CustomerNames names = new CustomerNames(service, messages);
        threads.background(() -> {
            try {
                Optional<Customer> found = service.customer(customer);
                String name = names.nameOf(found);
                Optional<Address> address = found.flatMap(c -> AddressChooser.choose(c, media));
                PopTiming.shared().step(customer, "read");
                threads.ui(() -> open(mine, name, address));
            } catch (RuntimeException e) {
                threads.ui(() -> failed(mine, e));
            }
        });
    }

    private void open(int requested, String name, Optional<Address> address) {
        CustomerContextService service = contextService;
        if (requested != generation || service == null) {
            return;
        }
        PopTiming.shared().step(shownCustomer, "open");
        if (address.isEmpty()) {
            view.show(formatter.withoutAddress(name));
            cardDrawn = true;
            reportPop();
            return;
        }
        try {
            handle = service.open(address.get(), snapshot -> threads.ui(() -> {
                if (requested == generation) {
                    view.show(formatter.card(snapshot, name));
                }
            }));
            PopTiming.shared().step(shownCustomer, "context");
            view.show(formatter.card(handle.current(), name));
            cardDrawn = true;
            PopTiming.shared().step(shownCustomer, "shown");
            reportPop();
        } catch (RuntimeException e) {
            failed(requested, e);
        }
    }

    /**
     * A screen pop waits for this card: paint it now, so the measured time is what the agent sees. Before the card
     * is drawn (still "Loading…") the pop is not over; {@link #open} reports it.
     */
    private void reportPop() {
        if (cardDrawn && PopTiming.shared().expects(shownCustomer)) {
            view.control().update();
            PopTiming.shared().painted(shownCustomer);
        }
    }

    private void failed(int requested, RuntimeException e) {
        if (requested == generation) {
            view.showMessage(messages.format("card.failed", FailureTexts.describe(e, messages)));
            shownCustomer = null;
            showNote(null);
        }
    }

    /** The note field follows the shown customer: save what was typed for the last one, read the new one's note. */
    private void showNote(CustomerId customer) {
        if (Objects.equals(customer, noteCustomer) || noteView.control().isDisposed()) {
            return;
        }
        noteAutosave.saveNow();
        noteCustomer = customer;
        int mine = ++noteGeneration;
        CustomerNoteService service = noteService;
        if (customer == null || service == null) {
            noteView.hide();
            return;
        }
        noteView.loading();
        threads.background(() -> {
            try {
                String note = service.note(customer).orElse("");
                threads.ui(() -> {
                    if (mine == noteGeneration) {
                        noteView.show(note);
                    }
                });
            } catch (RuntimeException e) {
                String problem = messages.format("note.loadFailed", FailureTexts.describe(e, messages));
                threads.ui(() -> {
                    if (mine == noteGeneration) {
                        noteView.failed(problem);
                    }
                });
            }
        });
    }

    /** The note service came or went: read the shown customer's note again (or hide the field). */
    private void noteServiceChanged() {
        if (noteView == null || noteView.control().isDisposed()) {
            return;
        }
        CustomerId customer = noteCustomer;
        showNote(null);
        showNote(customer);
    }

    private void noteEdited(String text) {
        if (noteCustomer != null) {
            noteView.status(Tone.MUTED, "");
            noteAutosave.changed(noteCustomer, text);
        }
    }

    /** Runs on the part's background thread; the service only queues the write. */
    private void saveNote(CustomerId customer, String text) {
        CustomerNoteService service = noteService;
        if (service == null) {
            throw new IllegalStateException(messages.format("note.unavailable"));
        }
        service.saveNote(customer, text);
    }

    private void noteSaved(NoteAutosave.Outcome outcome) {
        if (outcome.customer().equals(noteCustomer) && !noteView.control().isDisposed()) {
            noteView.status(outcome.saved() ? Tone.MUTED : Tone.WARNING, outcome.text());
        }
    }

    private void closeHandle() {
        generation++;
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException e) {
                System.getLogger(CustomerContextPart.class.getName()).log(System.Logger.Level.WARNING,
                        "closing a customer context failed", e);
            }
            handle = null;
        }
    }
}
