package org.samklang.core.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
 * Conversations, messages and customers as the agent desktop sees them: query, page, search, reply, close, merge,
 * and a journal feed of every change.
 * <p>
 * <b>Threading.</b> All methods are thread-safe. Query methods read the store on the calling thread and may block
 * on disk I/O for a few milliseconds: never call them on the UI thread. Changing methods return at once with a
 * future that completes after the change and its journal event are committed (durable against a process crash);
 * futures complete on an engine thread, so dependent actions must not block (use the {@code *Async} variants to
 * move heavy work elsewhere).
 * <p>
 * <b>Errors.</b> Query methods throw {@link StoreUnavailableException} when the store cannot be read. Futures
 * complete exceptionally with {@link IllegalArgumentException} for unknown ids or invalid requests (message says
 * which), {@link IllegalStateException} when the request does not fit the current state (e.g. a reply window has
 * closed), or {@link StoreUnavailableException}; in every case nothing was changed.
 * <p>
 * <b>Paging.</b> No method loads a whole list: every list is keyset-paged with a total count, and pages of one list
 * taken while it grows never repeat or skip an item that existed when the first page was read.
 * <p>
 * <b>Merges.</b> Ids of merged-away conversations and customers stay valid: they resolve to where their content
 * went.
 */
public interface ConversationService {

    /** One page of an inbox view, newest activity first. */
    Page<Conversation> inbox(InboxQuery query, PageRequest page);

    /** The conversation, or the one it was merged into; empty if the id was never used. */
    Optional<Conversation> conversation(ConversationId id);

    /** One message, e.g. the one a journal event names; empty if the id was never used. */
    Optional<Message> message(MessageId id);

    /** One page of a conversation's messages, newest first. */
    Page<Message> messages(ConversationId id, PageRequest page);

    /** One page of everything a customer exchanged with us on every channel, newest first. */
    Page<Message> timeline(CustomerId id, PageRequest page);

    /**
     * One page of messages whose subject or text contains all the words of {@code text}, most recently stored
     * first.
     * The last word matches as a prefix ("leve" finds "leverans"); accents are ignored; punctuation and query
     * operators typed by the user are treated as plain text.
     */
    Page<Message> search(String text, PageRequest page);

    /** The customer, or the one it was merged into; empty if the id was never used. */
    Optional<Customer> customer(CustomerId id);

    /** The customer owning a canonical address, if any. */
    Optional<Customer> customerByAddress(Address address);

    /** The sequence of the last committed journal event (0 for an empty journal). */
    long lastSequence();

    /**
     * Persists a reply in the outbox and completes once it is durable, before it is sent; the outbox then sends it,
     * retries with backoff and reports delivery states through the journal. Idempotent per
     * {@link ReplyDraft#clientKey()}: a repeated draft completes with the message stored the first time.
     * Fails with {@link ChannelLimitException} (an {@link IllegalStateException} whose
     * {@link ChannelLimitException#problem() problem} the desktop words) if the reply does not fit what its channel
     * declares: the reply window has closed, the text is longer than the channel allows, the channel carries no
     * attachments or none that large; and with {@link IllegalArgumentException} if an attachment was not staged by
     * {@link AttachmentService} on this desk; in every case before anything is stored. A reply refused later, when
     * its channel no longer takes it, ends {@code FAILED} with {@link org.samklang.core.api.model.ChannelLimitProblem#toStored()} as the
     * journal's detail.
     */
    CompletableFuture<Message> sendReply(ConversationId id, ReplyDraft draft);

    /**
     * How this conversation's customer can be answered now: one option per connected channel that can reach one
     * of the customer's addresses, the conversation's own channel first, then the others by channel id. Each option
     * carries the channel's declared limits and whether its reply window is still open given the customer's last
     * inbound message on that channel. Reads the store (see the class comment on threading).
     *
     * @throws IllegalArgumentException if the conversation id was never used
     */
    List<ReplyOption> replyOptions(ConversationId id);

    /** Moves a conversation to {@code state}; idempotent (no event if it is already there). */
    CompletableFuture<Conversation> changeState(ConversationId id, ConversationState state);

    /** Closes a conversation; idempotent. */
    default CompletableFuture<Conversation> close(ConversationId id) {
        return changeState(id, ConversationState.CLOSED);
    }

    /** Assigns a conversation to an agent, or unassigns it with an empty {@code agentId}; idempotent. */
    CompletableFuture<Conversation> assign(ConversationId id, Optional<String> agentId);

    /**
     * Replaces a conversation's tags with {@code tags} (an empty set removes them all); journalled as one
     * {@code ConversationTagged} event. Tags are normalised as {@link Conversation#normalizeTags} says (stripped,
     * sorted, duplicates folded). Idempotent: setting the tags it already has changes nothing and records no event.
     * Fails with {@link IllegalArgumentException} for an unknown id, a null set, a null, blank or over-long tag, a
     * tag with control characters, or more than {@value Conversation#MAX_TAGS} tags; then nothing is stored.
     */
    CompletableFuture<Conversation> setTags(ConversationId id, Set<String> tags);

    /**
     * Moves every message of {@code source} into {@code target} of the same customer; nothing is lost. Completes
     * with the target. Merge the customers first when the conversations belong to different customers.
     */
    CompletableFuture<Conversation> mergeConversations(ConversationId target, ConversationId source);

    /**
     * Moves every address, conversation and message of {@code absorbed} to {@code survivor}; nothing is lost and
     * {@code absorbed} resolves to {@code survivor} afterwards. Idempotent. Completes with the survivor.
     */
    CompletableFuture<Customer> mergeCustomers(CustomerId survivor, CustomerId absorbed);

    /**
     * Moves {@code addresses} (owned by {@code source}, not all of them) and the conversations started from them
     * to a new customer, which the future completes with.
     */
    CompletableFuture<Customer> splitCustomer(CustomerId source, Set<Address> addresses);

    /**
     * Feeds every journal event with a sequence greater than {@code afterSequence} to {@code listener}: first the
     * backlog from the store, then live events as they commit, without gap or duplicate at the switch-over.
     * Pass 0 for everything, or the last sequence seen to resume after a reconnect or restart.
     */
    JournalSubscription subscribe(long afterSequence, JournalListener listener);
}
