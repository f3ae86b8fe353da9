package org.samklang.ui.internal.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Offer;

/**
 * What the offer bar shows: the oldest offer open to me, its channel, customer and queue, and the time left to
 * answer it, counting down to the expiry the routing engine set. Pure and thread-safe.
 */
public final class OfferPresenter {

    /** Below this much time left the countdown turns to a warning colour. */
    public static final Duration HURRY = Duration.ofSeconds(10);
    private static final int MAX_NAME = 60;

    /**
     * One line of the offer bar.
     *
     * @param offer     the offer shown
     * @param line      glyph, customer and queue: "☎ Anna Lindqvist · phone.support"
     * @param countdown time left to answer: "Answer within 0:12"
     * @param tone      WARNING when little time is left, else NORMAL
     */
    public record Shown(Offer offer, String line, String countdown, Tone tone) {
    }

    private final UiMessages messages;

    public OfferPresenter(UiMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** {@return the oldest open offer made to {@code me}; empty without one or while I am unknown} */
    public static Optional<Offer> mine(List<Offer> open, Optional<String> me) {
        if (me.isEmpty()) {
            return Optional.empty();
        }
        return open.stream().filter(o -> o.agentId().equals(me.get()))
                .min(Comparator.comparing(Offer::offeredAt));
    }

    /** {@return the conversation an offer is for (the desk's work items are conversation ids), if it is one} */
    public static Optional<ConversationId> conversationOf(Offer offer) {
        try {
            return Optional.of(new ConversationId(Long.parseLong(offer.itemId())));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a work item of another kind; the bar still shows and answers it
        }
    }

    /**
     * {@return the bar's texts at {@code now}}
     *
     * @param customer the customer's name once it has been looked up; empty shows "Customer…"
     */
    public Shown show(Offer offer, Optional<String> customer, Instant now) {
        String who = customer.map(name -> DisplayText.oneLine(name, MAX_NAME)).filter(name -> !name.isBlank())
                .orElseGet(() -> messages.format("offer.customerLoading"));
        String line = messages.format("offer.line", ChannelTexts.glyph(offer.mediaType()), who,
                DisplayText.oneLine(offer.queueId(), MAX_NAME));
        Duration left = Duration.between(now, offer.expiresAt());
        String countdown = left.isNegative() || left.isZero()
                ? messages.format("offer.expired")
                : messages.format("offer.countdown", Durations.clock(left));
        Tone tone = left.compareTo(HURRY) <= 0 ? Tone.WARNING : Tone.NORMAL;
        return new Shown(offer, line, countdown, tone);
    }
}
