package org.samklang.sandbox.internal.traffic;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.samklang.core.api.model.MediaType;

/**
 * How much traffic the sandbox makes and of what kind. Immutable; the constructor rejects nonsense.
 *
 * @param contactsPerHour how many new contacts (an e-mail thread, a chat session, a post, a call) start per hour
 *                        on average; more than 0, at most 36,000
 * @param channelWeights  relative share of new contacts per media type; every type present, none negative, sum > 0
 * @param unknownShare    share of contacts from people the CRM does not know, 0..1
 * @param followUpShare   share of e-mails and posts the customer follows up in the same thread, 0..1
 * @param answerShare     share of agents' e-mail and chat replies the customer answers, 0..1
 * @param hostileEvery    every how many contacts one carries hostile content (0: never)
 * @param catchUp         contacts older than this when {@code due} finally runs (a sleeping laptop) are skipped
 */
public record TrafficSettings(double contactsPerHour, Map<MediaType, Integer> channelWeights, double unknownShare,
        double followUpShare, double answerShare, int hostileEvery, Duration catchUp) {

    public TrafficSettings {
        if (!(contactsPerHour > 0 && contactsPerHour <= 36_000)) {
            throw new IllegalArgumentException("contactsPerHour must be in (0, 36000], got " + contactsPerHour);
        }
        if (channelWeights == null || channelWeights.size() != MediaType.values().length
                || channelWeights.values().stream().anyMatch(w -> w == null || w < 0)
                || channelWeights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("channelWeights needs a non-negative weight for every media type"
                    + " and a positive sum, got " + channelWeights);
        }
        channelWeights = Map.copyOf(new EnumMap<>(channelWeights));
        checkShare("unknownShare", unknownShare);
        checkShare("followUpShare", followUpShare);
        checkShare("answerShare", answerShare);
        if (hostileEvery < 0) {
            throw new IllegalArgumentException("hostileEvery must be 0 or more, got " + hostileEvery);
        }
        if (catchUp == null || catchUp.isNegative() || catchUp.isZero()) {
            throw new IllegalArgumentException("catchUp must be positive, got " + catchUp);
        }
    }

    /**
     * {@return a busy but manageable single desk: 30 contacts an hour (about 7 calls, 12 e-mails, 7 chats and 3
     * social items), 12 % from strangers, one in 40 hostile}
     */
    public static TrafficSettings defaults() {
        return new TrafficSettings(30, Map.of(MediaType.EMAIL, 40, MediaType.VOICE, 25, MediaType.CHAT, 25,
                MediaType.SOCIAL, 10), 0.12, 0.3, 0.35, 40, Duration.ofMinutes(30));
    }

    /** {@return these settings with another rate} */
    public TrafficSettings withRate(double perHour) {
        return new TrafficSettings(perHour, channelWeights, unknownShare, followUpShare, answerShare, hostileEvery,
                catchUp);
    }

    /** {@return these settings with another share of contacts from strangers (each a new customer)} */
    public TrafficSettings withUnknownShare(double share) {
        return new TrafficSettings(contactsPerHour, channelWeights, share, followUpShare, answerShare, hostileEvery,
                catchUp);
    }

    /**
     * {@return these settings with new contacts only on {@code media}: the others get weight 0, so a scripted test
     * can ring its own calls without the traffic ringing others}
     * @throws IllegalArgumentException if none of {@code media} has a weight
     */
    public TrafficSettings onlyOn(Set<MediaType> media) {
        Map<MediaType, Integer> weights = new EnumMap<>(MediaType.class);
        channelWeights.forEach((type, weight) -> weights.put(type, media.contains(type) ? weight : 0));
        return new TrafficSettings(contactsPerHour, weights, unknownShare, followUpShare, answerShare, hostileEvery,
                catchUp);
    }

    private static void checkShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
    }
}
