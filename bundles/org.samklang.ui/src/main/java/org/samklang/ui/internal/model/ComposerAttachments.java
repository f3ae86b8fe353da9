package org.samklang.ui.internal.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;

/**
 * The composer's attachments as the agent sees them: whether "Attach…" may be used on the chosen channel and why
 * not, which file is being attached, the chips "name (size)", and why a reply with these attachments would be
 * refused on the chosen channel (shown as a warning at once, and again when Send is pressed; attachments are never
 * dropped silently). Files too large for the channel are refused before they are staged, with the channel's limit.
 * <p>
 * Without reply options (the engine has not answered yet) attaching is allowed and the engine checks the reply.
 * Not thread-safe: confined to the UI thread.
 */
public final class ComposerAttachments {

    /** Longest file name shown on a chip, in characters. */
    static final int CHIP_NAME_CHARS = 48;

    /**
     * The state of the Attach button.
     *
     * @param enabled whether it can be used now
     * @param tip     its tooltip: what it does, or why it cannot be used
     * @param note    the inline line beside it: progress or the reason it is disabled; empty for none
     */
    public record Button(boolean enabled, String tip, String note) {

        public Button {
            Objects.requireNonNull(tip, "tip");
            Objects.requireNonNull(note, "note");
        }
    }

    private final UiMessages messages;
    private final ChannelTexts channels;
    private final Map<ConversationId, String> staging = new HashMap<>();

    public ComposerAttachments(UiMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.channels = new ChannelTexts(messages);
    }

    /**
     * {@return the Attach button's state}
     *
     * @param option    the chosen reply option, empty when the engine offered none
     * @param available whether the desk's attachment service is there
     * @param shown     the conversation the composer shows
     * @param sending   whether a reply of it is being stored
     */
    public Button button(Optional<ReplyOption> option, boolean available, ConversationId shown, boolean sending) {
        Optional<String> busy = stagingName(shown);
        if (busy.isPresent()) {
            String note = messages.format("composer.attach.busy", busy.get());
            return new Button(false, note, note);
        }
        if (!available) {
            String note = messages.format("composer.attach.unavailable");
            return new Button(false, note, note);
        }
        if (option.isPresent() && !option.get().attachments()) {
            String note = messages.format("composer.attach.cannot", channelName(option.get()));
            return new Button(false, note, note);
        }
        return new Button(!sending, messages.format("composer.attach.tip"), "");
    }

    /**
     * {@return why a file of {@code sizeBytes} cannot be attached, before it is staged; empty if it may be}
     *
     * @param already how many files the draft holds
     */
    public Optional<String> refusalBeforeStaging(String name, long sizeBytes, int already,
            Optional<ReplyOption> option) {
        String shown = DisplayText.oneLine(name, CHIP_NAME_CHARS);
        if (already >= ReplyDraft.MAX_ATTACHMENTS) {
            return Optional.of(messages.format("composer.attach.tooMany", ReplyDraft.MAX_ATTACHMENTS));
        }
        if (option.isPresent() && !option.get().attachments()) {
            return Optional.of(messages.format("composer.attach.cannot", channelName(option.get())));
        }
        if (option.isPresent() && sizeBytes > option.get().maxAttachmentBytes()) {
            return Optional.of(messages.format("composer.attach.tooLarge", shown, size(sizeBytes),
                    channelName(option.get()), size(option.get().maxAttachmentBytes())));
        }
        if (sizeBytes > AttachmentService.MAX_BYTES) {
            return Optional.of(messages.format("composer.attach.tooLargeForDesk", shown, size(sizeBytes),
                    size(AttachmentService.MAX_BYTES)));
        }
        return Optional.empty();
    }

    /** {@return why the chosen channel cannot carry {@code attachments}, or empty when it can (or is unknown)} */
    public Optional<String> refusal(List<AttachmentRef> attachments, Optional<ReplyOption> option) {
        if (attachments.isEmpty() || option.isEmpty()) {
            return Optional.empty();
        }
        String channel = channelName(option.get());
        if (!option.get().attachments()) {
            return Optional.of(messages.format("composer.attach.warning.cannot", channel, attachments.size()));
        }
        return attachments.stream().filter(file -> file.sizeBytes() > option.get().maxAttachmentBytes()).findFirst()
                .map(file -> messages.format("composer.attach.warning.tooLarge",
                        DisplayText.oneLine(file.name(), CHIP_NAME_CHARS), channel,
                        size(option.get().maxAttachmentBytes())));
    }

    /** {@return why a reply cannot be sent while a file is still being attached; empty when none is} */
    public Optional<String> sendBlocked(ConversationId shown) {
        return stagingName(shown).map(name -> messages.format("composer.attach.wait", name));
    }

    /** {@return "kvitto.pdf (78 KB)"} */
    public String chip(AttachmentRef file) {
        return messages.format("composer.attach.chip", DisplayText.oneLine(file.name(), CHIP_NAME_CHARS),
                size(file.sizeBytes()));
    }

    /** {@return the tooltip of a chip's remove action} */
    public String removeTip(AttachmentRef file) {
        return messages.format("composer.attach.remove", DisplayText.oneLine(file.name(), CHIP_NAME_CHARS));
    }

    /** {@return a size for people: "512 B", "78 KB", "1.5 MB", "10 MB" (binary multiples, as file managers)} */
    public String size(long bytes) {
        return FileSizes.describe(bytes, messages);
    }

    /** A file is being attached to {@code conversation}'s draft; the button waits and Send refuses meanwhile. */
    public void stagingStarted(ConversationId conversation, String name) {
        staging.put(conversation, DisplayText.oneLine(name, CHIP_NAME_CHARS));
    }

    /** Attaching for {@code conversation} finished, whether it worked or not. */
    public void stagingDone(ConversationId conversation) {
        staging.remove(conversation);
    }

    /** {@return the name of the file being attached to {@code conversation}, if any} */
    public Optional<String> stagingName(ConversationId conversation) {
        return Optional.ofNullable(conversation == null ? null : staging.get(conversation));
    }

    /** "SMS" for a chat channel that reaches a phone number, else the media type's name ("Email", "Chat"). */
    private String channelName(ReplyOption option) {
        return option.mediaType() == MediaType.CHAT && option.address().scheme() == Address.Scheme.TEL
                ? messages.format("composer.channel.sms")
                : channels.name(option.mediaType());
    }
}
