package org.samklang.ui.internal.model;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;
import org.samklang.core.api.KnowledgeService;
import org.samklang.core.api.model.KnowledgeEntry;

/**
 * What the knowledge part lists: what the agent searches for; else suggestions for what the selected
 * conversation's customer wrote; else the most used articles. Thread-safe; {@link #run} calls the
 * {@link KnowledgeService}, which answers from memory.
 *
 * @param mode what kind of list this is
 * @param text the search text or the customer's text, cleaned; empty for the most used
 */
public record KnowledgeListing(Mode mode, String text) {

    /** Results shown at most; the list is for picking an answer, not for browsing the whole base. */
    public static final int LIMIT = 30;
    private static final int MAX_QUERY = 500;
    private static final int MAX_TITLE = 160;
    private static final int MAX_BODY = 20_000;

    /** The kinds of list. */
    public enum Mode {
        SEARCH, SUGGESTIONS, MOST_USED
    }

    public KnowledgeListing {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(text, "text");
    }

    /** {@return the listing for a search field's text and the selected conversation's customer text} */
    public static KnowledgeListing decide(String searchText, Optional<String> customerText) {
        String search = DisplayText.oneLine(searchText, MAX_QUERY);
        if (!search.isEmpty()) {
            return new KnowledgeListing(Mode.SEARCH, search);
        }
        return customerText.map(text -> DisplayText.oneLine(text, MAX_QUERY))
                .filter(text -> !text.isEmpty())
                .map(text -> new KnowledgeListing(Mode.SUGGESTIONS, text))
                .orElseGet(() -> new KnowledgeListing(Mode.MOST_USED, ""));
    }

    /** {@return the articles of this listing, best first} */
    public List<KnowledgeEntry> run(KnowledgeService knowledge) {
        return mode == Mode.SUGGESTIONS ? knowledge.suggest(text, LIMIT) : knowledge.search(text, LIMIT);
    }

    /** {@return each source that could not deliver, and why, in the user's language} */
    private static String failures(KnowledgeService.Status status, UiMessages messages) {
        return status.failures().stream().map(failure -> failure.timeoutSeconds() > 0
                ? messages.format("knowledge.failure.timeout", DisplayText.oneLine(failure.source(), MAX_QUERY),
                        failure.timeoutSeconds())
                : messages.format("knowledge.failure", DisplayText.oneLine(failure.source(), MAX_QUERY),
                        DisplayText.oneLine(failure.error(), MAX_QUERY)))
                .collect(Collectors.joining(messages.format("knowledge.failure.separator")));
    }

    /**
     * {@return the line above the results} With no results, a knowledge base that is still loading, failed or has
     * no source says so: "empty" only when every source delivered and there is nothing.
     */
    public String heading(int resultCount, KnowledgeService.Status status, UiMessages messages) {
        if (resultCount == 0) {
            switch (status.availability()) {
                case LOADING -> {
                    return messages.format("knowledge.loading");
                }
                case FAILED -> {
                    return messages.format("knowledge.loadFailed", failures(status, messages));
                }
                case NO_SOURCE -> {
                    return messages.format("knowledge.noSource");
                }
                case READY -> {
                    // below
                }
            }
        }
        return switch (mode) {
            case SEARCH -> resultCount == 0
                    ? messages.format("knowledge.search.none", text)
                    : messages.format("knowledge.search.some", resultCount, text);
            case SUGGESTIONS -> resultCount == 0
                    ? messages.format("knowledge.suggested.none")
                    : messages.format("knowledge.suggested.some", resultCount);
            case MOST_USED -> resultCount == 0
                    ? messages.format("knowledge.empty")
                    : messages.format("knowledge.mostUsed");
        };
    }

    /** {@return an article's cells: title, and "Canned response" or "Article"} */
    public static String[] cells(KnowledgeEntry article, UiMessages messages) {
        String title = DisplayText.oneLine(article.title(), MAX_TITLE);
        return new String[]{title.isEmpty() ? messages.format("knowledge.untitled") : title,
                messages.format(article.cannedResponse() ? "knowledge.kind.canned" : "knowledge.kind.article")};
    }

    /** {@return an article's body as plain text, cleaned and capped} */
    public static String body(KnowledgeEntry article) {
        return DisplayText.cap(DisplayText.clean(article.body()), MAX_BODY);
    }
}
