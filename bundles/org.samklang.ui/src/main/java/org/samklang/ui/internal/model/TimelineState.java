package org.samklang.ui.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;

/**
 * The part of a customer's timeline the conversation part shows: the newest messages, with older pages added on
 * request ("Show earlier"), oldest first for display (newest at the bottom, where the composer is).
 * <p>
 * Like the {@link InboxPager}, it hands out {@link Request}s the part runs off the UI thread and drops answers of an
 * older generation, so a slow timeline of the previous customer never shows for the current one.
 * Not thread-safe: confined to the UI thread.
 */
public final class TimelineState {

    /** Messages read per page. */
    public static final int PAGE_SIZE = 50;

    /** A page of {@code customer}'s timeline to read; {@code older} pages go before the shown ones. */
    public record Request(int generation, CustomerId customer, PageRequest page, boolean older) {
    }

    private final List<Message> newestFirst = new ArrayList<>();
    private final Set<MessageId> ids = new HashSet<>();
    private CustomerId customer;
    private int generation;
    private boolean loading;
    private boolean loaded;
    private Optional<String> olderCursor = Optional.empty();
    private long total;
    private RuntimeException failure;

    /** Starts showing {@code newCustomer}'s timeline; the old messages go at once. */
    public Request begin(CustomerId newCustomer) {
        customer = Objects.requireNonNull(newCustomer, "newCustomer");
        newestFirst.clear();
        ids.clear();
        olderCursor = Optional.empty();
        total = 0;
        loaded = false;
        return start(PageRequest.first(PAGE_SIZE), false);
    }

    /** {@return a request re-reading the newest messages, covering those shown (after journal events)} */
    public Optional<Request> refresh() {
        if (customer == null) {
            return Optional.empty();
        }
        int size = Math.min(PageRequest.MAX_SIZE, Math.max(PAGE_SIZE, newestFirst.size()));
        return Optional.of(start(PageRequest.first(size), false));
    }

    /** {@return a request for the page before the oldest message shown, if there is one and none is loading} */
    public Optional<Request> older() {
        if (loading || olderCursor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(start(PageRequest.after(olderCursor.get(), PAGE_SIZE), true));
    }

    /** Takes a page; {@return false if it belongs to an older generation and was dropped} */
    public boolean accept(Request request, Page<Message> page) {
        if (request.generation() != generation) {
            return false;
        }
        loading = false;
        loaded = true;
        failure = null;
        if (!request.older()) {
            newestFirst.clear();
            ids.clear();
        }
        for (Message message : page.items()) {
            if (ids.add(message.id())) {
                newestFirst.add(message);
            }
        }
        olderCursor = page.nextCursor();
        total = Math.max(page.totalCount(), newestFirst.size());
        return true;
    }

    /** Records that reading failed; {@return false if the request was stale} */
    public boolean failed(Request request, RuntimeException error) {
        if (request.generation() != generation) {
            return false;
        }
        loading = false;
        failure = Objects.requireNonNull(error, "error");
        return true;
    }

    /** {@return the shown messages, oldest first} */
    public List<Message> oldestFirst() {
        List<Message> copy = new ArrayList<>(newestFirst);
        Collections.reverse(copy);
        return copy;
    }

    /** {@return the conversations the shown messages belong to, so journal events about them can be noticed} */
    public Set<ConversationId> shownConversations() {
        Set<ConversationId> shown = new HashSet<>();
        newestFirst.forEach(message -> shown.add(message.conversationId()));
        return shown;
    }

    /** {@return whether older messages exist beyond those shown} */
    public boolean hasOlder() {
        return olderCursor.isPresent();
    }

    /** {@return whether at least one page arrived for the current customer} */
    public boolean isLoaded() {
        return loaded;
    }

    /** {@return the failure of the last read, if it failed} */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** {@return "Showing 50 of 212 messages on every channel", or the loading / empty line} */
    public String summary(UiMessages messages) {
        if (failure != null) {
            return messages.format("thread.failed", FailureTexts.describe(failure, messages));
        }
        if (!loaded) {
            return messages.format("thread.loading");
        }
        return newestFirst.isEmpty()
                ? messages.format("thread.noMessages")
                : messages.format("thread.summary", newestFirst.size(), total);
    }

    private Request start(PageRequest page, boolean older) {
        generation++;
        loading = true;
        return new Request(generation, customer, page, older);
    }
}
