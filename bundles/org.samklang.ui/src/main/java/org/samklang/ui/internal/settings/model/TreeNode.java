package org.samklang.ui.internal.settings.model;

import java.util.List;
import java.util.Objects;
import org.samklang.ui.internal.model.Tone;

/**
 * One row of the plugins tree: a role ("Channels"), a plugin type under it, or an instance under its type with its
 * state ("Running", "Offline: connection refused").
 *
 * @param key      what the row stands for
 * @param name     the first column
 * @param state    the second column; empty for roles and types
 * @param tone     the state's colour class
 * @param children the rows under it, in order
 */
public record TreeNode(NodeKey key, String name, String state, Tone tone, List<TreeNode> children) {

    public TreeNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(tone, "tone");
        children = List.copyOf(children);
    }
}
