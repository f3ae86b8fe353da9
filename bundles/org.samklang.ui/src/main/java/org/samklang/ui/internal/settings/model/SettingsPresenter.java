package org.samklang.ui.internal.settings.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.RefreshThrottle;
import org.samklang.ui.internal.model.Scheduler;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * The Settings view without widgets: the plugins tree, the selected instance's form rendered from its type's
 * descriptors, the check as the user types, and Add, Save, Test connection, Duplicate, Enable or Disable, Remove.
 * <p>
 * <b>Threading.</b> Every public method is called on the UI thread, and all state lives there. The service's futures
 * complete on core threads and continue through {@code ui}; nothing here waits for one. The list is read again
 * (throttled) whenever the service says something changed, and the status line's entries add the health of running
 * instances. Edits are kept per instance while the user looks at others, and the tree marks them, so nothing typed
 * is lost silently.
 */
public final class SettingsPresenter {

    private static final System.Logger LOG = System.getLogger(SettingsPresenter.class.getName());
    private static final long THROTTLE_MILLIS = 250;
    private static final long MILLIS_PER_SECOND = 1000;
    /** How long a missing settings service is "connecting" before the view says it is not available. */
    static final long SERVICE_GRACE_MILLIS = 20_000;

    private final SettingsTexts texts;
    private final UiMessages messages;
    private final Executor ui;
    private final Executor calls;
    private final Scheduler scheduler;
    private final LongSupplier nowMillis;
    private final SettingsState state = new SettingsState();
    private final FormModels models;
    private SettingsScreen screen;
    private FormWork form;
    private InstanceWork instances;
    private RefreshThrottle checks;

    private PluginSettingsService service;
    private AutoCloseable subscription;
    private RefreshThrottle reloads;
    private long loadGeneration;
    private long answeredGeneration;
    private long serviceWait;
    private ConnectorStatusService statusService;
    private AutoCloseable statusSubscription;
    private RefreshThrottle statusThrottle;
    private FormModel shownForm;
    private String revealWanted;
    /** The selected instance that disappeared from the list while shown, and its name. */
    private NodeKey vanishedKey;
    private String vanishedName;

    /** Call {@link #attach} next: the screen's widgets need the presenter, so it comes second. */
    /**
     * @param ui        runs a task on the UI thread
     * @param calls     where the service is called: never the UI thread
     * @param scheduler the part's timer (throttles, the limits of waits)
     */
    public SettingsPresenter(SettingsTexts texts, Executor ui, Executor calls, Scheduler scheduler,
            LongSupplier nowMillis) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.messages = texts.messages();
        this.ui = Objects.requireNonNull(ui, "ui");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nowMillis = Objects.requireNonNull(nowMillis, "nowMillis");
        this.models = new FormModels(texts);
    }

    /** Shows everything on {@code target} from now on; called once, before any other method. */
    public void attach(SettingsScreen target) {
        if (screen != null) {
            throw new IllegalStateException("the presenter is attached already");
        }
        screen = Objects.requireNonNull(target, "screen");
        SettingsContext context = new SettingsContext(state, target, texts, ui, calls, scheduler, () -> service,
                this::refresh);
        form = new FormWork(context);
        instances = new InstanceWork(context);
        checks = new RefreshThrottle(THROTTLE_MILLIS, nowMillis, scheduler, () -> ui.execute(form::check));
        screen.showConnected(false);
        awaitService();
    }

    /** Says the service is not available if it does not come within {@link #SERVICE_GRACE_MILLIS}. */
    private void awaitService() {
        long wait = ++serviceWait;
        scheduler.schedule(() -> ui.execute(() -> {
            if (wait == serviceWait && service == null) {
                screen.showUnavailable(messages.format("settings.unavailable"));
            }
        }), SERVICE_GRACE_MILLIS);
    }

    // ---- services ----

    /** Uses the settings service from now on; null shows "Connecting to the engine…". Edits not saved are kept. */
    public void bindService(PluginSettingsService bound) {
        if (bound == service) {
            return;
        }
        closeSubscription();
        service = bound;
        state.loaded = false;
        screen.showConnected(bound != null);
        if (bound == null) {
            awaitService();
            return;
        }
        serviceWait++;
        showMessage(new InlineStatus(messages.format("settings.loading"), Tone.MUTED), false);
        RefreshThrottle throttle = new RefreshThrottle(THROTTLE_MILLIS, nowMillis, scheduler,
                () -> ui.execute(this::reload));
        reloads = throttle;
        subscription = bound.subscribe(throttle::request);
        reload();
    }

    /** Adds the health of running instances' remotes from the status line's service; null leaves it out. */
    public void bindStatus(ConnectorStatusService bound) {
        if (bound == statusService) {
            return;
        }
        closeStatus();
        statusService = bound;
        if (bound == null) {
            statusChanged(List.of());
            return;
        }
        AtomicReference<List<ConnectorStatus>> latest = new AtomicReference<>(List.of());
        RefreshThrottle throttle = new RefreshThrottle(THROTTLE_MILLIS, nowMillis, scheduler,
                () -> ui.execute(() -> statusChanged(latest.get())));
        statusThrottle = throttle;
        statusSubscription = bound.subscribe(list -> {
            latest.set(list);
            throttle.request();
        });
        latest.compareAndSet(List.of(), bound.connectors());
        statusChanged(latest.get());
    }

    /** Ends the subscriptions; the presenter is not used afterwards. */
    public void dispose() {
        closeSubscription();
        closeStatus();
        if (checks != null) {
            checks.close();
        }
    }

    private void reload() {
        PluginSettingsService asked = service;
        if (asked == null) {
            return;
        }
        long generation = ++loadGeneration;
        var both = SettingsContext.ask(calls, asked, s -> s.types(texts.locale()).thenCombine(s.instances(),
                Listing::new));
        both.whenComplete((listing, failure) -> ui.execute(() -> listed(generation, asked, listing, failure)));
        scheduler.schedule(() -> ui.execute(() -> {
            if (generation == loadGeneration && asked == service && answeredGeneration < generation) {
                // Said, but still waited for: a listing that comes late is shown all the same.
                failedToList(new AnswerTimeout(SettingsContext.ANSWER_MILLIS / MILLIS_PER_SECOND));
            }
        }), SettingsContext.ANSWER_MILLIS);
    }

    private record Listing(List<PluginTypeView> types, List<PluginInstanceView> instances) {
    }

    private void listed(long generation, PluginSettingsService asked, Listing listing, Throwable failure) {
        if (generation != loadGeneration || asked != service) {
            return;
        }
        answeredGeneration = generation;
        if (failure != null) {
            failedToList(failure);
            return;
        }
        NodeKey selected = state.selected;
        if (selected != null && selected.kind() == NodeKey.Kind.INSTANCE && !state.busy.contains(selected.id())
                && listing.instances().stream().noneMatch(i -> i.instanceId().equals(selected.id()))) {
            vanishedKey = selected;
            vanishedName = state.instance(selected.id()).map(PluginInstanceView::displayName).orElse(selected.id());
        }
        state.types = List.copyOf(listing.types());
        state.instances.clear();
        listing.instances().forEach(i -> state.instances.put(i.instanceId(), i));
        state.drafts.entrySet().removeIf(entry -> !state.instances.containsKey(entry.getKey()));
        state.drafts.forEach((id, draft) -> draft.listed(state.instances.get(id),
                state.formOf(state.instances.get(id).factoryPid())));
        if (state.adding != null && state.type(state.adding.factoryPid()).isEmpty()) {
            state.adding = null;
            screen.showStatus(new InlineStatus(messages.format("settings.add.typeGone"), Tone.WARNING));
        }
        boolean first = !state.loaded;
        state.loaded = true;
        if (revealWanted != null) {
            String wanted = revealWanted;
            revealWanted = null;
            reveal(wanted);
            return;
        }
        if (first && state.selected == null) {
            state.selected = tree().firstInstance().orElse(null);
        }
        refresh();
    }

    private void failedToList(Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "the Settings view could not list the plugins",
                FailureTexts.unwrap(failure));
        InlineStatus line = new InlineStatus(messages.format("settings.loadFailed",
                SettingsContext.describe(failure, messages)), Tone.ERROR);
        if (state.loaded) {
            screen.showStatus(line);
        } else {
            showMessage(line, false);
        }
    }

    private void statusChanged(List<ConnectorStatus> statuses) {
        state.remotes = statuses.stream().collect(Collectors.toMap(ConnectorStatus::id, Function.identity(),
                (first, second) -> first));
        if (state.loaded) {
            refresh();
        }
    }

    // ---- what is shown ----

    private PluginTree tree() {
        Optional<PluginTree.NewRow> adding = Optional.ofNullable(state.adding).map(draft -> new PluginTree.NewRow(
                draft.factoryPid(), draft.displayName().isBlank() ? draft.instanceId() : draft.displayName()));
        return PluginTree.of(state.types, state.instances.values(), state.remotes, state.unsaved(), adding, texts);
    }

    /** Shows the tree and the right side as the state is now. */
    private void refresh() {
        if (!state.loaded || service == null) {
            return;
        }
        screen.showTree(tree(), Optional.ofNullable(state.selected));
        Optional<FormDraft> draft = state.shownDraft();
        if (draft.isPresent()) {
            showForm(draft.get());
            return;
        }
        screen.showActions(FormActions.NONE);
        if (vanishedKey != null && vanishedKey.equals(state.selected)) {
            showMessage(new InlineStatus(messages.format("settings.vanished",
                    SettingsTexts.oneLine(vanishedName)), Tone.WARNING), false);
        } else {
            showGuide();
        }
    }

    private void showForm(FormDraft draft) {
        FormModel model = models.form(state.selected, draft, state.instance(draft.instanceId())
                .filter(i -> !draft.adding()), state.types, state.remote(draft.instanceId()));
        boolean opened = shownForm == null || !shownForm.key().equals(model.key());
        if (opened || !shownForm.withHeader(model.header()).equals(model)) {
            screen.showForm(model);
            checks.request();
        } else if (!shownForm.header().equals(model.header())) {
            screen.showHeader(model.header());
        }
        shownForm = model;
        form.showProblems(draft);
        screen.showActions(form.actions());
    }

    /** The right side without a form: what to do next, or what a type is. */
    private void showGuide() {
        NodeKey key = state.selected;
        if (key != null && key.kind() == NodeKey.Kind.TYPE) {
            Optional<PluginTypeView> type = state.type(key.id());
            String text = type.map(t -> t.description().isBlank()
                    ? messages.format("settings.type.plain", SettingsTexts.oneLine(t.displayName()))
                    : messages.format("settings.type.described", SettingsTexts.oneLine(t.displayName()),
                            SettingsTexts.oneLine(t.description())))
                    .orElseGet(() -> messages.format("settings.type.notInstalled", key.id()));
            showMessage(new InlineStatus(text, type.isPresent() ? Tone.NORMAL : Tone.WARNING), type.isPresent());
        } else if (state.types.isEmpty() && state.instances.isEmpty()) {
            showMessage(new InlineStatus(messages.format("settings.empty.noTypes"), Tone.MUTED), false);
        } else if (state.instances.isEmpty()) {
            showMessage(new InlineStatus(messages.format("settings.empty.noInstances", state.types.stream()
                    .map(t -> SettingsTexts.oneLine(t.displayName())).collect(Collectors.joining(", "))),
                    Tone.NORMAL), true);
        } else {
            showMessage(new InlineStatus(messages.format("settings.empty.select"), Tone.MUTED), true);
        }
    }

    /** A text takes the form's place: the next form is built anew. */
    private void showMessage(InlineStatus message, boolean offerAdd) {
        shownForm = null;
        screen.showMessage(message, offerAdd);
    }

    // ---- selection ----

    /** The user selected a row of the tree. */
    public void select(NodeKey key) {
        if (Objects.equals(key, state.selected)) {
            return;
        }
        if (state.adding != null && !state.adding.dirty() && !NodeKey.NEW_INSTANCE.equals(key)) {
            state.adding = null;
        }
        state.selected = key;
        refresh();
    }

    /** Shows an instance's settings (a click on its status item); says so when there is no such instance. */
    public void reveal(String instanceId) {
        if (!state.loaded) {
            revealWanted = instanceId;
            return;
        }
        if (state.instances.containsKey(instanceId)) {
            select(NodeKey.instance(instanceId));
        } else {
            screen.showStatus(new InlineStatus(messages.format("settings.reveal.unknown",
                    SettingsTexts.oneLine(instanceId)), Tone.MUTED));
            refresh();
        }
    }

    /** Opens the form of a new instance, of the selected type (or the selected instance's type). */
    public void add() {
        if (service == null || !state.loaded) {
            return;
        }
        if (state.types.isEmpty()) {
            screen.showStatus(new InlineStatus(messages.format("settings.add.nothingInstalled"), Tone.WARNING));
            return;
        }
        if (state.adding == null || !state.adding.dirty()) {
            String pid = preferredType();
            state.adding = FormDraft.adding(pid, state.formOf(pid));
        }
        state.selected = NodeKey.NEW_INSTANCE;
        refresh();
        screen.focusForm();
    }

    private String preferredType() {
        NodeKey key = state.selected;
        Optional<String> pid = Optional.empty();
        if (key != null && key.kind() == NodeKey.Kind.TYPE) {
            pid = Optional.of(key.id());
        } else if (key != null && key.kind() == NodeKey.Kind.INSTANCE) {
            pid = state.instance(key.id()).map(PluginInstanceView::factoryPid);
        } else if (key != null && key.kind() == NodeKey.Kind.ROLE) {
            pid = state.types.stream().filter(t -> t.role().name().equals(key.id())).findFirst()
                    .map(PluginTypeView::factoryPid);
        }
        return pid.filter(p -> state.type(p).isPresent()).orElse(state.types.get(0).factoryPid());
    }

    /** Enter in the tree: into the selected instance's form; on a type, Add an instance of it. */
    public void openSelected() {
        if (state.shownDraft().isPresent()) {
            screen.focusForm();
        } else if (state.selected != null && state.selected.kind() == NodeKey.Kind.TYPE
                && state.type(state.selected.id()).isPresent()) {
            add();
        }
    }

    /** Esc in the form: back to the tree; the edits stay. */
    public void escape() {
        screen.focusTree();
    }

    // ---- edits ----

    public void typeChosen(String factoryPid) {
        FormDraft adding = state.adding;
        if (adding == null || adding.factoryPid().equals(factoryPid) || state.type(factoryPid).isEmpty()) {
            return;
        }
        adding.changeType(factoryPid, state.formOf(factoryPid));
        refresh();
    }

    public void idEdited(String text) {
        edit(draft -> {
            if (draft.adding()) {
                draft.editInstanceId(text);
            }
        });
    }

    public void nameEdited(String text) {
        edit(draft -> draft.editDisplayName(text));
    }

    public void valueEdited(String key, String text) {
        edit(draft -> draft.editValue(key, text));
    }

    /** A new value was typed for a secret. */
    public void secretEdited(String key, String text) {
        edit(draft -> draft.editSecret(key, text));
    }

    /** The user asked to clear a stored secret on Save. */
    public void secretCleared(String key) {
        edit(draft -> draft.clearSecret(key));
    }

    /** The user undid Replace or Clear of a secret. */
    public void secretKept(String key) {
        edit(draft -> draft.keepSecret(key));
    }

    private void edit(Consumer<FormDraft> change) {
        Optional<FormDraft> shown = state.shownDraft();
        if (shown.isEmpty() || shownForm == null) {
            return;
        }
        FormDraft draft = shown.get();
        boolean wasDirty = draft.dirty();
        change.accept(draft);
        // The widgets show the edit already: remember the form as it is, so it is not built again for it.
        shownForm = models.form(shownForm.key(), draft, state.instance(draft.instanceId())
                .filter(i -> !draft.adding()), state.types, state.remote(draft.instanceId()));
        for (var field : shownForm.fields()) {
            if (field.setting().isSecret()) {
                screen.showSecret(field.key(), field.secretSet(), field.secretEdit());
            }
        }
        checks.request();
        if (draft.adding() || wasDirty != draft.dirty()) {
            screen.showTree(tree(), Optional.ofNullable(state.selected));
        }
        screen.showActions(form.actions());
    }

    // ---- actions ----

    public void save() {
        form.save();
    }

    public void test() {
        form.test();
    }

    public void duplicate() {
        instances.duplicate();
    }

    public void toggleEnabled() {
        instances.toggleEnabled();
    }

    public void remove() {
        instances.remove();
    }

    /** Drops the edits of the form shown: a saved instance shows its saved settings again, a new one goes. */
    public void discard() {
        Optional<FormDraft> shown = state.shownDraft();
        if (shown.isEmpty() || shown.get().saving()) {
            return;
        }
        FormDraft draft = shown.get();
        if (draft.adding()) {
            state.adding = null;
            state.selected = NodeKey.type(draft.factoryPid());
        } else {
            state.drafts.remove(draft.instanceId());
        }
        shownForm = null;
        screen.showStatus(new InlineStatus(messages.format("settings.discarded"), Tone.MUTED));
        refresh();
    }

    private void closeSubscription() {
        close(subscription, "plugin settings");
        subscription = null;
        if (reloads != null) {
            reloads.close();
            reloads = null;
        }
    }

    private void closeStatus() {
        close(statusSubscription, "connector status");
        statusSubscription = null;
        if (statusThrottle != null) {
            statusThrottle.close();
            statusThrottle = null;
        }
    }

    private static void close(AutoCloseable handle, String what) {
        if (handle == null) {
            return;
        }
        try {
            handle.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "closing the " + what + " subscription failed", e);
        }
    }
}
