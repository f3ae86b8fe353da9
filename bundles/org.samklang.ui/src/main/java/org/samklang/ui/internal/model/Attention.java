package org.samklang.ui.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Offer;

/**
 * The notification policy: what the agent should notice without being interrupted. An inbound message on a
 * conversation assigned to me makes it unread (unless I am looking at it), a new offer to me is noticed once, and
 * both may beep, at most once per {@link #MIN_BEEP_GAP_MILLIS} and only when the sound is on. My own replies,
 * other agents' conversations and unassigned work never count. Nothing here ever takes the keyboard focus.
 * <p>
 * Confined to one thread (the UI thread); time comes from a monotonic millisecond source so tests drive it.
 */
public final class Attention {

    /** Beeps closer together than this are swallowed (not delayed), so a burst of messages beeps once. */
    public static final long MIN_BEEP_GAP_MILLIS = 2_000;

    /**
     * What the desktop should do after an event.
     *
     * @param beep    play the short sound now
     * @param unread  conversations of mine with messages I have not seen
     * @param offers  offers open to me
     */
    public record Signal(boolean beep, int unread, int offers) {

        /** {@return everything worth a badge: unread conversations plus open offers} */
        public int count() {
            return unread + offers;
        }
    }

    private final LongSupplier monotonicMillis;
    private final Set<ConversationId> unread = new LinkedHashSet<>();
    private final Set<String> offersSeen = new LinkedHashSet<>();
    private String me;
    private boolean soundOn = true;
    private long lastBeep;
    private boolean beepedBefore;

    public Attention(LongSupplier monotonicMillis) {
        this.monotonicMillis = Objects.requireNonNull(monotonicMillis, "monotonicMillis");
    }

    /** Sets whose conversations count as mine; empty while the desktop does not know who is signed in. */
    public void setMe(Optional<String> personId) {
        me = personId.orElse(null);
    }

    /** Turns the sound on or off; counts go on either way. */
    public void setSoundOn(boolean on) {
        soundOn = on;
    }

    /** {@return whether the sound is on} */
    public boolean soundOn() {
        return soundOn;
    }

    /**
     * An inbound message arrived on {@code conversation} (as read after the message was stored).
     *
     * @param looking true when it is the open conversation and the window is active: I see it arrive
     */
    public Signal inbound(Conversation conversation, boolean looking) {
        boolean mine = me != null && conversation.assignee().filter(me::equals).isPresent();
        if (!mine || looking) {
            return quiet();
        }
        unread.add(conversation.id());
        return noticed();
    }

    /** The offers open now (any agent's); {@return a beep when one of mine is new} */
    public Signal offers(List<Offer> open) {
        List<String> mine = open.stream().filter(o -> o.agentId().equals(me)).map(Offer::itemId).toList();
        boolean fresh = mine.stream().anyMatch(id -> !offersSeen.contains(id));
        offersSeen.retainAll(mine);
        offersSeen.addAll(mine);
        return fresh ? noticed() : quiet();
    }

    /** The agent opened the conversation: it is read. */
    public Signal opened(ConversationId id) {
        unread.remove(id);
        return quiet();
    }

    /** The conversation left my work (closed, merged away, reassigned): it no longer counts. */
    public Signal forget(ConversationId id) {
        unread.remove(id);
        return quiet();
    }

    /** {@return whether the conversation has messages I have not seen} */
    public boolean isUnread(ConversationId id) {
        return unread.contains(id);
    }

    /** {@return the counts now, without a beep} */
    public Signal quiet() {
        return new Signal(false, unread.size(), offersSeen.size());
    }

    private Signal noticed() {
        long now = monotonicMillis.getAsLong();
        boolean beep = soundOn && (!beepedBefore || now - lastBeep >= MIN_BEEP_GAP_MILLIS);
        if (beep) {
            lastBeep = now;
            beepedBefore = true;
        }
        return new Signal(beep, unread.size(), offersSeen.size());
    }
}
