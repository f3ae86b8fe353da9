package org.samklang.ui.internal.settings.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * The right side of the Settings view for one instance: its header, who it is (type, id, name) and its settings.
 *
 * @param key         the tree row it belongs to
 * @param header      title, type and state, which change without the fields being rebuilt
 * @param adding      whether it is a new instance: the type and id can be chosen
 * @param types       the types a new instance can be of (empty for a saved instance)
 * @param factoryPid  its type
 * @param typeName    its type's name
 * @param instanceId  its id (as typed, for a new one)
 * @param displayName the name users see, as typed
 * @param nameHint    the grey text of an empty name: what users see then
 * @param fields      its settings in the plugin's order; empty when the plugin is not installed
 * @param readOnly    whether nothing can be saved (the plugin is not installed)
 */
public record FormModel(NodeKey key, Header header, boolean adding, List<TypeChoice> types, String factoryPid,
        String typeName, String instanceId, String displayName, String nameHint, List<FieldModel> fields,
        boolean readOnly) {

    /**
     * @param title the instance's name, or "New instance"
     * @param state how it runs now ({@link InlineStatus#NONE} for a new one)
     * @param notes what else an admin should know: where it was provisioned, settings its plugin does not know
     */
    public record Header(String title, InlineStatus state, List<String> notes) {

        public Header {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(state, "state");
            notes = List.copyOf(notes);
        }
    }

    /** A type a new instance can be of, as the type choice lists it. */
    public record TypeChoice(String factoryPid, String label) {
    }

    public FormModel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
        types = List.copyOf(types);
        fields = List.copyOf(fields);
    }

    /** {@return the field of {@code key}} */
    public Optional<FieldModel> field(String settingKey) {
        return fields.stream().filter(f -> f.key().equals(settingKey)).findFirst();
    }

    /** {@return this form with another header; the fields need not be built again} */
    public FormModel withHeader(Header other) {
        return new FormModel(key, other, adding, types, factoryPid, typeName, instanceId, displayName, nameHint,
                fields, readOnly);
    }
}
