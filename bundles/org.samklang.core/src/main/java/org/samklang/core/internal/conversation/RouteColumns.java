package org.samklang.core.internal.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.store.FieldCodec;
import org.samklang.core.internal.store.SqlRows;

/**
 * The routing and tag columns of {@code conversation} (schema version 3): {@code queue_id, skills, priority,
 * sla_deadline, tags}. Every one is nullable and null means the model's default, so rows written before version 3
 * and rows the ingest path inserts read as "not routed, no tags".
 */
final class RouteColumns {

    private RouteColumns() {
    }

    /** Reads {@code queue_id, skills, priority, sla_deadline} starting at column {@code first}. */
    static RouteFields read(ResultSet rows, int first) throws SQLException {
        Optional<String> queue = Optional.ofNullable(rows.getString(first));
        String skills = rows.getString(first + 1);
        int priority = rows.getInt(first + 2);
        if (rows.wasNull()) {
            priority = Conversation.DEFAULT_PRIORITY;
        }
        Optional<Instant> deadline = SqlRows.optionalLong(rows, first + 3).map(Instant::ofEpochMilli);
        if (queue.isEmpty() && skills == null && deadline.isEmpty() && priority == Conversation.DEFAULT_PRIORITY) {
            return RouteFields.NONE; // the common case on the inbox path: no allocation
        }
        return new RouteFields(queue, decodeSkills(skills), priority, deadline);
    }

    /** Skills as a {@link FieldCodec} list of name, level pairs; null for none. */
    static String encodeSkills(List<SkillRequirement> skills) {
        if (skills.isEmpty()) {
            return null;
        }
        List<String> flat = new ArrayList<>(skills.size() * 2);
        for (SkillRequirement skill : skills) {
            flat.add(skill.skill());
            flat.add(Integer.toString(skill.minimumLevel()));
        }
        return FieldCodec.encodeList(flat);
    }

    static List<SkillRequirement> decodeSkills(String encoded) {
        if (encoded == null) {
            return List.of();
        }
        List<String> flat = FieldCodec.decodeList(encoded);
        if (flat.size() % 2 != 0) {
            throw new IllegalArgumentException("damaged skills field: odd number of items");
        }
        List<SkillRequirement> skills = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i < flat.size(); i += 2) {
            skills.add(new SkillRequirement(flat.get(i), Integer.parseInt(flat.get(i + 1))));
        }
        return List.copyOf(skills);
    }

    /** Tags as a {@link FieldCodec} list in their sorted order; null for none. */
    static String encodeTags(Set<String> tags) {
        return tags.isEmpty() ? null : FieldCodec.encodeList(List.copyOf(tags));
    }

    static Set<String> decodeTags(String encoded) {
        return encoded == null ? Set.of() : Conversation.normalizeTags(Set.copyOf(FieldCodec.decodeList(encoded)));
    }
}
