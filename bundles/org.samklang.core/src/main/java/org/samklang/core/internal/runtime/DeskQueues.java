package org.samklang.core.internal.runtime;

import java.time.Duration;
import java.util.List;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Person;
import org.samklang.core.internal.routing.AgentProfile;
import org.samklang.core.internal.routing.OverflowRule;
import org.samklang.core.internal.routing.QueueDefinition;

/**
 * The queues and agents of a single desk until queue configuration becomes data of its own: one queue per media
 * type with the field's usual targets, voice overflowing to a partner and then to voicemail, and every person
 * in a customer-service group as an agent.
 */
final class DeskQueues {

    static final String PARTNER_GROUP = "partner";
    private static final List<String> AGENT_DEPARTMENTS = List.of("Kundtjänst", "Customer service");

    private DeskQueues() {
    }

    static List<QueueDefinition> queues() {
        return List.of(
                QueueDefinition.of(queueFor(MediaType.VOICE), "Phone", MediaType.VOICE)
                        .withOverflow(OverflowRule.toPartner(Duration.ofSeconds(90), PARTNER_GROUP))
                        .withOverflow(OverflowRule.toVoicemail(Duration.ofMinutes(5))),
                QueueDefinition.of(queueFor(MediaType.EMAIL), "Email", MediaType.EMAIL),
                QueueDefinition.of(queueFor(MediaType.CHAT), "Chat", MediaType.CHAT),
                QueueDefinition.of(queueFor(MediaType.SOCIAL), "Social", MediaType.SOCIAL));
    }

    static String queueFor(MediaType media) {
        return media.name().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isAgent(Person person) {
        return AGENT_DEPARTMENTS.stream().anyMatch(d -> d.equalsIgnoreCase(person.department()))
                || person.groups().stream().anyMatch(g -> g.equalsIgnoreCase("agents"));
    }

    /** Every third agent also works email and may be blended onto the phones at a call peak. */
    static AgentProfile profileOf(Person person, int index) {
        return AgentProfile.of(person.id()).withBlendEligible(index % 3 == 0);
    }
}
