package org.samklang.core.internal.conversation;

import org.samklang.core.api.ChannelLimitException;
import org.samklang.core.api.model.ChannelLimitProblem;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.identity.CustomerMerger;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.outbox.ChannelLimits;
import org.samklang.core.internal.outbox.ConnectorRegistry;
import org.samklang.core.internal.outbox.OutboxSender;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.Writer;
import org.samklang.core.internal.text.CleanText;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;

/** The changing side of {@code ConversationService}: each command is one writer task with its journal events. */
final class ConversationCommands {

    private final Writer writer;
    private final ReadPool readers;
    private final ConversationStore conversations;
    /** Longest customer name kept from a CRM; more is cut with an ellipsis. */
    static final int MAX_NAME_LENGTH = 200;

    private final CustomerStore customers;
    private final CustomerMerger customerMerger;
    private final ConversationMerger conversationMerger;
    private final ReplyTask replies;
    private final ConnectorRegistry connectors;
    private final OutboxSender sender;
    private final ReplyAttachments attachments;

    ConversationCommands(Writer writer, ReadPool readers, ConversationStore conversations, CustomerStore customers,
            ConversationMerger conversationMerger, ReplyTask replies, ConnectorRegistry connectors,
            OutboxSender sender, ReplyAttachments attachments) {
        this.writer = writer;
        this.readers = readers;
        this.conversations = conversations;
        this.customers = customers;
        this.customerMerger = new CustomerMerger(customers);
        this.conversationMerger = conversationMerger;
        this.replies = replies;
        this.connectors = connectors;
        this.sender = sender;
        this.attachments = attachments;
    }

    CompletableFuture<Message> sendReply(ConversationId id, ReplyDraft draft) {
        ReplyTarget target;
        try {
            target = target(id, draft);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return writer.submit("reply", transaction -> {
            Message stored = replies.store(transaction, id, draft, target);
            transaction.afterCommit(sender::wake);
            return stored;
        });
    }

    CompletableFuture<Conversation> changeState(ConversationId id, ConversationState state) {
        return writer.submit("change state", transaction -> {
            ConversationRow row = conversations.require(transaction, id);
            conversations.changeState(transaction, row, state);
            return conversations.require(transaction, row.id()).toModel();
        });
    }

    /**
     * Moves the conversation to {@code state} only if it is in one of {@code from} now; else leaves it as it is.
     * Routing's decision: kept until stored (see {@link ConversationRouting}).
     */
    CompletableFuture<Conversation> changeStateIf(ConversationId id, Set<ConversationState> from,
            ConversationState state) {
        return writer.submitRetried("mark waiting", transaction -> {
            ConversationRow row = conversations.require(transaction, id);
            if (from.contains(row.state())) {
                conversations.changeState(transaction, row, state);
            }
            return conversations.require(transaction, row.id()).toModel();
        });
    }

    CompletableFuture<Conversation> assign(ConversationId id, Optional<String> agentId) {
        if (agentId.isPresent() && agentId.get().isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("agent id must not be blank"));
        }
        return writer.submit("assign", transaction -> {
            ConversationRow row = conversations.require(transaction, id);
            conversations.assign(transaction, row, agentId);
            return conversations.require(transaction, row.id()).toModel();
        });
    }

    /** Stores where routing placed the conversation; the fields were checked by {@link RouteFields#routed}. */
    CompletableFuture<Conversation> route(ConversationId id, RouteFields route) {
        return writer.submitRetried("route", transaction -> {
            ConversationRow row = conversations.require(transaction, id);
            conversations.route(transaction, row, route);
            return conversations.require(transaction, row.id()).toModel();
        });
    }

    /** An agent accepted the offer: assigned and active in one change, kept until stored. */
    CompletableFuture<Conversation> accepted(ConversationId id, String agentId) {
        if (agentId == null || agentId.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("agent id must not be blank"));
        }
        return writer.submitRetried("accepted", transaction -> {
            ConversationRow row = conversations.require(transaction, id);
            conversations.assign(transaction, row, Optional.of(agentId));
            ConversationRow assigned = conversations.require(transaction, row.id());
            conversations.changeState(transaction, assigned, ConversationState.ACTIVE);
            return conversations.require(transaction, row.id()).toModel();
        });
    }

    CompletableFuture<Conversation> setTags(ConversationId id, Set<String> tags) {
        Set<String> normalized;
        try {
            // Checked before queueing, so hostile tags never reach the writer and fail with nothing stored.
            normalized = Conversation.normalizeTags(tags);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return writer.submit("set tags", transaction -> {
            ConversationRow row = conversations.require(transaction, id);
            conversations.setTags(transaction, row, normalized);
            return conversations.require(transaction, row.id()).toModel();
        });
    }

    /** Names a customer known only by an address; see {@link CoreEngine#nameCustomer}. */
    CompletableFuture<Boolean> nameCustomer(CustomerId id, String unnamedAs, String name) {
        String clean = CleanText.line(name, MAX_NAME_LENGTH);
        if (clean.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a customer name must not be blank"));
        }
        // The namer's own bookkeeping: kept until stored while the store cannot write (compare and set, so harmless).
        return writer.submitRetried("name customer", transaction -> customers.nameIfStill(transaction, id, unnamedAs,
                clean));
    }

    CompletableFuture<Conversation> mergeConversations(ConversationId target, ConversationId source) {
        return writer.submit("merge conversations", transaction -> {
            ConversationId merged = conversationMerger.merge(transaction, target, source);
            return conversations.require(transaction, merged).toModel();
        });
    }

    CompletableFuture<Customer> mergeCustomers(CustomerId survivor, CustomerId absorbed) {
        return writer.submit("merge customers", transaction -> {
            CustomerId kept = customerMerger.merge(transaction, survivor, absorbed);
            conversations.forgetCached();
            return customers.read(transaction, kept).orElseThrow();
        });
    }

    CompletableFuture<Customer> splitCustomer(CustomerId source, Set<Address> addresses) {
        Set<Address> chosen = Set.copyOf(addresses);
        return writer.submit("split customer", transaction -> {
            CustomerId created = customerMerger.split(transaction, source, chosen);
            conversations.forgetCached();
            return customers.read(transaction, created).orElseThrow();
        });
    }

    /**
     * Resolves the reply's channel and checks the limits the channel declares ({@link ChannelLimits}), off the writer
     * thread; the reply window is checked in the writer's transaction ({@link ReplyTask}).
     */
    private ReplyTarget target(ConversationId id, ReplyDraft draft) {
        ConversationRow conversation = readers.read(session -> conversations.findCurrent(session, id))
                .orElseThrow(() -> new IllegalArgumentException("unknown conversation " + id));
        String channelId = draft.channelId().orElse(conversation.channelId());
        Optional<ChannelConnector> connector = connectors.find(channelId);
        MediaType mediaType = channelId.equals(conversation.channelId())
                ? conversation.mediaType()
                : connector.map(ChannelConnector::mediaType).orElseThrow(() -> new IllegalArgumentException(
                        "no channel " + channelId + " is installed"));
        if (draft.text().length() > InboundPreparer.MAX_TEXT) {
            throw new ChannelLimitException(ChannelLimitProblem.textTooLongToKeep(channelId, draft.text().length(),
                    InboundPreparer.MAX_TEXT));
        }
        // A channel that is not connected now declares nothing; the reply waits in the outbox, checked when it goes.
        Optional<ChannelCapabilities> capabilities = connector.map(ChannelConnector::capabilities);
        if (mediaType == MediaType.VOICE && capabilities.isEmpty()) {
            capabilities = Optional.of(ChannelCapabilities.plainText());
        }
        capabilities.flatMap(declared -> ChannelLimits.textProblem(channelId, mediaType, declared, draft.text()))
                .ifPresent(problem -> {
                    throw new ChannelLimitException(problem);
                });
        attachments.check(draft.attachments(), channelId, capabilities);
        return new ReplyTarget(channelId, mediaType, capabilities);
    }
}
