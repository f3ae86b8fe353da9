package org.samklang.ui.internal.parts;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.DraftService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.ui.internal.model.ComposerDrafts;
import org.samklang.ui.internal.model.DraftAutosave;
import org.samklang.ui.internal.model.ReplyChoice;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Drives the composer for the shown conversation: loads how the customer can be answered and any durable draft
 * (off the UI thread), keeps the counter and the "Reply on" choice current, saves the draft a moment after typing
 * stops, refuses a reply the channel would refuse (too long, window closed, attachments it cannot carry) with the
 * reason, and discards the durable draft once the engine stored the reply. Attaching files is delegated to
 * {@link AttachmentController}. UI thread only, except the background reads it starts.
 */
final class ComposerController {

    private final ComposerView composer;
    private final ComposerDrafts drafts;
    private final ReplyChoice choice;
    private final UiMessages messages;
    private final UiThread threads;
    private final Clock clock;
    private final DraftAutosave autosave;
    private final AttachmentController attachments;
    private volatile DraftService draftService;
    private ConversationService service;
    private Conversation current;
    private boolean loading;

    ComposerController(ComposerView composer, ComposerDrafts drafts, ReplyChoice choice, UiMessages messages,
            UiThread threads, Clock clock) {
        this.composer = composer;
        this.drafts = drafts;
        this.choice = choice;
        this.messages = messages;
        this.threads = threads;
        this.clock = clock;
        this.autosave = new DraftAutosave(threads, this::keep);
        this.attachments = new AttachmentController(composer.attachments(), drafts, choice, messages, threads,
                this::attachmentsChanged, composer::showStatus);
        composer.onTextChange(this::textChanged);
        composer.onChoice(this::picked);
    }

    /** The durable draft store came or went (it is an optional service). */
    void bindDrafts(DraftService drafts) {
        draftService = drafts;
    }

    /** The desk's attachment service came or went (it is an optional service). */
    void bindAttachments(AttachmentService service) {
        attachments.bind(service);
    }

    /** Opens the file chooser to attach a file to the shown reply (a command). */
    void attach() {
        if (current != null) {
            attachments.attach();
        }
    }

    /** Shows {@code conversation} with its draft, then loads its reply options and durable draft. */
    void open(Conversation conversation, ConversationService conversations, String replyOn) {
        autosave.saveNow();
        current = Objects.requireNonNull(conversation, "conversation");
        service = conversations;
        choice.begin(conversation);
        composer.setBlocked(false);
        loading = true;
        try {
            composer.show(replyOn, drafts.textFor(conversation.id()), drafts.isSending(conversation.id()));
            composer.showChoices(choice.labels(), choice.selectedIndex());
        } finally {
            loading = false;
        }
        showCounter();
        attachments.show(conversation.id());
        load(conversation.id(), conversations);
    }

    /** Sends the composer's text on the chosen channel unless the channel would refuse it. */
    void send(String text, Supplier<ConversationId> shownNow) {
        if (current == null) {
            return;
        }
        Optional<String> refusal = text.isBlank() ? Optional.empty() : choice.refusal(text);
        refusal = refusal.or(() -> attachments.sendRefusal(current.id()));
        if (refusal.isPresent()) {
            composer.showStatus(refusal.get(), Tone.ERROR);
            return;
        }
        new ReplySender(service, drafts, composer, messages, threads, choice::aim, this::stored).send(current, text,
                shownNow);
    }

    private void load(ConversationId id, ConversationService conversations) {
        DraftService store = draftService;
        threads.background(() -> {
            List<ReplyOption> options;
            try {
                options = conversations.replyOptions(id);
            } catch (RuntimeException e) {
                options = List.of(); // the engine checks the reply when it is sent
            }
            Optional<Draft> saved = Optional.empty();
            try {
                saved = store == null ? Optional.empty() : store.draft(id);
            } catch (RuntimeException e) {
                // A draft store that cannot read loses nothing new; the composer works without it.
            }
            List<ReplyOption> offered = options;
            Optional<Draft> restored = saved;
            threads.ui(() -> loaded(id, offered, restored));
        });
    }

    private void loaded(ConversationId id, List<ReplyOption> options, Optional<Draft> saved) {
        if (current == null || !current.id().equals(id)) {
            return;
        }
        if (saved.isPresent() && drafts.restore(saved.get()) && composer.text().isEmpty()) {
            loading = true;
            try {
                composer.setText(saved.get().text());
            } finally {
                loading = false;
            }
            composer.showStatus(messages.format("composer.draftRestored"), Tone.MUTED);
        }
        choice.setOptions(options, drafts.channelFor(id));
        composer.showChoices(choice.labels(), choice.selectedIndex());
        showCounter();
        attachments.show(id);
        showBlocked();
    }

    /**
     * A reply the chosen channel cannot carry must not look sendable: the composer says why and waits. The reason
     * is information, not a fault (a caller nobody can write to is normal on a call), so it is not shown in red.
     */
    private boolean showBlocked() {
        Optional<String> blocked = choice.blocked();
        composer.setBlocked(blocked.isPresent());
        blocked.ifPresent(reason -> composer.showStatus(reason, Tone.MUTED));
        return blocked.isPresent();
    }

    private void textChanged(String text) {
        if (loading || current == null || drafts.isSending(current.id())) {
            return;
        }
        ConversationId id = current.id();
        drafts.update(id, text);
        drafts.choose(id, choice.rememberedChannel());
        showCounter();
        Optional<Draft> keep = drafts.toKeep(id, clock.instant());
        if (keep.isPresent()) {
            autosave.changed(keep.get());
        } else {
            autosave.cancel();
            discard(id);
        }
    }

    private void picked(int index) {
        choice.select(index);
        if (current != null) {
            drafts.choose(current.id(), choice.rememberedChannel());
            drafts.toKeep(current.id(), clock.instant()).ifPresent(autosave::changed);
        }
        showCounter();
        if (current != null) {
            attachments.show(current.id());
        }
        if (!showBlocked()) {
            composer.showStatus(choice.refusal(composer.text().isBlank() ? "." : composer.text()).orElse(""),
                    Tone.ERROR);
        }
    }

    private void showCounter() {
        int length = composer.text().strip().length();
        String limit = choice.selected().map(o -> o.channelId()).orElse("");
        composer.showCounter(choice.counter(length), choice.overLimit(length) ? Tone.ERROR : Tone.MUTED,
                messages.format("composer.counter.tip", limit));
    }

    private void keep(Draft draft) {
        DraftService store = draftService;
        if (store != null) {
            store.saveDraft(draft);
        }
    }

    private void stored(ConversationId id) {
        autosave.cancel();
        discard(id);
        showCounter();
        if (current != null) {
            attachments.show(current.id());
        }
    }

    /** Attachments change rarely and matter: the draft is saved at once, not after a typing pause. */
    private void attachmentsChanged(ConversationId id) {
        Optional<Draft> keep = drafts.toKeep(id, clock.instant());
        boolean shown = current != null && current.id().equals(id);
        if (keep.isPresent() && shown) {
            autosave.changed(keep.get()); // replaces a pending save that lacks the new attachment
            autosave.saveNow();
        } else if (keep.isPresent()) {
            keep(keep.get());
        } else {
            if (shown) {
                autosave.cancel();
            }
            discard(id);
        }
    }

    private void discard(ConversationId id) {
        DraftService store = draftService;
        if (store != null) {
            threads.background(() -> store.discard(id));
        }
    }
}
