package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.KnowledgeEntry;
import org.samklang.core.api.model.PageRequest;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.KnowledgeListing;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The knowledge region: one knowledge base for every channel. Lists what the agent searches for; with an empty
 * search, suggestions for what the selected conversation's customer wrote; else the most used articles. Selecting
 * an article shows its text below. While a source is still loading (or failed, or none is connected) the heading
 * says so instead of "empty", and the list refreshes by itself when a source finishes.
 */
public class KnowledgePart {

    private static final int SEARCH_DELAY_MILLIS = 200;
    private static final int CUSTOMER_TEXT_CHARS = 400;

    @Inject
    UISynchronize sync;

    private final UiMessages messages = UiMessages.current();
    private volatile KnowledgeService knowledgeService;
    private volatile KnowledgeService.Subscription subscription;
    private volatile ConversationService conversationService;
    private Conversation pendingSelection;
    private Optional<String> customerText = Optional.empty();
    private int version;
    private UiThread threads;
    private ConnectingPane pane;
    private Text search;
    private Label heading;
    private Table results;
    private Text body;

    @PostConstruct
    public void create(Composite parent) {
        Glyphs.check(parent.getDisplay());
        parent.setLayout(new FillLayout());
        threads = new UiThread(sync, parent, "knowledge");
        pane = new ConnectingPane(parent, messages);
        Composite content = pane.content();
        content.setLayout(Layouts.grid(1, false));
        search = new Text(content, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(messages.format("knowledge.search.hint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, e -> refreshSoon());
        search.addListener(SWT.DefaultSelection, e -> refresh());
        heading = new Label(content, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm split = new SashForm(content, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        results = new Table(split, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        new TableColumn(results, SWT.LEFT).setWidth(200);
        new TableColumn(results, SWT.LEFT).setWidth(90);
        results.addListener(SWT.Selection, e -> showBody());
        results.addListener(SWT.Resize, e -> fitColumns());
        body = new Text(split, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        body.setText(messages.format("knowledge.pick"));
        split.setWeights(55, 45);
        ScrollbarRoom.keep(results);
        ScrollbarRoom.keep(body);
        serviceChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindKnowledge(@Service KnowledgeService service) {
        knowledgeService = service;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (service != null) {
            // A source that finishes loading (or fails) changes what the list says, without the agent doing a thing.
            subscription = service.subscribe(() -> {
                if (threads != null) {
                    threads.ui(this::refresh);
                }
            });
        }
        if (threads != null) {
            threads.uiNowOrLater(this::serviceChanged);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindConversations(@Service ConversationService service) {
        conversationService = service;
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

    @PreDestroy
    void dispose() {
        if (subscription != null) {
            subscription.close();
        }
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void serviceChanged() {
        if (results == null || results.isDisposed()) {
            return;
        }
        pane.showContent(knowledgeService != null);
        refresh();
    }

    /** Suggestions follow the conversation's subject, or what the customer last wrote when it has none. */
    private void showPending() {
        Conversation conversation = pendingSelection;
        if (conversation == null || results.isDisposed()) {
            return;
        }
        pendingSelection = null;
        String subject = conversation.subject();
        ConversationService service = conversationService;
        if (!subject.isBlank() || service == null) {
            customerText = Optional.of(subject).filter(s -> !s.isBlank());
            refresh();
            return;
        }
        threads.background(() -> {
            Optional<String> latest = latestCustomerText(service, conversation);
            threads.ui(() -> {
                customerText = latest;
                refresh();
            });
        });
    }

    private static Optional<String> latestCustomerText(ConversationService service, Conversation conversation) {
        try {
            return service.messages(conversation.id(), PageRequest.first(5)).items().stream()
                    .filter(message -> message.direction() == Direction.INBOUND)
                    .map(message -> message.text().length() > CUSTOMER_TEXT_CHARS
                            ? message.text().substring(0, CUSTOMER_TEXT_CHARS)
                            : message.text())
                    .filter(text -> !text.isBlank())
                    .findFirst();
        } catch (RuntimeException e) {
            return Optional.empty(); // suggestions are a convenience; the list still works without them
        }
    }

    private void refreshSoon() {
        int mine = ++version;
        search.getDisplay().timerExec(SEARCH_DELAY_MILLIS, () -> {
            if (!search.isDisposed() && mine == version) {
                refresh();
            }
        });
    }

    private void refresh() {
        KnowledgeService service = knowledgeService;
        if (service == null || results.isDisposed()) {
            return;
        }
        int mine = ++version;
        KnowledgeListing listing = KnowledgeListing.decide(search.getText(), customerText);
        threads.background(() -> {
            try {
                KnowledgeService.Status status = service.status();
                List<KnowledgeEntry> articles = listing.run(service);
                threads.ui(() -> show(mine, listing, articles, status));
            } catch (RuntimeException e) {
                threads.ui(() -> {
                    if (mine == version) {
                        heading.setText(messages.format("knowledge.failed", FailureTexts.describe(e, messages)));
                    }
                });
            }
        });
    }

    private void show(int requested, KnowledgeListing listing, List<KnowledgeEntry> articles,
            KnowledgeService.Status status) {
        if (requested != version) {
            return;
        }
        heading.setText(listing.heading(articles.size(), status, messages));
        results.setRedraw(false);
        try {
            results.removeAll();
            for (KnowledgeEntry article : articles) {
                TableItem item = new TableItem(results, SWT.NONE);
                item.setText(KnowledgeListing.cells(article, messages));
                item.setData(article);
            }
            results.getColumn(1).pack();
            fitColumns();
        } finally {
            results.setRedraw(true);
        }
        body.setText(messages.format("knowledge.pick"));
    }

    private void showBody() {
        int index = results.getSelectionIndex();
        if (index >= 0 && results.getItem(index).getData() instanceof KnowledgeEntry article) {
            body.setText(KnowledgeListing.body(article));
        }
    }

    private void fitColumns() {
        int width = results.getClientArea().width;
        TableColumn kind = results.getColumn(1);
        results.getColumn(0).setWidth(Math.max(80, width - kind.getWidth()));
    }
}
