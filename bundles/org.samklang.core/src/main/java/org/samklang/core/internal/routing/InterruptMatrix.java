package org.samklang.core.internal.routing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.samklang.core.api.model.MediaType;

/**
 * What may be offered to an agent who is already busy with other work: a table of
 * (media type in hand, media type offered) to {@link Interruption}. Work of the same media type is governed
 * by capacity alone, so the diagonal is ignored. An offer is allowed only if every media type the agent has
 * in hand (including an open offer) allows it.
 * <p>
 * The defaults, chosen so a real-time contact never lands on an agent who cannot give it full attention:
 * <pre>
 * in hand \ offered   VOICE           EMAIL    CHAT    SOCIAL
 * VOICE               -               never    never   never     nothing during a call
 * EMAIL               when blending   -        never   always    calls only to pull in blend agents
 * CHAT                never           never    -       never     chats fill up to capacity, alone
 * SOCIAL              when blending   always   never   -         social and email mix (both asynchronous)
 * </pre>
 * Immutable; {@link #with} returns a changed copy.
 */
public final class InterruptMatrix {

    /** Whether work of one media type may be offered on top of another. */
    public enum Interruption {
        /** Never offered on top. */
        NEVER,
        /** Offered on top whenever capacity allows. */
        ALWAYS,
        /**
         * Offered on top only to blend-eligible agents, and only while the offered queue's service level is at
         * risk (see {@link BlendingRule}).
         */
        WHEN_BLENDING
    }

    private final Map<MediaType, Map<MediaType, Interruption>> table;

    private InterruptMatrix(Map<MediaType, Map<MediaType, Interruption>> table) {
        this.table = table;
    }

    /** A matrix where nothing interrupts anything. */
    public static InterruptMatrix allNever() {
        Map<MediaType, Map<MediaType, Interruption>> table = new EnumMap<>(MediaType.class);
        for (MediaType inHand : MediaType.values()) {
            Map<MediaType, Interruption> row = new EnumMap<>(MediaType.class);
            for (MediaType offered : MediaType.values()) {
                row.put(offered, Interruption.NEVER);
            }
            table.put(inHand, row);
        }
        return new InterruptMatrix(table);
    }

    /** The documented defaults (see the class comment). */
    public static InterruptMatrix defaults() {
        return allNever()
                .with(MediaType.EMAIL, MediaType.VOICE, Interruption.WHEN_BLENDING)
                .with(MediaType.EMAIL, MediaType.SOCIAL, Interruption.ALWAYS)
                .with(MediaType.SOCIAL, MediaType.VOICE, Interruption.WHEN_BLENDING)
                .with(MediaType.SOCIAL, MediaType.EMAIL, Interruption.ALWAYS);
    }

    /** A copy in which {@code offered} work on top of {@code inHand} work follows {@code rule}. */
    public InterruptMatrix with(MediaType inHand, MediaType offered, Interruption rule) {
        Objects.requireNonNull(inHand, "inHand");
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(rule, "rule");
        Map<MediaType, Map<MediaType, Interruption>> copy = new EnumMap<>(MediaType.class);
        table.forEach((row, cells) -> copy.put(row, new EnumMap<>(cells)));
        copy.get(inHand).put(offered, rule);
        return new InterruptMatrix(copy);
    }

    /** The rule for offering {@code offered} work to an agent who has {@code inHand} work. */
    public Interruption get(MediaType inHand, MediaType offered) {
        return table.get(inHand).get(offered);
    }

    @Override
    public String toString() {
        return "InterruptMatrix" + table;
    }
}
