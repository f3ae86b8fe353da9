package org.samklang.ui.internal.parts;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.ui.internal.model.ComposerDrafts;
import org.samklang.ui.internal.model.FailureTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Sends the composer's text through {@link ConversationService#sendReply} and reports the outcome in the composer:
 * cleared and "Saved, sending…" once the engine has stored it, or the reason and the text left in place when it
 * was refused. The outcome lands on the UI thread; if the agent has moved to another conversation meanwhile, only
 * the draft store is updated.
 */
final class ReplySender {

    private final ConversationService service;
    private final ComposerDrafts drafts;
    private final ComposerView composer;
    private final UiMessages messages;
    private final UiThread threads;
    private final UnaryOperator<ReplyDraft> aim;
    private final Consumer<ConversationId> stored;

    ReplySender(ConversationService service, ComposerDrafts drafts, ComposerView composer, UiMessages messages,
            UiThread threads) {
        this(service, drafts, composer, messages, threads, UnaryOperator.identity(), id -> {
        });
    }

    /**
     * @param aim    puts the chosen channel and address on the draft
     * @param stored told on the UI thread when the engine stored a reply (the durable draft can go)
     */
    ReplySender(ConversationService service, ComposerDrafts drafts, ComposerView composer, UiMessages messages,
            UiThread threads, UnaryOperator<ReplyDraft> aim, Consumer<ConversationId> stored) {
        this.aim = aim;
        this.stored = stored;
        this.service = service;
        this.drafts = drafts;
        this.composer = composer;
        this.messages = messages;
        this.threads = threads;
    }

    /**
     * Sends {@code text} as a reply in {@code conversation}.
     *
     * @param shownNow which conversation the composer shows when the outcome arrives
     */
    void send(Conversation conversation, String text, Supplier<ConversationId> shownNow) {
        if (conversation == null || service == null) {
            return;
        }
        ConversationId id = conversation.id();
        if (text.isBlank()) {
            composer.showStatus(messages.format("composer.error.blank"), Tone.ERROR);
            return;
        }
        Optional<ReplyDraft> draft = drafts.startSending(id, text);
        if (draft.isEmpty()) {
            composer.showStatus(messages.format("composer.sending"), Tone.MUTED);
            return;
        }
        composer.setSending(true);
        composer.showStatus(messages.format("composer.sending"), Tone.MUTED);
        CompletableFuture<Message> future;
        try {
            future = service.sendReply(id, aim.apply(draft.get()));
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        String key = draft.get().clientKey();
        future.whenComplete((message, failure) -> threads.ui(() -> settled(id, key, failure, shownNow)));
    }

    private void settled(ConversationId id, String key, Throwable failure, Supplier<ConversationId> shownNow) {
        boolean shown = Objects.equals(shownNow.get(), id);
        if (failure == null) {
            drafts.sent(id, key);
            stored.accept(id);
            if (shown) {
                composer.clear();
                composer.setSending(false);
                composer.showStatus(messages.format("composer.queued"), Tone.MUTED);
            }
            return;
        }
        drafts.failed(id);
        if (shown) {
            composer.setSending(false);
            composer.showStatus(messages.format("composer.failed", FailureTexts.describe(failure, messages)),
                    Tone.ERROR);
        }
    }
}
