package org.samklang.ui.internal.settings.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * The left side of the Settings view: plugin types grouped by role, each with its instances and their state; the
 * instance being added sits under its type. Instances whose plugin is not installed are kept in a group of their
 * own, so their settings can still be seen and removed. Immutable.
 *
 * @param roots the role groups in role order
 */
public record PluginTree(List<TreeNode> roots) {

    /** The group of instances whose plugin is missing. */
    public static final NodeKey NOT_INSTALLED = NodeKey.role("samklang.notInstalled");

    public PluginTree {
        roots = List.copyOf(roots);
    }

    /** Nothing listed yet. */
    public static final PluginTree EMPTY = new PluginTree(List.of());

    /** The instance being added, as its row shows it. */
    public record NewRow(String factoryPid, String name) {
    }

    /**
     * @param types     the installed types, in the service's order (by name)
     * @param instances the configured instances, in the service's order (by name)
     * @param remotes   the status line's entries by id, for the health of running instances
     * @param unsaved   the ids of instances whose form holds unsaved edits
     * @param adding    the instance being added, if any
     */
    public static PluginTree of(List<PluginTypeView> types, Collection<PluginInstanceView> instances,
            Map<String, ConnectorStatus> remotes, Set<String> unsaved, Optional<NewRow> adding,
            SettingsTexts texts) {
        Map<ConnectorStatus.Role, List<TreeNode>> byRole = new LinkedHashMap<>();
        for (ConnectorStatus.Role role : ConnectorStatus.Role.values()) {
            byRole.put(role, new ArrayList<>());
        }
        for (PluginTypeView type : types) {
            List<TreeNode> rows = new ArrayList<>();
            instances.stream().filter(i -> i.factoryPid().equals(type.factoryPid()))
                    .forEach(i -> rows.add(instanceRow(i, remotes, unsaved, texts)));
            adding.filter(a -> a.factoryPid().equals(type.factoryPid())).ifPresent(a -> rows.add(newRow(a, texts)));
            byRole.get(type.role()).add(new TreeNode(NodeKey.type(type.factoryPid()),
                    SettingsTexts.oneLine(type.displayName()), "", Tone.NORMAL, rows));
        }
        List<TreeNode> roots = new ArrayList<>();
        byRole.forEach((role, typeRows) -> {
            if (!typeRows.isEmpty()) {
                roots.add(new TreeNode(NodeKey.role(role.name()), texts.role(role), "", Tone.NORMAL, typeRows));
            }
        });
        notInstalled(types, instances, remotes, unsaved, texts).ifPresent(roots::add);
        return new PluginTree(roots);
    }

    private static Optional<TreeNode> notInstalled(List<PluginTypeView> types,
            Collection<PluginInstanceView> instances, Map<String, ConnectorStatus> remotes, Set<String> unsaved,
            SettingsTexts texts) {
        Set<String> installed = Set.copyOf(types.stream().map(PluginTypeView::factoryPid).toList());
        Map<String, List<TreeNode>> byPid = new LinkedHashMap<>();
        for (PluginInstanceView instance : instances) {
            if (!installed.contains(instance.factoryPid())) {
                byPid.computeIfAbsent(instance.factoryPid(), pid -> new ArrayList<>())
                        .add(instanceRow(instance, remotes, unsaved, texts));
            }
        }
        if (byPid.isEmpty()) {
            return Optional.empty();
        }
        List<TreeNode> typeRows = new ArrayList<>();
        byPid.forEach((pid, rows) -> typeRows.add(new TreeNode(NodeKey.type(pid), pid, "", Tone.NORMAL, rows)));
        return Optional.of(new TreeNode(NOT_INSTALLED, texts.messages().format("settings.role.notInstalled"), "",
                Tone.WARNING, typeRows));
    }

    private static TreeNode instanceRow(PluginInstanceView instance, Map<String, ConnectorStatus> remotes,
            Set<String> unsaved, SettingsTexts texts) {
        InlineStatus state = texts.state(instance, Optional.ofNullable(remotes.get(instance.instanceId())));
        if (unsaved.contains(instance.instanceId())) {
            state = texts.unsaved(state);
        }
        return new TreeNode(NodeKey.instance(instance.instanceId()), SettingsTexts.oneLine(instance.displayName()),
                state.text(), state.tone(), List.of());
    }

    private static TreeNode newRow(NewRow adding, SettingsTexts texts) {
        String name = adding.name().isBlank()
                ? texts.messages().format("settings.tree.newInstance")
                : SettingsTexts.oneLine(adding.name());
        return new TreeNode(NodeKey.NEW_INSTANCE, name, texts.messages().format("settings.tree.notSaved"),
                Tone.WARNING, List.of());
    }

    /** {@return the row of {@code key}, if the tree has it} */
    public Optional<TreeNode> find(NodeKey key) {
        return rows().stream().filter(row -> row.key().equals(key)).findFirst();
    }

    /** {@return every row, depth first, in display order} */
    public List<TreeNode> rows() {
        List<TreeNode> out = new ArrayList<>();
        roots.forEach(root -> collect(root, out));
        return out;
    }

    /** {@return whether an installed type can be added: Add is disabled otherwise} */
    public boolean offersTypes() {
        return rows().stream().anyMatch(row -> row.key().kind() == NodeKey.Kind.TYPE
                && roots.stream().filter(root -> root.key().equals(NOT_INSTALLED))
                        .noneMatch(root -> root.children().contains(row)));
    }

    /** {@return the first instance row, if there is one} */
    public Optional<NodeKey> firstInstance() {
        return rows().stream().map(TreeNode::key).filter(k -> k.kind() == NodeKey.Kind.INSTANCE).findFirst();
    }

    private static void collect(TreeNode node, List<TreeNode> out) {
        out.add(node);
        node.children().forEach(child -> collect(child, out));
    }
}
