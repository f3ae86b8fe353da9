package org.samklang.ui.internal.settings.model;

import java.util.Objects;

/**
 * What a row of the plugins tree stands for, and so what the form beside it shows: a role heading, a plugin type, a
 * configured instance, or the new instance being added (not saved yet; there is at most one).
 *
 * @param kind which of these
 * @param id   the role's name, the type's factory PID or the instance id; empty for {@link Kind#NEW}
 */
public record NodeKey(Kind kind, String id) {

    /** What a tree row stands for. */
    public enum Kind {
        ROLE, TYPE, INSTANCE, NEW
    }

    /** The one row of the instance being added. */
    public static final NodeKey NEW_INSTANCE = new NodeKey(Kind.NEW, "");

    public NodeKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static NodeKey instance(String instanceId) {
        return new NodeKey(Kind.INSTANCE, instanceId);
    }

    public static NodeKey type(String factoryPid) {
        return new NodeKey(Kind.TYPE, factoryPid);
    }

    public static NodeKey role(String role) {
        return new NodeKey(Kind.ROLE, role);
    }
}
