package org.samklang.ui.internal.settings.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.samklang.core.api.PluginSettingsException;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * The form's work with the service: the check as the user types, Save and Test connection. Each answer is applied
 * to the draft it was asked for, also when the user has looked at another instance meanwhile, so a save never
 * leaves a draft that claims edits already saved. UI thread only.
 */
final class FormWork {

    private static final System.Logger LOG = System.getLogger(FormWork.class.getName());
    private static final double MILLIS_PER_SECOND = 1000.0;

    private final SettingsContext context;
    private final SettingsState state;

    FormWork(SettingsContext context) {
        this.context = context;
        this.state = context.state();
    }

    // ---- the check as the user types ----

    /** Checks the form shown now with the service; the answer shows at the fields. */
    void check() {
        PluginSettingsService service = context.service().get();
        Optional<FormDraft> shown = state.shownDraft();
        if (service == null || shown.isEmpty() || shown.get().settings().descriptors().isEmpty()
                && state.type(shown.get().factoryPid()).isEmpty()) {
            return;
        }
        FormDraft draft = shown.get();
        long generation = draft.nextCheck();
        PluginInstanceEdit edit = draft.edit(state.enabled(draft));
        CompletableFuture<List<SettingProblem>> answer = draft.adding()
                ? context.ask(service, s -> s.checkCreate(edit, context.locale()))
                : context.ask(service, s -> s.checkUpdate(edit, context.locale()));
        context.onUi(answer, (problems, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "checking the settings of " + edit.instanceId() + " failed",
                        FailureTexts.unwrap(failure));
                context.screen().showStatus(new InlineStatus(context.messages().format("settings.check.failed",
                        context.describe(failure)), Tone.ERROR));
                return;
            }
            if (draft.checked(generation, withLocalProblems(draft, problems))) {
                showIfShown(draft);
            }
        });
    }

    /** A new instance without an id is checked under a stand-in: what is said of that is replaced by "required". */
    private List<SettingProblem> withLocalProblems(FormDraft draft, List<SettingProblem> found) {
        if (!draft.idMissing()) {
            return found;
        }
        List<SettingProblem> problems = new ArrayList<>();
        problems.add(new SettingProblem(SettingProblem.INSTANCE_KEY, SettingProblem.Kind.REQUIRED,
                context.messages().format("settings.form.idRequired")));
        found.stream().filter(p -> !p.key().equals(SettingProblem.INSTANCE_KEY)).forEach(problems::add);
        return problems;
    }

    private void showIfShown(FormDraft draft) {
        if (state.shownDraft().orElse(null) == draft) {
            showProblems(draft);
            context.screen().showActions(actions());
        }
    }

    /** Shows the draft's problems at their fields and why Save is disabled. */
    void showProblems(FormDraft draft) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (SettingProblem problem : draft.visibleProblems()) {
            byKey.putIfAbsent(problem.key(), SettingsTexts.oneLine(problem.message()));
        }
        String blocked = draft.firstProblem().map(first -> context.messages().format("settings.form.blocked",
                SettingsTexts.oneLine(first.message()), draft.problems().size() - 1)).orElse("");
        context.screen().showProblems(byKey, blocked);
    }

    /** {@return which buttons work for the form shown now} */
    FormActions actions() {
        Optional<FormDraft> shown = state.shownDraft();
        if (shown.isEmpty()) {
            return FormActions.NONE;
        }
        FormDraft draft = shown.get();
        Optional<PluginInstanceView> saved = draft.adding() ? Optional.empty() : state.instance(draft.instanceId());
        boolean installed = state.type(draft.factoryPid()).isPresent();
        boolean busy = saved.map(v -> state.busy.contains(v.instanceId())).orElse(false);
        boolean changed = draft.adding() || draft.dirty();
        return new FormActions(installed && changed && !draft.saving() && draft.problems().isEmpty(),
                installed && !draft.testing(), draft.dirty() && !draft.saving(), saved.isPresent() && !busy,
                saved.isPresent() && !busy, saved.map(v -> !v.enabled()).orElse(false), saved.isPresent() && !busy);
    }

    // ---- Save ----

    void save() {
        PluginSettingsService service = context.service().get();
        Optional<FormDraft> shown = state.shownDraft();
        if (service == null || shown.isEmpty() || shown.get().saving()
                || state.type(shown.get().factoryPid()).isEmpty()) {
            return;
        }
        FormDraft draft = shown.get();
        if (!draft.adding() && !draft.dirty()) {
            return;
        }
        if (draft.idMissing() || !draft.checkPending() && !draft.problems().isEmpty()) {
            // What the last check found still holds: say it at every field instead of asking the service again.
            draft.revealProblems();
            showProblems(draft);
            context.screen().showStatus(new InlineStatus(context.messages().format("settings.save.blocked"),
                    Tone.WARNING));
            return;
        }
        PluginInstanceEdit edit = draft.edit(state.enabled(draft));
        draft.saving(true);
        context.screen().showActions(actions());
        context.screen().showStatus(new InlineStatus(context.messages().format("settings.save.busy",
                nameOf(draft)), Tone.MUTED));
        CompletableFuture<PluginInstanceView> answer = draft.adding()
                ? context.ask(service, s -> s.create(edit, context.locale()))
                : context.ask(service, s -> s.update(edit, context.locale()));
        context.onUi(answer, (stored, failure) -> saved(draft, edit, stored, failure));
    }

    private void saved(FormDraft draft, PluginInstanceEdit sent, PluginInstanceView stored, Throwable failure) {
        draft.saving(false);
        if (failure != null) {
            refused(draft, failure);
            return;
        }
        state.instances.put(stored.instanceId(), stored);
        if (draft.adding()) {
            if (state.adding == draft) {
                state.adding = null;
                if (state.selected != null && state.selected.kind() == NodeKey.Kind.NEW) {
                    state.selected = NodeKey.instance(stored.instanceId());
                }
            }
            state.drafts.remove(stored.instanceId());
            context.screen().showStatus(new InlineStatus(context.messages().format("settings.save.created",
                    SettingsTexts.oneLine(stored.displayName())), Tone.GOOD));
        } else {
            draft.saved(sent, stored);
            context.screen().showStatus(new InlineStatus(context.messages().format("settings.save.updated",
                    SettingsTexts.oneLine(stored.displayName())), Tone.GOOD));
        }
        context.refresh().run();
    }

    private void refused(FormDraft draft, Throwable failure) {
        Throwable cause = FailureTexts.unwrap(failure);
        if (cause instanceof PluginSettingsException refusal) {
            draft.refused(refusal.problems());
            context.screen().showStatus(new InlineStatus(context.messages().format("settings.save.refused",
                    nameOf(draft), SettingsTexts.oneLine(refusal.problems().get(0).message()),
                    refusal.problems().size() - 1), Tone.ERROR));
        } else {
            LOG.log(System.Logger.Level.WARNING, "saving the settings of " + draft.instanceId() + " failed", cause);
            context.screen().showStatus(new InlineStatus(context.messages().format("settings.save.failed",
                    nameOf(draft), context.describe(cause)), Tone.ERROR));
        }
        showIfShown(draft);
        context.refresh().run();
    }

    // ---- Test connection ----

    void test() {
        PluginSettingsService service = context.service().get();
        Optional<FormDraft> shown = state.shownDraft();
        if (service == null || shown.isEmpty() || shown.get().testing()
                || state.type(shown.get().factoryPid()).isEmpty()) {
            return;
        }
        FormDraft draft = shown.get();
        draft.testing(true);
        context.screen().showActions(actions());
        context.screen().showStatus(new InlineStatus(context.messages().format("settings.test.busy",
                nameOf(draft)), Tone.MUTED));
        PluginInstanceEdit edit = draft.edit(state.enabled(draft));
        context.onUi(context.ask(service, s -> s.testConnection(edit, context.locale())),
                SettingsContext.TEST_MILLIS, (result, failure) -> tested(draft, result, failure));
    }

    private void tested(FormDraft draft, ConnectionTestResult result, Throwable failure) {
        draft.testing(false);
        InlineStatus outcome;
        if (failure != null) {
            // The contract says a test never fails its future; if it does, that is the desk's bug, said plainly.
            LOG.log(System.Logger.Level.WARNING, "Test connection failed its future", FailureTexts.unwrap(failure));
            outcome = new InlineStatus(context.messages().format("settings.test.failed", nameOf(draft),
                    context.describe(failure)), Tone.ERROR);
        } else {
            String message = SettingsTexts.oneLine(result.message());
            outcome = new InlineStatus(context.messages().format(result.succeeded()
                    ? "settings.test.passed"
                    : "settings.test.failed", nameOf(draft), message, seconds(result.took()),
                    result.took().isZero() ? 0 : 1), result.succeeded() ? Tone.GOOD : Tone.ERROR);
        }
        context.screen().showStatus(outcome);
        if (state.shownDraft().orElse(null) == draft) {
            context.screen().showActions(actions());
        }
    }

    private static double seconds(Duration took) {
        return took.toMillis() / MILLIS_PER_SECOND;
    }

    private String nameOf(FormDraft draft) {
        String name = state.nameOf(draft);
        return name.isEmpty() ? context.messages().format("settings.form.theNewInstance") : name;
    }
}
