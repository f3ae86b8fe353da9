package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.JournalListener;
import org.samklang.core.api.JournalSubscription;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;

/**
 * An in-memory {@link ConversationService} with honest keyset-like paging (the cursor is the offset of the next
 * item) and recorded calls, for presenter tests.
 */
final class FakeConversationService implements ConversationService {

    /** Inbox order: newest activity first. */
    final List<Conversation> conversations = new ArrayList<>();
    /** Newest first. */
    final List<Message> messages = new ArrayList<>();
    final Map<CustomerId, Customer> customers = new HashMap<>();
    final Map<ConversationId, ConversationId> mergedInto = new HashMap<>();
    final List<FakeSubscription> subscriptions = new ArrayList<>();
    final List<ReplyDraft> sentDrafts = new ArrayList<>();
    final Map<ConversationId, List<ReplyOption>> replyOptions = new HashMap<>();
    int customerLookups;
    long lastSequence;
    RuntimeException failReads;
    RuntimeException failSubscribe;

    @Override
    public Page<Conversation> inbox(InboxQuery query, PageRequest page) {
        checkReads();
        List<Conversation> view = conversations.stream().filter(c -> inView(query, c)).toList();
        return paged(view, page);
    }

    @Override
    public Optional<Conversation> conversation(ConversationId id) {
        checkReads();
        ConversationId target = mergedInto.getOrDefault(id, id);
        return conversations.stream().filter(c -> c.id().equals(target)).findFirst();
    }

    @Override
    public Optional<Message> message(MessageId id) {
        checkReads();
        return messages.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public Page<Message> messages(ConversationId id, PageRequest page) {
        checkReads();
        return paged(messages.stream().filter(m -> m.conversationId().equals(id)).toList(), page);
    }

    @Override
    public Page<Message> timeline(CustomerId id, PageRequest page) {
        checkReads();
        return paged(messages.stream().filter(m -> m.customerId().equals(id)).toList(), page);
    }

    @Override
    public Page<Message> search(String text, PageRequest page) {
        checkReads();
        String needle = text.toLowerCase(Locale.ROOT);
        return paged(messages.stream()
                .filter(m -> (m.subject() + " " + m.text()).toLowerCase(Locale.ROOT).contains(needle))
                .toList(), page);
    }

    @Override
    public Optional<Customer> customer(CustomerId id) {
        checkReads();
        customerLookups++;
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public Optional<Customer> customerByAddress(Address address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long lastSequence() {
        checkReads();
        return lastSequence;
    }

    @Override
    public CompletableFuture<Message> sendReply(ConversationId id, ReplyDraft draft) {
        sentDrafts.add(draft);
        return new CompletableFuture<>();
    }

    @Override
    public List<ReplyOption> replyOptions(ConversationId id) {
        checkReads();
        return replyOptions.getOrDefault(id, List.of());
    }

    @Override
    public CompletableFuture<Conversation> changeState(ConversationId id, ConversationState state) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Conversation> assign(ConversationId id, Optional<String> agentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Conversation> setTags(ConversationId id, Set<String> tags) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Conversation> mergeConversations(ConversationId target, ConversationId source) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Customer> mergeCustomers(CustomerId survivor, CustomerId absorbed) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Customer> splitCustomer(CustomerId source, Set<Address> addresses) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JournalSubscription subscribe(long afterSequence, JournalListener listener) {
        if (failSubscribe != null) {
            throw failSubscribe;
        }
        FakeSubscription subscription = new FakeSubscription(afterSequence, listener);
        subscriptions.add(subscription);
        return subscription;
    }

    private void checkReads() {
        if (failReads != null) {
            throw failReads;
        }
    }

    /** The engine's contract: view, then media type, then unanswered work opened before its media's instant. */
    private static boolean inView(InboxQuery query, Conversation c) {
        if (query.mediaType().filter(media -> media != c.mediaType()).isPresent()) {
            return false;
        }
        if (query.queueIds().isPresent() && !c.queueId().map(query.queueIds().get()::contains).orElse(false)) {
            return false;
        }
        if (!query.unansweredSince().isEmpty()) {
            java.time.Instant before = query.unansweredSince().get(c.mediaType());
            if (before == null || !c.state().awaitsAnswer() || !c.openedAt().isBefore(before)) {
                return false;
            }
        }
        return switch (query.view()) {
            case MINE -> c.state().isOpen() && c.assignee().equals(query.agentId());
            case UNASSIGNED -> c.state().isOpen() && c.assignee().isEmpty();
            case OPEN -> c.state().isOpen();
            case CLOSED -> !c.state().isOpen();
        };
    }

    static <T> Page<T> paged(List<T> all, PageRequest request) {
        int from = request.cursor().map(Integer::parseInt).orElse(0);
        int to = Math.min(all.size(), from + request.size());
        Optional<String> next = to < all.size() ? Optional.of(String.valueOf(to)) : Optional.empty();
        return new Page<>(all.subList(Math.min(from, to), to), all.size(), next);
    }

    /** A subscription the test feeds by hand. */
    static final class FakeSubscription implements JournalSubscription {

        final long after;
        final JournalListener listener;
        boolean closed;

        FakeSubscription(long after, JournalListener listener) {
            this.after = after;
            this.listener = listener;
        }

        @Override
        public long lastDeliveredSequence() {
            return after;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
