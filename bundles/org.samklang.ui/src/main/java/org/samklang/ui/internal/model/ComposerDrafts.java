package org.samklang.ui.internal.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.api.model.ReplyDraft;

/**
 * The composer's drafts, one per conversation, so switching to another conversation and back never loses what
 * the agent wrote, and a failed send leaves the text where it was.
 * <p>
 * Each draft keeps one idempotency key until it is sent: sending twice (a double Ctrl+Enter, a retry after an
 * error) can never store two replies, because the engine keeps one reply per key. A conversation with a send in
 * flight refuses a second one until the first settles. Not thread-safe: confined to the UI thread.
 */
public final class ComposerDrafts {

    private record Local(String clientKey, String text, Optional<String> channelId) {
    }

    private final Map<ConversationId, Local> drafts = new HashMap<>();
    private final Set<ConversationId> sending = new HashSet<>();
    private final Supplier<String> newKey;

    /** Drafts with random UUID keys. */
    public ComposerDrafts() {
        this(() -> UUID.randomUUID().toString());
    }

    /** Drafts with keys from {@code newKey} (tests use a counter). */
    public ComposerDrafts(Supplier<String> newKey) {
        this.newKey = Objects.requireNonNull(newKey, "newKey");
    }

    /** {@return the text the agent left in the composer for {@code conversation}, empty if none} */
    public String textFor(ConversationId conversation) {
        Local draft = drafts.get(conversation);
        return draft == null ? "" : draft.text();
    }

    /** {@return the channel the agent chose for {@code conversation}'s reply, empty for the conversation's own} */
    public Optional<String> channelFor(ConversationId conversation) {
        Local draft = drafts.get(conversation);
        return draft == null ? Optional.empty() : draft.channelId();
    }

    /** Remembers the chosen channel (empty: the conversation's own) with the draft, if there is one. */
    public void choose(ConversationId conversation, Optional<String> channelId) {
        Local draft = drafts.get(conversation);
        if (draft != null) {
            drafts.put(conversation, new Local(draft.clientKey(), draft.text(), channelId));
        }
    }

    /**
     * Takes a draft saved before (the desktop restarted, or crashed) unless the agent already wrote something here
     * since; keeps its idempotency key, so a reply the engine stored just before a crash is not sent twice.
     *
     * @return whether the saved draft was taken
     */
    public boolean restore(Draft saved) {
        ConversationId conversation = saved.conversationId();
        if (drafts.containsKey(conversation) || saved.text().isEmpty()) {
            return false;
        }
        drafts.put(conversation, new Local(saved.clientKey(), saved.text(), saved.channelId()));
        return true;
    }

    /** {@return the draft to keep durably for {@code conversation}, empty when there is nothing to keep} */
    public Optional<Draft> toKeep(ConversationId conversation, Instant now) {
        Local draft = drafts.get(conversation);
        return draft == null
                ? Optional.empty()
                : Optional.of(new Draft(conversation, draft.clientKey(), draft.text(), draft.channelId(), now));
    }

    /** Remembers the composer's text for {@code conversation}; an empty text drops the draft. */
    public void update(ConversationId conversation, String text) {
        if (text == null || text.isEmpty()) {
            drafts.remove(conversation);
            return;
        }
        Local old = drafts.get(conversation);
        drafts.put(conversation, old == null
                ? new Local(newKey.get(), text, Optional.empty())
                : new Local(old.clientKey(), text, old.channelId()));
    }

    /**
     * Marks {@code conversation} as sending and {@return the reply to send}, or empty when the text is blank or a
     * send for this conversation is still in flight (the part then says why).
     */
    public Optional<ReplyDraft> startSending(ConversationId conversation, String text) {
        if (text == null || text.isBlank() || sending.contains(conversation)) {
            return Optional.empty();
        }
        update(conversation, text);
        sending.add(conversation);
        return Optional.of(ReplyDraft.text(drafts.get(conversation).clientKey(), text.strip()));
    }

    /** {@return whether a send for {@code conversation} is in flight} */
    public boolean isSending(ConversationId conversation) {
        return sending.contains(conversation);
    }

    /**
     * The engine stored the reply sent with {@code clientKey}: its draft goes. (The part keeps the composer
     * read-only while a send is in flight, so the draft cannot have changed meanwhile.)
     */
    public void sent(ConversationId conversation, String clientKey) {
        sending.remove(conversation);
        Local draft = drafts.get(conversation);
        if (draft != null && draft.clientKey().equals(clientKey)) {
            drafts.remove(conversation);
        }
    }

    /** The send failed and nothing was stored: the draft and its key stay for another try. */
    public void failed(ConversationId conversation) {
        sending.remove(conversation);
    }
}
