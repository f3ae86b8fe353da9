package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.DraftService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.Page;
import org.samklang.ui.internal.handlers.ShowKeysHandler;
import org.samklang.ui.internal.model.ComposerDrafts;
import org.samklang.ui.internal.model.ReplyChoice;
import org.samklang.ui.internal.model.CustomerNames;
import org.samklang.ui.internal.model.DeskGuide;
import org.samklang.ui.internal.model.EmptyDesk;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.JournalFeed;
import org.samklang.ui.internal.model.PresenceTexts;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.ThreadTexts;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.TimelineFormatter;
import org.samklang.ui.internal.model.TimelineInterest;
import org.samklang.ui.internal.model.TimelineState;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The conversation region: who and what (customer, channel, state), the customer's timeline across every channel
 * with the newest at the bottom, and the composer. Follows the window's selected conversation and refreshes from
 * the journal when the shown customer's messages or conversations change.
 */
public class ConversationThreadPart {

    private static final long REFRESH_INTERVAL_MILLIS = 250;
    private static final long RETRY_MILLIS = 5_000;
    /** Active while the composer has the focus: its key bindings (Ctrl+Enter sends) apply only there. */
    public static final String COMPOSER_CONTEXT = "org.samklang.context.composer";

    @Inject
    UISynchronize sync;

    @Inject
    EContextService contexts;

    @Inject
    MApplication application;

    private final UiMessages messages = UiMessages.current();
    private final ThreadTexts texts = new ThreadTexts(messages);
    private final TimelineFormatter formatter = new TimelineFormatter(messages,
            new TimeTexts(Clock.systemDefaultZone(), messages));
    private final TimelineState timeline = new TimelineState();
    private final ComposerDrafts drafts = new ComposerDrafts();
    private volatile ConversationService conversationService;
    private volatile CallService callService;
    private CallBarController callBar;
    private volatile TimelineInterest interest;
    private ConversationService connected;
    private Conversation current;
    private String customerName;
    private Conversation pendingSelection;
    private UiThread threads;
    private ConnectingPane pane;
    private StackLayout stack;
    private Label empty;
    private DeskGuideView guide;
    private EmptyDeskView emptyDesk;
    private volatile ConnectorStatusService statusService;
    private volatile PresenceService presenceService;
    private Composite shown;
    private Label header;
    private Label subject;
    private Label summary;
    private Button earlier;
    private TimelineView timelineView;
    private ComposerView composer;
    private ComposerController composerControl;
    private volatile DraftService draftService;
    private volatile AttachmentService attachmentService;
    private CustomerNames names;
    private JournalFeed feed;
    private RefreshThrottle throttle;

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "thread");
        pane = new ConnectingPane(parent, messages);
        Palette palette = new Palette(parent);
        Composite content = pane.content();
        stack = new StackLayout();
        content.setLayout(stack);
        Composite emptyBox = new Composite(content, SWT.NONE);
        emptyBox.setLayout(Layouts.grid(1, false));
        empty = new Label(emptyBox, SWT.WRAP);
        empty.setText(messages.format("thread.empty"));
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        emptyDesk = new EmptyDeskView(emptyBox, new EmptyDesk(messages), palette, threads,
                () -> ShowKeysHandler.keysOf(application, EmptyDeskView.SETTINGS_COMMAND));
        emptyDesk.follow(statusService);
        guide = new DeskGuideView(emptyBox, new DeskGuide(messages, new PresenceTexts(messages,
                new TimeTexts(Clock.systemDefaultZone(), messages))), palette, threads, this::guideKeys);
        guide.follow(presenceService);
        shown = new Composite(content, SWT.NONE);
        shown.setLayout(Layouts.grid(2, false));
        header = spanningLabel(shown, palette);
        subject = spanningLabel(shown, null);
        summary = new Label(shown, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        earlier = new Button(shown, SWT.PUSH);
        earlier.setText(messages.format("thread.showEarlier"));
        earlier.addListener(SWT.Selection, e -> timeline.older().ifPresent(this::fetch));
        callBar = new CallBarController(shown, messages, palette, threads);
        callBar.connect(callService);
        Composite body = new Composite(shown, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        body.setLayout(Layouts.tight(1, false));
        timelineView = new TimelineView(body, palette);
        composer = new ComposerView(body, messages, palette, this::send);
        composerControl = new ComposerController(composer, drafts, new ReplyChoice(messages,
                new TimeTexts(Clock.systemDefaultZone(), messages)), messages, threads, Clock.systemUTC());
        composerControl.bindDrafts(draftService);
        composerControl.bindAttachments(attachmentService);
        composer.onFocusChange(focused -> {
            if (focused) {
                contexts.activateContext(COMPOSER_CONTEXT);
            } else {
                contexts.deactivateContext(COMPOSER_CONTEXT);
            }
        });
        stack.topControl = emptyBox;
        serviceChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindConversations(@Service ConversationService service) {
        conversationService = service;
        if (threads != null) {
            threads.uiNowOrLater(this::serviceChanged);
        }
    }

    /** Drafts survive a restart when the engine's draft store is there; the composer works without it. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindDrafts(@Service DraftService service) {
        draftService = service;
        if (threads != null) {
            threads.uiNowOrLater(() -> composerControl.bindDrafts(service));
        }
    }

    /** Files can be attached when the desk's attachment service is there; without it "Attach…" says why not. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindAttachments(@Service AttachmentService service) {
        attachmentService = service;
        if (threads != null) {
            threads.uiNowOrLater(() -> composerControl.bindAttachments(service));
        }
    }

    /** The desk phone's call bar appears only with a call service; it comes and goes like any service. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindCalls(@Service CallService service) {
        callService = service;
        if (threads != null) {
            threads.uiNowOrLater(() -> {
                if (callBar != null && !header.isDisposed()) {
                    callBar.connect(callService);
                }
            });
        }
    }

    /** The guide in the empty region says whether work is offered to me; it follows my presence while it is there. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindPresence(@Service PresenceService service) {
        presenceService = service;
        if (threads != null) {
            threads.uiNowOrLater(() -> guide.follow(service));
        }
    }

    /** The empty region says what this desk lacks (no channels, directory or phone) while that is so. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindStatus(@Service ConnectorStatusService service) {
        statusService = service;
        if (threads != null) {
            threads.uiNowOrLater(() -> emptyDesk.follow(service));
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Conversation conversation) {
        if (conversation == null) {
            return; // focus moved to a part without a selection; keep showing what we show
        }
        pendingSelection = conversation;
        if (threads != null) {
            threads.uiNowOrLater(this::showPending);
        }
    }

    private DeskGuide.Keys guideKeys() {
        return new DeskGuide.Keys(key("org.samklang.command.presence.ready"),
                key("org.samklang.command.offer.accept"), key("org.samklang.command.conversations.focus"),
                key("org.samklang.command.window.keys"));
    }

    private String key(String commandId) {
        return ShowKeysHandler.keysOf(application, commandId).orElse("?");
    }

    @PreDestroy
    void dispose() {
        if (guide != null) {
            guide.close();
        }
        if (emptyDesk != null) {
            emptyDesk.close();
        }
        disconnect();
        if (callBar != null) {
            callBar.close();
        }
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void serviceChanged() {
        if (header == null || header.isDisposed() || conversationService == connected) {
            return;
        }
        disconnect();
        connected = conversationService;
        pane.showContent(connected != null);
        if (connected == null) {
            return;
        }
        names = new CustomerNames(connected, messages);
        throttle = new RefreshThrottle(REFRESH_INTERVAL_MILLIS, UiThread::nowMillis, threads,
                () -> threads.ui(this::refresh));
        RefreshThrottle feedThrottle = throttle;
        feed = new JournalFeed(connected, event -> {
            TimelineInterest now = interest;
            if (now != null && now.concerns(event)) {
                feedThrottle.request();
            }
        }, threads);
        threads.background(feed::start);
        if (current != null && pendingSelection == null) {
            // Start over with the same conversation: the old service's pages and journal are gone.
            if (!drafts.isSending(current.id())) {
                drafts.update(current.id(), composer.text());
            }
            pendingSelection = current;
            current = null;
        }
        showPending();
    }

    private void disconnect() {
        if (feed != null) {
            feed.close();
            throttle.close();
            feed = null;
        }
        connected = null;
    }

    private void showPending() {
        Conversation conversation = pendingSelection;
        if (conversation == null || connected == null || header.isDisposed()) {
            return;
        }
        pendingSelection = null;
        if (current != null && current.id().equals(conversation.id())) {
            current = conversation;
            showHeader();
            return;
        }
        if (current != null && !drafts.isSending(current.id())) {
            drafts.update(current.id(), composer.text());
        }
        current = conversation;
        callBar.showFor(conversation);
        customerName = messages.format("thread.customerLoading");
        interest = new TimelineInterest(conversation.customerId(), Set.of(conversation.id()));
        stack.topControl = shown;
        shown.getParent().layout(true, true);
        showHeader();
        composerControl.open(conversation, connected, texts.replyOn(conversation));
        timelineView.showLine(messages.format("thread.loading"));
        fetch(timeline.begin(conversation.customerId()));
    }

    private void refresh() {
        timeline.refresh().ifPresent(this::fetch);
    }

    private void fetch(TimelineState.Request request) {
        ConversationService service = connected;
        if (service == null || current == null) {
            return;
        }
        CustomerNames customerNames = names;
        ConversationId selectedId = current.id();
        showSummary();
        threads.background(() -> {
            try {
                Page<Message> page = service.timeline(request.customer(), request.page());
                page.items().forEach(formatter::prepare); // HTML is sanitised here, off the UI thread
                String name = customerNames.nameOf(request.customer());
                Optional<Conversation> latest = service.conversation(selectedId);
                threads.ui(() -> accept(request, page, name, latest));
            } catch (RuntimeException e) {
                threads.ui(() -> failed(request, e));
            }
        });
    }

    /** Says why the timeline could not be read and tries again a little later (the store may be back). */
    private void failed(TimelineState.Request request, RuntimeException error) {
        if (timeline.failed(request, error)) {
            showSummary();
            threads.schedule(() -> threads.ui(() -> {
                if (timeline.failure().isPresent()) {
                    refresh();
                }
            }), RETRY_MILLIS);
        }
    }

    private void accept(TimelineState.Request request, Page<Message> page, String name,
            Optional<Conversation> latest) {
        if (!timeline.accept(request, page)) {
            return;
        }
        customerName = name;
        latest.filter(conversation -> conversation.id().equals(current.id())).ifPresent(c -> current = c);
        Set<ConversationId> watched = new HashSet<>(timeline.shownConversations());
        watched.add(current.id());
        interest = new TimelineInterest(current.customerId(), watched);
        showHeader();
        showSummary();
        timelineView.show(timeline.oldestFirst().stream()
                .map(message -> formatter.entry(message, current.id())).toList(), request.older());
    }

    private void showHeader() {
        header.setText(texts.header(current, customerName));
        subject.setText(texts.subject(current));
        shown.layout(true);
    }

    private void showSummary() {
        summary.setText(timeline.summary(messages));
        earlier.setEnabled(timeline.hasOlder());
    }

    /** Puts the cursor in the composer of the open conversation (a command). */
    public void focusComposer() {
        if (current != null && composer != null) {
            composer.focus();
        }
    }

    /** {@return whether the composer holds the keyboard focus (the send command is enabled only then)} */
    public boolean composerHasFocus() {
        return current != null && composer != null && composer.hasFocus();
    }

    /** Sends what the composer holds, as its Send button does (a command: Ctrl+Enter). */
    public void sendReply() {
        if (current != null && composer != null) {
            send(composer.text());
        }
    }

    /** Opens the file chooser to attach a file to the reply, as "Attach…" does (a command: Ctrl+Shift+O). */
    public void attachFile() {
        if (current != null && composerControl != null) {
            composerControl.attach();
        }
    }

    /** Closes the open conversation; the composer's status line says how it went (a command). */
    public void closeConversation() {
        ConversationService service = connected;
        Conversation conversation = current;
        if (service == null || conversation == null) {
            return;
        }
        composer.showStatus(messages.format("thread.closing"), Tone.MUTED);
        service.close(conversation.id()).whenComplete((closed, failure) -> threads.ui(() -> {
            if (current != null && current.id().equals(conversation.id())) {
                composer.showStatus(failure == null
                        ? messages.format("thread.closed")
                        : messages.format("thread.closeFailed", FailureTexts.describe(failure, messages)),
                        failure == null ? Tone.MUTED : Tone.ERROR);
            }
        }));
    }

    private void send(String text) {
        composerControl.send(text, () -> current == null ? null : current.id());
    }

    private static Label spanningLabel(Composite parent, Palette palette) {
        Label label = new Label(parent, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (palette != null) {
            label.setFont(palette.title());
        }
        return label;
    }
}
