package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;

/**
 * The composer's "Reply on: ▾" choice for one conversation: which channels can answer the customer, which one is
 * chosen, the character counter against its limit, and why a reply would be refused before it is sent.
 * <p>
 * The default is the channel the agent chose last for this conversation, else the conversation's own channel if it
 * can answer, else (e.g. for a call) the first channel that may start a conversation, e-mail before SMS-like
 * channels. Without options (the engine has not answered yet, or the conversation's channel is not connected) the
 * reply goes on the conversation's channel and the engine checks it. Not thread-safe: confined to the UI thread.
 */
public final class ReplyChoice {

    private final UiMessages messages;
    private final ChannelTexts channels;
    private final TimeTexts times;
    private Conversation conversation;
    private List<ReplyOption> options = List.of();
    private boolean loaded;
    private int selected = -1;

    public ReplyChoice(UiMessages messages, TimeTexts times) {
        this.messages = messages;
        this.channels = new ChannelTexts(messages);
        this.times = times;
    }

    /** Starts over for {@code shown}, without options until {@link #setOptions} brings them. */
    public void begin(Conversation shown) {
        conversation = shown;
        options = List.of();
        loaded = false;
        selected = -1;
    }

    /** Takes the engine's options; {@code remembered} is the channel of a restored draft, if any. */
    public void setOptions(List<ReplyOption> offered, Optional<String> remembered) {
        options = List.copyOf(offered);
        loaded = true;
        selected = defaultIndex(remembered);
    }

    /** {@return the labels of the options, in order, for the chooser; one fallback label when there are none} */
    public List<String> labels() {
        if (options.isEmpty()) {
            return List.of(messages.format("composer.option.none"));
        }
        List<String> labels = new ArrayList<>();
        for (ReplyOption option : options) {
            // Two channels of one kind (two mailboxes) are told apart by their channel id.
            boolean shared = options.stream().filter(o -> o.mediaType() == option.mediaType()).count() > 1;
            labels.add(label(option, shared));
        }
        return labels;
    }

    /** {@return the index of the chosen option in {@link #labels()}} */
    public int selectedIndex() {
        return Math.max(selected, 0);
    }

    /** The agent picked another option. */
    public void select(int index) {
        if (index >= 0 && index < options.size()) {
            selected = index;
        }
    }

    /** {@return the chosen option, empty when the engine offered none} */
    public Optional<ReplyOption> selected() {
        return selected < 0 ? Optional.empty() : Optional.of(options.get(selected));
    }

    /** {@return the channel to remember in the draft: the chosen one, unless it is the conversation's own} */
    public Optional<String> rememberedChannel() {
        return selected().filter(option -> !option.conversationChannel()).map(ReplyOption::channelId);
    }

    /** {@return "42 / 160", or "42 characters" when the channel sets no limit} */
    public String counter(int length) {
        Optional<ReplyOption> option = selected().filter(o -> o.maxTextLength() != Integer.MAX_VALUE);
        return option.isPresent()
                ? messages.format("composer.counter", length, option.get().maxTextLength())
                : messages.format("composer.counter.unlimited", length);
    }

    /** {@return whether {@code length} characters are more than the chosen channel accepts} */
    public boolean overLimit(int length) {
        return selected().map(option -> length > option.maxTextLength()).orElse(false);
    }

    /**
     * {@return why no reply can be written on the chosen option whatever its text, once the options are known: no
     * channel reaches a caller, or the chosen channel's reply window closed (or it cannot start a conversation)}
     * The composer is disabled with this reason, so a reply that cannot be sent never looks sendable. Empty while
     * the options are loading and when a reply can be written.
     */
    public Optional<String> blocked() {
        if (!loaded) {
            return Optional.empty();
        }
        return options.isEmpty() ? noChannel() : closed(options.get(selected));
    }

    /** {@return why a reply of {@code text} on the chosen option would be refused, or empty if it would not} */
    public Optional<String> refusal(String text) {
        if (options.isEmpty()) {
            return noChannel();
        }
        ReplyOption option = options.get(selected);
        Optional<String> closed = closed(option);
        if (closed.isPresent()) {
            return closed;
        }
        String name = channels.name(option.mediaType());
        if (text.strip().length() > option.maxTextLength()) {
            return Optional.of(messages.format("composer.error.tooLong", text.strip().length(), name,
                    option.maxTextLength()));
        }
        return Optional.empty();
    }

    /** A call has no written channel of its own; other conversations without options go on their own channel. */
    private Optional<String> noChannel() {
        return conversation != null && conversation.mediaType() == MediaType.VOICE
                ? Optional.of(messages.format("composer.error.noChannel"))
                : Optional.empty();
    }

    /** Why the option cannot carry a reply now; "choose another channel" only when another one can. */
    private Optional<String> closed(ReplyOption option) {
        if (option.windowOpen()) {
            return Optional.empty();
        }
        String name = channels.name(option.mediaType());
        String only = options.stream().anyMatch(ReplyOption::windowOpen) ? "" : ".only";
        return Optional.of(option.windowClosesAt()
                .map(closed -> messages.format("composer.error.windowClosed" + only, name, times.moment(closed)))
                .orElse(messages.format("composer.error.cannotStart" + only, name)));
    }

    /** {@return {@code draft} aimed at the chosen option: its channel and address, unless it is the conversation's} */
    public ReplyDraft aim(ReplyDraft draft) {
        Optional<ReplyOption> option = selected().filter(o -> !o.conversationChannel());
        return option.isEmpty()
                ? draft
                : draft.onChannel(option.get().channelId()).withRecipient(
                        option.get().address());
    }

    private String label(ReplyOption option, boolean withChannelId) {
        String media = channels.name(option.mediaType());
        String address = DisplayText.oneLine(display(option.address()), 80);
        String label = withChannelId
                ? messages.format("composer.option.named", media, DisplayText.oneLine(option.channelId(), 40),
                        address)
                : messages.format("composer.option", media, address);
        if (option.windowOpen()) {
            return label;
        }
        return messages.format(option.windowClosesAt().isPresent()
                ? "composer.option.closed"
                : "composer.option.cannotStart", label);
    }

    private static String display(Address address) {
        return address.value();
    }

    private int defaultIndex(Optional<String> remembered) {
        if (options.isEmpty()) {
            return -1;
        }
        Optional<ReplyOption> pick = remembered.flatMap(channel -> find(o -> o.channelId().equals(channel)))
                .or(() -> find(o -> o.conversationChannel() && o.windowOpen()))
                .or(() -> options.stream().filter(ReplyOption::windowOpen)
                        .filter(ReplyOption::canStartConversation)
                        .min(Comparator.comparingInt(ReplyChoice::startRank)))
                .or(() -> find(ReplyOption::windowOpen));
        return pick.map(options::indexOf).orElse(0);
    }

    /** E-mail first, then SMS-like channels (chat to a phone number), then the rest. */
    private static int startRank(ReplyOption option) {
        if (option.mediaType() == MediaType.EMAIL) {
            return 0;
        }
        return option.mediaType() == MediaType.CHAT && option.address().scheme() == Address.Scheme.TEL ? 1 : 2;
    }

    private Optional<ReplyOption> find(java.util.function.Predicate<ReplyOption> test) {
        return options.stream().filter(test).findFirst();
    }
}
