package org.samklang.ui.internal.settings.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.ui.internal.model.DisplayText;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.reception.model.InlineStatus;

/** Turns a {@link FormDraft} and what the service listed into the {@link FormModel} the view renders. Pure. */
final class FormModels {

    private static final int MAX_DEFAULT = 60;
    private static final String FACT_SEPARATOR = " \u00b7 ";

    private final SettingsTexts texts;
    private final UiMessages messages;

    FormModels(SettingsTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.messages = texts.messages();
    }

    /**
     * @param key      the tree row the form belongs to
     * @param instance the saved instance, empty for a new one
     * @param types    every installed type
     */
    FormModel form(NodeKey key, FormDraft draft, Optional<PluginInstanceView> instance, List<PluginTypeView> types,
            Optional<ConnectorStatus> remote) {
        Optional<PluginTypeView> type = types.stream().filter(t -> t.factoryPid().equals(draft.factoryPid()))
                .findFirst();
        List<FormModel.TypeChoice> choices = draft.adding()
                ? types.stream().map(t -> new FormModel.TypeChoice(t.factoryPid(), messages.format(
                        "settings.form.typeChoice", SettingsTexts.oneLine(t.displayName()), texts.role(t.role()))))
                        .toList()
                : List.of();
        List<FieldModel> fields = draft.settings().descriptors().stream().map(d -> field(d, draft)).toList();
        return new FormModel(key, header(draft, instance, remote), draft.adding(), choices, draft.factoryPid(),
                type.map(t -> SettingsTexts.oneLine(t.displayName())).orElse(draft.factoryPid()),
                draft.instanceId(), draft.displayName(), messages.format("settings.form.nameHint"), fields,
                type.isEmpty());
    }

    FormModel.Header header(FormDraft draft, Optional<PluginInstanceView> instance,
            Optional<ConnectorStatus> remote) {
        if (instance.isEmpty()) {
            return new FormModel.Header(messages.format("settings.form.newTitle"),
                    new InlineStatus(messages.format("settings.tree.notSaved"), Tone.MUTED), List.of());
        }
        PluginInstanceView view = instance.get();
        List<String> notes = new ArrayList<>();
        view.provisionedFrom().ifPresent(file -> notes.add(messages.format("settings.form.provisioned",
                SettingsTexts.oneLine(file))));
        if (view.state() == PluginInstanceView.State.NOT_INSTALLED || draft.settings().descriptors().isEmpty()
                && (!view.values().isEmpty() || !view.secretsSet().isEmpty())) {
            notes.addAll(storedSettings(view));
        } else if (!draft.unknownKeys().isEmpty()) {
            notes.add(messages.format("settings.form.unknownKeys", String.join(", ", new TreeSet<>(draft
                    .unknownKeys()))));
        }
        return new FormModel.Header(SettingsTexts.oneLine(view.displayName()), texts.state(view, remote), notes);
    }

    /** An instance without its plugin: what is kept, as lines, since there is no form to show it in. */
    private List<String> storedSettings(PluginInstanceView view) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("settings.form.notInstalled", view.factoryPid()));
        for (Map.Entry<String, String> entry : view.values().entrySet()) {
            lines.add(messages.format("settings.form.storedValue", entry.getKey(),
                    DisplayText.oneLine(entry.getValue(), MAX_DEFAULT)));
        }
        new TreeSet<>(view.secretsSet()).forEach(key -> lines.add(messages.format("settings.form.storedSecret",
                key)));
        return lines;
    }

    FieldModel field(SettingDescriptor setting, FormDraft draft) {
        boolean required = setting.required() && setting.defaultValue().isBlank();
        String label = SettingsTexts.oneLine(setting.label());
        String value = switch (setting.type()) {
            case SECRET -> "";
            case BOOLEAN, CHOICE -> draft.value(setting.key()).isBlank()
                    ? setting.defaultValue().strip()
                    : draft.value(setting.key()).strip();
            default -> draft.value(setting.key());
        };
        return new FieldModel(setting, required ? messages.format("settings.field.required", label) : label,
                DisplayText.clean(setting.description()), facts(setting), hint(setting), value,
                draft.secretSet(setting.key()), draft.secretEdit(setting.key()));
    }

    private String facts(SettingDescriptor setting) {
        List<String> facts = new ArrayList<>();
        String fallback = DisplayText.oneLine(setting.defaultValue(), MAX_DEFAULT);
        switch (setting.type()) {
            case BOOLEAN -> facts.add(messages.format(Boolean.parseBoolean(fallback.strip())
                    ? "settings.field.defaultOn"
                    : "settings.field.defaultOff"));
            case SECRET -> facts.add(messages.format("settings.field.secret"));
            case LIST -> facts.add(messages.format("settings.field.list"));
            default -> {
                // the default and the bounds follow
            }
        }
        if (!fallback.isEmpty() && setting.type() != SettingDescriptor.Type.BOOLEAN) {
            facts.add(messages.format("settings.field.default", fallback));
        }
        if (setting.min().isPresent() && setting.max().isPresent()) {
            facts.add(messages.format("settings.field.range", setting.min().get().toString(),
                    setting.max().get().toString()));
        } else {
            setting.min().ifPresent(min -> facts.add(messages.format("settings.field.min", min.toString())));
            setting.max().ifPresent(max -> facts.add(messages.format("settings.field.max", max.toString())));
        }
        return String.join(FACT_SEPARATOR, facts);
    }

    private String hint(SettingDescriptor setting) {
        String fallback = DisplayText.oneLine(setting.defaultValue(), MAX_DEFAULT);
        return switch (setting.type()) {
            case TEXT, NUMBER, URL, LIST,
                    MULTILINE_TEXT ->
                fallback.isEmpty() && setting.type() == SettingDescriptor.Type.URL
                        ? messages.format("settings.field.urlHint")
                        : fallback;
            case SECRET -> messages.format("settings.field.secretHint");
            default -> "";
        };
    }
}
