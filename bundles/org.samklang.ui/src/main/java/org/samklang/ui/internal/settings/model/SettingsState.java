package org.samklang.ui.internal.settings.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;

/**
 * What the Settings view knows, shared by the presenter and its commands: the types and instances as last listed,
 * the status line's entries, the forms' drafts and which row is selected. UI thread only.
 */
final class SettingsState {

    List<PluginTypeView> types = List.of();
    final Map<String, PluginInstanceView> instances = new LinkedHashMap<>();
    Map<String, ConnectorStatus> remotes = Map.of();
    /** The drafts of saved instances the user opened, by instance id. */
    final Map<String, FormDraft> drafts = new HashMap<>();
    /** The instance being added, if any. */
    FormDraft adding;
    /** The selected row; null for none. */
    NodeKey selected;
    boolean loaded;
    /** Instances being enabled, disabled, duplicated or removed: their buttons wait for the answer. */
    final Set<String> busy = new HashSet<>();

    Optional<PluginTypeView> type(String factoryPid) {
        return types.stream().filter(t -> t.factoryPid().equals(factoryPid)).findFirst();
    }

    /** {@return the form of a type; {@link ConnectorSettings#NONE} when no installed plugin offers it} */
    ConnectorSettings formOf(String factoryPid) {
        return type(factoryPid).map(PluginTypeView::settings).orElse(ConnectorSettings.NONE);
    }

    Optional<PluginInstanceView> instance(String instanceId) {
        return Optional.ofNullable(instances.get(instanceId));
    }

    Optional<PluginInstanceView> selectedInstance() {
        return selected != null && selected.kind() == NodeKey.Kind.INSTANCE
                ? instance(selected.id())
                : Optional.empty();
    }

    Optional<ConnectorStatus> remote(String instanceId) {
        return Optional.ofNullable(remotes.get(instanceId));
    }

    /** {@return the draft of the form shown now: the new instance's, or the selected instance's} */
    Optional<FormDraft> shownDraft() {
        if (selected == null) {
            return Optional.empty();
        }
        return switch (selected.kind()) {
            case NEW -> Optional.ofNullable(adding);
            case INSTANCE -> instance(selected.id()).map(view -> drafts.computeIfAbsent(view.instanceId(),
                    id -> FormDraft.editing(view, formOf(view.factoryPid()))));
            default -> Optional.empty();
        };
    }

    /** {@return the ids of instances whose draft holds edits not saved} */
    Set<String> unsaved() {
        return drafts.entrySet().stream().filter(e -> e.getValue().dirty()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** {@return whether an instance should run, for the edits of its form} */
    boolean enabled(FormDraft draft) {
        return draft.adding() || instance(draft.instanceId()).map(PluginInstanceView::enabled).orElse(true);
    }

    /** The name an action's outcome names the draft's instance by. */
    String nameOf(FormDraft draft) {
        if (!draft.displayName().isBlank()) {
            return SettingsTexts.oneLine(draft.displayName());
        }
        return draft.instanceId().isBlank() ? "" : SettingsTexts.oneLine(draft.instanceId());
    }
}
