package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.PageRequest;

class InboxPagerTest {

    private final UiMessages english = UiMessages.forLocale(Locale.ENGLISH);
    private final InboxPager pager = new InboxPager();

    @Test
    void givenAnExactView_whenTheFirstPageArrives_thenTheFooterHasTheTotalAndTheTableAWindowOfIt() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        assertEquals(PageRequest.first(InboxPager.PAGE_SIZE), first.page());

        assertTrue(pager.accept(first, chunk(0, 100, 5_123, true)));

        assertEquals(100 + InboxPager.PLACEHOLDERS_AHEAD, pager.itemCount(), "the table holds a window, not 5,123");
        assertTrue(pager.row(99).isPresent());
        assertTrue(pager.row(100).isEmpty());
        assertEquals("100 of 5,123 conversations", pager.footer(english));
    }

    @Test
    void whenTheTableScrollsPastTheLoadedRows_thenTheNextKeysetPageIsAskedForOnce() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        pager.accept(first, chunk(0, 100, 1_000, true));
        assertEquals(Optional.empty(), pager.want(20), "rows near the top are loaded");

        InboxPager.Request next = pager.want(80).orElseThrow();

        assertEquals(Optional.of("100"), next.page().cursor());
        assertEquals(Optional.empty(), pager.want(90), "one read at a time");
        pager.accept(next, chunk(100, next.page().size(), 1_000, true));
        assertTrue(pager.row(150).isPresent());
    }

    @Test
    void whenTheUserJumpsFarDown_thenLargerPagesAreRead() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        pager.accept(first, chunk(0, 100, 10_000, true));
        InboxPager.Request next = pager.want(4_000).orElseThrow();
        assertEquals(PageRequest.MAX_SIZE, next.page().size());
    }

    @Test
    void givenANewFilter_whenAPageOfTheOldFilterArrivesLate_thenItIsDropped() {
        InboxPager.Request old = pager.begin(InboxSource.all(), false);
        InboxPager.Request current = pager.begin(source(MediaType.EMAIL), false);

        assertFalse(pager.accept(old, chunk(0, 100, 500, true)));
        assertEquals(0, pager.loadedCount());
        assertTrue(pager.accept(current, chunk(0, 3, 3, false)));
        assertEquals(3, pager.loadedCount());
    }

    @Test
    void givenAMediaFilter_thenTheEngineTotalIsTheListsTotal() {
        InboxPager.Request first = pager.begin(source(MediaType.CHAT), false);
        pager.accept(first, new InboxChunk(entries(0, 7), 7, 900, Optional.of("7")));

        assertEquals(900, pager.itemCount(), "the engine narrows by media type and counts exactly");
        assertEquals("7 of 900 conversations", pager.footer(english));
    }

    @Test
    void givenAFilterThatMatchesNothing_thenTheFooterSaysSo() {
        InboxPager.Request first = pager.begin(source(MediaType.SOCIAL), false);
        pager.accept(first, new InboxChunk(List.of(), 0, 0, Optional.empty()));
        assertEquals(0, pager.itemCount());
        assertEquals("No conversations on this channel", pager.footer(english));
    }

    @Test
    void givenARefresh_thenOldRowsStayUntilTheNewFirstPageCoversThem() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        pager.accept(first, chunk(0, 100, 1_000, true));
        InboxPager.Request second = pager.want(90).orElseThrow();
        pager.accept(second, chunk(100, second.page().size(), 1_000, true));
        int loaded = pager.loadedCount();

        InboxPager.Request refresh = pager.begin(InboxSource.all(), true);

        assertEquals(loaded, pager.loadedCount(), "nothing flickers away");
        assertEquals(loaded, refresh.page().size(), "the refresh reads as many rows as were shown");
        List<InboxEntry> newestFirst = new ArrayList<>(entries(1_000, 1));
        newestFirst.addAll(entries(0, loaded - 1));
        pager.accept(refresh, new InboxChunk(newestFirst, loaded, 1_001, Optional.of(String.valueOf(loaded))));
        assertEquals(new ConversationId(1_001), pager.row(0).orElseThrow().conversation().id());
        assertEquals(1_001, pager.itemCount());
    }

    @Test
    void givenAStoreFailure_thenTheFooterSaysWhyAndNothingMoreIsRead() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        assertTrue(pager.failed(first, new StoreUnavailableException(StoreUnavailableException.Reason.DISK_FULL,
                "disk full")));
        assertEquals("Could not read the conversations: The disk is full, so Samklang cannot save. Free disk space"
                + " and try again.", pager.footer(english));
        assertEquals(Optional.empty(), pager.want(0));
        assertEquals(0, pager.itemCount());
    }

    @Test
    void duplicatesAcrossPagesAreShownOnceAndTheTotalCorrectedAtTheEnd() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        pager.accept(first, chunk(0, 100, 150, true));
        InboxPager.Request next = pager.want(99).orElseThrow();
        List<InboxEntry> repeated = new ArrayList<>(entries(90, 10));
        repeated.addAll(entries(100, 40));
        pager.accept(next, new InboxChunk(repeated, 50, 150, Optional.empty()));

        assertEquals(140, pager.loadedCount());
        assertEquals(140, pager.itemCount(), "no placeholder rows that can never load");
    }

    @Test
    void theSelectedConversationIsFoundAfterARefresh() {
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        pager.accept(first, chunk(0, 10, 10, false));
        assertEquals(OptionalInt.of(4), pager.indexOf(new ConversationId(5)));
        assertEquals(OptionalInt.empty(), pager.indexOf(new ConversationId(500)));
    }

    @Test
    void beforeTheFirstPage_theFooterSaysLoading() {
        pager.begin(InboxSource.all(), false);
        assertEquals("Loading conversations…", pager.footer(english));
    }

    private static InboxSource source(MediaType media) {
        return new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.of(media), Optional.empty());
    }

    /** A page of {@code count} rows starting at conversation {@code from + 1}. */
    private static InboxChunk chunk(int from, int count, long total, boolean more) {
        int available = (int) Math.max(0, Math.min(count, total - from));
        Optional<String> next = more && from + available < total
                ? Optional.of(String.valueOf(from + available))
                : Optional.empty();
        return new InboxChunk(entries(from, available), available, total, next);
    }

    private static List<InboxEntry> entries(int from, int count) {
        List<InboxEntry> entries = new ArrayList<>();
        for (int i = from + 1; i <= from + count; i++) {
            entries.add(new InboxEntry(TestData.conversation(i, i, MediaType.EMAIL, "subject " + i), "Customer " + i));
        }
        return entries;
    }
}
