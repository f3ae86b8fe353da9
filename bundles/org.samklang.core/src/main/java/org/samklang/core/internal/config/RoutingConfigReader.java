package org.samklang.core.internal.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.samklang.core.api.model.ConfigurationProblem;
import org.samklang.core.api.model.ConfigurationProblem.Kind;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.SkillRequirement;
import org.samklang.core.internal.routing.OverflowRule;
import org.samklang.core.internal.routing.QueueDefinition;
import org.samklang.core.internal.routing.RoutingSettings;
import org.samklang.core.internal.sla.ServiceLevelTarget;

/**
 * Reads a desk's routing configuration ({@code routing.json}, comments allowed) on top of the defaults: settings
 * that are absent keep their default; a {@code queues} list replaces the default queues. See
 * docs/admin/routing.md for the format. Everything wrong is reported with the field's path; nothing is guessed.
 */
public final class RoutingConfigReader {

    public static final String FILE_NAME = "routing.json";
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final ZoneId zone;

    public RoutingConfigReader(ZoneId zone) {
        this.zone = zone;
    }

    /** The configuration in {@code file}, or the defaults when there is no such file. */
    public DeskRouting read(Path file) throws RoutingConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new RoutingConfigException(ConfigurationProblem.of(Kind.TOO_LARGE, ""),
                        file + " is larger than 1 MiB; is it the right file?");
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return DeskRouting.defaults(zone);
        } catch (IOException e) {
            throw new RoutingConfigException(
                    ConfigurationProblem.of(Kind.UNREADABLE, "", String.valueOf(e.getMessage())),
                    "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (RoutingConfigException e) {
            throw new RoutingConfigException(e.problem(), file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Parses configuration text; see the class comment. */
    public DeskRouting parse(String text) throws RoutingConfigException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation().getLineNr();
            int column = e.getLocation().getColumnNr();
            throw new RoutingConfigException(ConfigurationProblem.of(Kind.NOT_JSON, "", Integer.toString(line),
                    Integer.toString(column)),
                    "is not valid JSON at line " + line + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
                    e);
        }
        if (root == null || root.isMissingNode()) {
            throw new RoutingConfigException(ConfigurationProblem.of(Kind.EMPTY, ""), "is empty");
        }
        ConfigNode top = new ConfigNode(root, "");
        top.allowOnly(Set.of("capacity", "offerTimeout", "agents", "queues", "channels"));
        DeskRouting defaults = DeskRouting.defaults(zone);
        RoutingSettings settings = settings(top, defaults.settings());
        AgentRules agents = agents(top.field("agents"), defaults.agents());
        List<QueueDefinition> queues = top.field("queues").present() ? queues(top.field("queues")) : defaults.queues();
        Map<String, String> channels = channels(top.field("channels"));
        try {
            return new DeskRouting(settings, queues, channels, agents);
        } catch (IllegalArgumentException e) {
            throw new RoutingConfigException(ConfigurationProblem.of(Kind.RULE_BROKEN, "", e.getMessage()),
                    e.getMessage(), e);
        }
    }

    private static RoutingSettings settings(ConfigNode top, RoutingSettings settings) throws RoutingConfigException {
        ConfigNode capacity = top.field("capacity");
        if (capacity.present()) {
            for (String media : capacity.fieldNames()) {
                ConfigNode node = capacity.field(media);
                settings = settings.withDefaultCapacity(node.mediaKey(media), node.integer(0, 100));
            }
        }
        ConfigNode timeouts = top.field("offerTimeout");
        if (timeouts.present()) {
            for (String media : timeouts.fieldNames()) {
                ConfigNode node = timeouts.field(media);
                settings = settings.withOfferTimeout(node.mediaKey(media), node.duration());
            }
        }
        return settings;
    }

    private static AgentRules agents(ConfigNode node, AgentRules defaults) throws RoutingConfigException {
        if (!node.present()) {
            return defaults;
        }
        node.allowOnly(Set.of("departments", "groups", "blendEligibleEvery"));
        ConfigNode departments = node.field("departments");
        ConfigNode groups = node.field("groups");
        ConfigNode every = node.field("blendEligibleEvery");
        return new AgentRules(departments.present() ? departments.texts() : defaults.departments(),
                groups.present() ? groups.texts() : defaults.groups(),
                every.present() ? every.integer(0, 1000) : defaults.blendEligibleEvery());
    }

    private static List<QueueDefinition> queues(ConfigNode list) throws RoutingConfigException {
        List<QueueDefinition> queues = new ArrayList<>();
        for (ConfigNode node : list.elements()) {
            queues.add(queue(node));
        }
        if (queues.isEmpty()) {
            throw list.problem(Kind.NO_QUEUES, "must name at least one queue");
        }
        return queues;
    }

    private static QueueDefinition queue(ConfigNode node) throws RoutingConfigException {
        node.allowOnly(Set.of("id", "name", "media", "priority", "serviceLevel", "skills", "overflow"));
        MediaType media = node.field("media").media();
        String id = node.field("id").text();
        ConfigNode name = node.field("name");
        QueueDefinition queue = QueueDefinition.of(id, name.present() ? name.text() : id, media);
        ConfigNode priority = node.field("priority");
        if (priority.present()) {
            queue = queue.withPriority(priority.integer(QueueDefinition.MIN_PRIORITY, QueueDefinition.MAX_PRIORITY));
        }
        ConfigNode level = node.field("serviceLevel");
        if (level.present()) {
            level.allowOnly(Set.of("percent", "within"));
            queue = queue.withTarget(new ServiceLevelTarget(level.field("percent").integer(1, 100),
                    level.field("within").duration()));
        }
        ConfigNode skills = node.field("skills");
        if (skills.present()) {
            for (String skill : skills.fieldNames()) {
                queue = queue.withSkill(skill, skills.field(skill).integer(SkillRequirement.MIN_LEVEL,
                        SkillRequirement.MAX_LEVEL));
            }
        }
        ConfigNode overflow = node.field("overflow");
        if (overflow.present()) {
            for (ConfigNode step : overflow.elements()) {
                queue = queue.withOverflow(overflowStep(step, id));
            }
        }
        return queue;
    }

    private static OverflowRule overflowStep(ConfigNode step, String queueId) throws RoutingConfigException {
        step.allowOnly(Set.of("after", "to", "target"));
        Duration after = step.field("after").duration();
        String to = step.field("to").text();
        ConfigNode target = step.field("target");
        try {
            return switch (to) {
                case "queue" -> OverflowRule.toQueue(after, target.text());
                case "partner" -> OverflowRule.toPartner(after, target.text());
                case "voicemail" -> OverflowRule.toVoicemail(after);
                case "callback" -> OverflowRule.offerCallback(after);
                default -> throw step.field("to").problem(Kind.NOT_OVERFLOW_TARGET,
                        "must be queue, partner, voicemail or callback; was '" + to + "'", to);
            };
        } catch (IllegalArgumentException e) {
            throw step.problem(Kind.RULE_BROKEN, "of queue " + queueId + ": " + e.getMessage(),
                    "queue " + queueId + ": " + e.getMessage());
        }
    }

    private static Map<String, String> channels(ConfigNode node) throws RoutingConfigException {
        Map<String, String> channels = new HashMap<>();
        if (node.present()) {
            for (String channel : node.fieldNames()) {
                channels.put(channel, node.field(channel).text());
            }
        }
        return channels;
    }
}
