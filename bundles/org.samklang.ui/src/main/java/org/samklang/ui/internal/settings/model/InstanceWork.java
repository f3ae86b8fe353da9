package org.samklang.ui.internal.settings.model;

import java.util.Optional;
import org.samklang.core.api.PluginSettingsException;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * What acts on a saved instance as a whole: Duplicate, Enable or Disable, and Remove (after a confirmation that says
 * what is kept). While one runs, the instance's buttons wait; its outcome is one line in the view. UI thread only.
 */
final class InstanceWork {

    private static final int MAX_SUGGESTIONS = 1000;

    private final SettingsContext context;
    private final SettingsState state;
    private final UiMessages messages;

    InstanceWork(SettingsContext context) {
        this.context = context;
        this.state = context.state();
        this.messages = context.messages();
    }

    void toggleEnabled() {
        Optional<PluginInstanceView> target = idle();
        PluginSettingsService service = context.service().get();
        if (target.isEmpty() || service == null) {
            return;
        }
        PluginInstanceView instance = target.get();
        boolean enable = !instance.enabled();
        String name = SettingsTexts.oneLine(instance.displayName());
        begin(instance, messages.format(enable ? "settings.enable.busy" : "settings.disable.busy", name));
        context.onUi(context.ask(service, s -> s.setEnabled(instance.instanceId(), enable, context.locale())),
                (stored, failure) -> {
                    state.busy.remove(instance.instanceId());
                    if (failure != null) {
                        fail(enable ? "settings.enable.failed" : "settings.disable.failed", name, failure);
                        return;
                    }
                    state.instances.put(stored.instanceId(), stored);
                    status(enable ? "settings.enable.done" : "settings.disable.done", Tone.GOOD, name);
                    context.refresh().run();
                });
    }

    void duplicate() {
        Optional<PluginInstanceView> target = idle();
        PluginSettingsService service = context.service().get();
        if (target.isEmpty() || service == null) {
            return;
        }
        PluginInstanceView source = target.get();
        String name = SettingsTexts.oneLine(source.displayName());
        Optional<DuplicateQuestion.Answer> answer = context.screen().askDuplicate(new DuplicateQuestion(
                messages.format("settings.duplicate.title", name), messages.format("settings.duplicate.message",
                        name),
                freeId(source.instanceId()), messages.format("settings.duplicate.name", name),
                this::idProblem));
        if (answer.isEmpty()) {
            return;
        }
        String id = answer.get().id().strip();
        begin(source, messages.format("settings.duplicate.busy", name));
        context.onUi(context.ask(service, s -> s.duplicate(source.instanceId(), id, answer.get().name().strip(),
                context.locale())),
                (copy, failure) -> {
                    state.busy.remove(source.instanceId());
                    if (failure != null) {
                        fail("settings.duplicate.failed", name, failure);
                        return;
                    }
                    state.instances.put(copy.instanceId(), copy);
                    state.selected = NodeKey.instance(copy.instanceId());
                    status("settings.duplicate.done", Tone.GOOD, SettingsTexts.oneLine(copy.displayName()));
                    context.refresh().run();
                });
    }

    void remove() {
        Optional<PluginInstanceView> target = idle();
        PluginSettingsService service = context.service().get();
        if (target.isEmpty() || service == null) {
            return;
        }
        PluginInstanceView instance = target.get();
        String name = SettingsTexts.oneLine(instance.displayName());
        String message = instance.provisionedFrom().map(file -> messages.format("settings.remove.messageFile", name,
                instance.instanceId(), SettingsTexts.oneLine(file))).orElseGet(() -> messages.format(
                        "settings.remove.message", name, instance.instanceId()));
        if (!context.screen().confirmRemove(new RemoveQuestion(messages.format("settings.remove.title", name),
                message, messages.format("settings.remove.confirm")))) {
            return;
        }
        begin(instance, messages.format("settings.remove.busy", name));
        context.onUi(context.ask(service, s -> s.remove(instance.instanceId(), context.locale())),
                (nothing, failure) -> {
                    state.busy.remove(instance.instanceId());
                    if (failure != null) {
                        fail("settings.remove.failed", name, failure);
                        return;
                    }
                    state.instances.remove(instance.instanceId());
                    state.drafts.remove(instance.instanceId());
                    if (NodeKey.instance(instance.instanceId()).equals(state.selected)) {
                        state.selected = state.type(instance.factoryPid()).map(t -> NodeKey.type(t.factoryPid()))
                                .orElse(null);
                    }
                    status("settings.remove.done", Tone.GOOD, name, instance.instanceId());
                    context.refresh().run();
                });
    }

    /** {@return the selected saved instance, unless an action on it is still under way} */
    private Optional<PluginInstanceView> idle() {
        return state.selectedInstance().filter(instance -> !state.busy.contains(instance.instanceId()));
    }

    private void begin(PluginInstanceView instance, String busyText) {
        state.busy.add(instance.instanceId());
        context.screen().showStatus(new InlineStatus(busyText, Tone.MUTED));
        context.refresh().run();
    }

    private void fail(String key, String name, Throwable failure) {
        Throwable cause = FailureTexts.unwrap(failure);
        String why = cause instanceof PluginSettingsException refusal
                ? SettingsTexts.oneLine(refusal.problems().get(0).message())
                : context.describe(cause);
        status(key, Tone.ERROR, name, why);
        context.refresh().run();
    }

    private void status(String key, Tone tone, Object... arguments) {
        context.screen().showStatus(new InlineStatus(messages.format(key, arguments), tone));
    }

    /** What the UI knows of an id typed for a copy; its form is the service's to check. */
    private Optional<String> idProblem(String typed) {
        String id = typed == null ? "" : typed.strip();
        if (id.isEmpty()) {
            return Optional.of(messages.format("settings.form.idRequired"));
        }
        return state.instances.containsKey(id)
                ? Optional.of(messages.format("settings.duplicate.taken", id))
                : Optional.empty();
    }

    /** The first of {@code id-2}, {@code id-3}, … that no instance has. */
    private String freeId(String id) {
        for (int n = 2; n < MAX_SUGGESTIONS; n++) {
            String candidate = id + "-" + n;
            if (!state.instances.containsKey(candidate)) {
                return candidate;
            }
        }
        return "";
    }
}
