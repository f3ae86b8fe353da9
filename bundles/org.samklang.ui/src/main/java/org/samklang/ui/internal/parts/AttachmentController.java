package org.samklang.ui.internal.parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ReplyOption;
import org.samklang.ui.internal.model.ComposerAttachments;
import org.samklang.ui.internal.model.ComposerDrafts;
import org.samklang.ui.internal.model.ReplyChoice;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Attaching files in the composer: the agent picks a file, its size is checked against the chosen channel before
 * anything is copied, the desk's {@link AttachmentService} stages it off the UI thread (the button shows
 * "Attaching …" meanwhile and Send waits), and the staged reference joins the conversation's draft, which is saved
 * at once. UI thread only, except the background work it starts; a result that arrives after the agent moved to
 * another conversation still lands in the right draft.
 */
final class AttachmentController {

    private final AttachmentBar bar;
    private final ComposerDrafts drafts;
    private final ReplyChoice choice;
    private final ComposerAttachments presenter;
    private final UiMessages messages;
    private final UiThread threads;
    private final Consumer<ConversationId> draftChanged;
    private final BiConsumer<String, Tone> status;
    private volatile AttachmentService service;
    private ConversationId shown;

    /**
     * @param draftChanged told when a conversation's attachments changed (the draft is saved)
     * @param status       shows a line in the composer's status line
     */
    AttachmentController(AttachmentBar bar, ComposerDrafts drafts, ReplyChoice choice, UiMessages messages,
            UiThread threads, Consumer<ConversationId> draftChanged, BiConsumer<String, Tone> status) {
        this.bar = bar;
        this.drafts = drafts;
        this.choice = choice;
        this.presenter = new ComposerAttachments(messages);
        this.messages = messages;
        this.threads = threads;
        this.draftChanged = draftChanged;
        this.status = status;
        bar.onAttach(this::attach);
        bar.onRemove(this::remove);
    }

    /** The desk's attachment service came or went (it is an optional service). */
    void bind(AttachmentService attachments) {
        service = attachments;
        if (shown != null) {
            show(shown);
        }
    }

    /** Shows {@code conversation}'s attachments against the chosen channel; call after every change of either. */
    void show(ConversationId conversation) {
        shown = conversation;
        List<AttachmentRef> files = drafts.attachmentsFor(conversation);
        Optional<ReplyOption> option = choice.selected();
        bar.show(presenter.button(option, service != null, conversation, drafts.isSending(conversation)),
                presenter.refusal(files, option),
                files.stream().map(f -> new AttachmentBar.Chip(presenter.chip(f), presenter.removeTip(f))).toList());
    }

    /** {@return why the shown reply must not be sent now (a file still attaching, or one the channel refuses)} */
    Optional<String> sendRefusal(ConversationId conversation) {
        return presenter.sendBlocked(conversation)
                .or(() -> presenter.refusal(drafts.attachmentsFor(conversation), choice.selected()));
    }

    /** Picks a file and attaches it (the Attach button, or Ctrl+Shift+O in the composer). */
    void attach() {
        ConversationId conversation = shown;
        if (conversation == null) {
            return;
        }
        ComposerAttachments.Button button = presenter.button(choice.selected(), service != null, conversation,
                drafts.isSending(conversation));
        if (!button.enabled()) {
            status.accept(button.note(), Tone.ERROR); // the key binding reaches here even when the button is grey
            return;
        }
        Optional<String> picked = bar.chooseFile();
        if (picked.isEmpty()) {
            return;
        }
        Path file;
        try {
            file = Path.of(picked.get());
        } catch (InvalidPathException e) {
            status.accept(messages.format("composer.attach.failed", picked.get(), e.getMessage()), Tone.ERROR);
            return;
        }
        String name = String.valueOf(file.getFileName());
        presenter.stagingStarted(conversation, name);
        show(conversation);
        threads.background(() -> {
            long size = sizeOrZero(file); // a missing file is reported by staging, with the reason
            threads.ui(() -> checked(conversation, file, name, size));
        });
    }

    private void checked(ConversationId conversation, Path file, String name, long size) {
        Optional<ReplyOption> option = conversation.equals(shown) ? choice.selected() : Optional.empty();
        Optional<String> refusal = presenter.refusalBeforeStaging(name, size,
                drafts.attachmentsFor(conversation).size(), option);
        AttachmentService stager = service;
        if (refusal.isPresent() || stager == null) {
            finished(conversation, refusal.orElse(messages.format("composer.attach.unavailable")), Tone.ERROR);
            return;
        }
        threads.background(() -> {
            try {
                AttachmentRef staged = stager.stage(file);
                threads.ui(() -> staged(conversation, staged));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                String line = messages.format("composer.attach.failed", name, e.getMessage());
                threads.ui(() -> finished(conversation, line, Tone.ERROR));
            }
        });
    }

    private void staged(ConversationId conversation, AttachmentRef file) {
        if (drafts.attach(conversation, file)) {
            draftChanged.accept(conversation);
        }
        finished(conversation, messages.format("composer.attach.added", presenter.chip(file)), Tone.MUTED);
    }

    private void finished(ConversationId conversation, String line, Tone tone) {
        presenter.stagingDone(conversation);
        if (conversation.equals(shown)) {
            status.accept(line, tone);
            show(conversation);
        }
    }

    private void remove(int index) {
        ConversationId conversation = shown;
        List<AttachmentRef> files = conversation == null ? List.of() : drafts.attachmentsFor(conversation);
        if (index < 0 || index >= files.size()) {
            return;
        }
        if (drafts.detach(conversation, files.get(index))) {
            draftChanged.accept(conversation);
            status.accept("", Tone.NORMAL);
        }
        show(conversation);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }
}
