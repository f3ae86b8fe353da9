package org.samklang.ui.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.api.model.ReplyDraft;

/**
 * The composer's drafts, one per conversation, so switching to another conversation and back never loses what
 * the agent wrote, and a failed send leaves the text where it was.
 * <p>
 * Each draft keeps one idempotency key until it is sent: sending twice (a double Ctrl+Enter, a retry after an
 * error) can never store two replies, because the engine keeps one reply per key. A conversation with a send in
 * flight refuses a second one until the first settles. A draft also holds the files attached to it, so a draft of
 * attachments only (no text yet) is kept too. Not thread-safe: confined to the UI thread.
 */
public final class ComposerDrafts {

    private record Local(String clientKey, String text, Optional<String> channelId, List<AttachmentRef> attachments) {

        Local with(String newText) {
            return new Local(clientKey, newText, channelId, attachments);
        }

        Local with(List<AttachmentRef> files) {
            return new Local(clientKey, text, channelId, List.copyOf(files));
        }

        boolean isEmpty() {
            return text.isEmpty() && attachments.isEmpty();
        }
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
            drafts.put(conversation, new Local(draft.clientKey(), draft.text(), channelId, draft.attachments()));
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
        if (drafts.containsKey(conversation) || (saved.text().isEmpty() && saved.attachments().isEmpty())) {
            return false;
        }
        drafts.put(conversation, new Local(saved.clientKey(), saved.text(), saved.channelId(), saved.attachments()));
        return true;
    }

    /** {@return the draft to keep durably for {@code conversation}, empty when there is nothing to keep} */
    public Optional<Draft> toKeep(ConversationId conversation, Instant now) {
        Local draft = drafts.get(conversation);
        return draft == null
                ? Optional.empty()
                : Optional.of(new Draft(conversation, draft.clientKey(), draft.text(), draft.channelId(), now,
                        draft.attachments()));
    }

    /** Remembers the composer's text for {@code conversation}; an empty text drops a draft without attachments. */
    public void update(ConversationId conversation, String text) {
        String value = text == null ? "" : text;
        Local old = drafts.get(conversation);
        if (old == null && value.isEmpty()) {
            return;
        }
        Local updated = old == null ? new Local(newKey.get(), value, Optional.empty(), List.of()) : old.with(value);
        if (updated.isEmpty()) {
            drafts.remove(conversation);
        } else {
            drafts.put(conversation, updated);
        }
    }

    /** {@return the files attached to {@code conversation}'s draft, in the order attached} */
    public List<AttachmentRef> attachmentsFor(ConversationId conversation) {
        Local draft = drafts.get(conversation);
        return draft == null ? List.of() : draft.attachments();
    }

    /**
     * Adds a staged file to {@code conversation}'s draft (starting one if needed); the same file under the same
     * name twice is kept once. Refused while a send is in flight, so what is sent is what was shown.
     *
     * @return whether the draft changed
     */
    public boolean attach(ConversationId conversation, AttachmentRef file) {
        Objects.requireNonNull(file, "file");
        if (sending.contains(conversation)) {
            return false;
        }
        Local old = drafts.get(conversation);
        Local draft = old == null ? new Local(newKey.get(), "", Optional.empty(), List.of()) : old;
        if (draft.attachments().contains(file)) {
            return false;
        }
        List<AttachmentRef> files = new ArrayList<>(draft.attachments());
        files.add(file);
        drafts.put(conversation, draft.with(files));
        return true;
    }

    /** Removes {@code file} from {@code conversation}'s draft; a draft left empty goes. */
    public boolean detach(ConversationId conversation, AttachmentRef file) {
        Local draft = drafts.get(conversation);
        if (draft == null || sending.contains(conversation) || !draft.attachments().contains(file)) {
            return false;
        }
        List<AttachmentRef> files = new ArrayList<>(draft.attachments());
        files.remove(file);
        Local updated = draft.with(files);
        if (updated.isEmpty()) {
            drafts.remove(conversation);
        } else {
            drafts.put(conversation, updated);
        }
        return true;
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
        Local draft = drafts.get(conversation);
        return Optional.of(ReplyDraft.text(draft.clientKey(), text.strip()).withAttachments(draft.attachments()));
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
