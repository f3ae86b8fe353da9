package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.MediaType;

class ListHighlightTest {

    /** The table's selection: a row index, as SWT keeps it across refills. */
    private int selected = -1;
    private final List<Long> opened = new ArrayList<>();
    private final InboxPager pager = new InboxPager();
    private final ListHighlight highlight = new ListHighlight(pager, new ListHighlight.Selection() {

        @Override
        public int index() {
            return selected;
        }

        @Override
        public void select(int index) {
            selected = index;
        }

        @Override
        public void clear() {
            selected = -1;
        }
    }, (Conversation c) -> opened.add(c.id().value()));

    @Test
    void aClickOpensTheRow_andARefreshFollowsTheConversationToItsNewRow() {
        load(firstPage(1, 100, 1_000));
        selected = 4;
        highlight.selected(true);
        assertEquals(List.of(5L), opened);

        // two new conversations arrive on top
        load(refresh(new long[]{2_001, 2_002}, 1, 100));
        assertEquals(6, selected, "conversation 5 is two rows lower now");
        assertEquals(List.of(5L), opened, "a refresh opens nothing");
    }

    @Test
    void aPlaceholderSelectedByKeyboard_isHighlightedWhenItsPageArrives_andOpenedOnlyIfAsked() {
        load(firstPage(1, 100, 1_000));
        selected = 250; // Page Down faster than pages load
        highlight.selected(false);
        assertEquals(250, selected);

        InboxPager.Request next = pager.want(250).orElseThrow();
        pager.accept(next, new InboxChunk(entries(100, next.page().size()), next.page().size(), 1_000,
                Optional.of("x")));
        highlight.rowsArrived();

        assertEquals(250, selected, "the highlight stays where the agent put it");
        assertEquals(List.of(), opened);
        selected = 251;
        highlight.selected(true);
        assertEquals(List.of(252L), opened, "now a loaded row");
    }

    @Test
    void enterOnAPlaceholder_opensItsConversationOnceLoaded() {
        load(firstPage(1, 100, 1_000));
        selected = 120;
        highlight.selected(true);
        assertEquals(List.of(), opened, "nothing to open yet");

        InboxPager.Request next = pager.want(120).orElseThrow();
        pager.accept(next, new InboxChunk(entries(100, next.page().size()), next.page().size(), 1_000,
                Optional.of("x")));
        highlight.rowsArrived();

        assertEquals(List.of(121L), opened);
    }

    @Test
    void aRefreshThatReadsFewerRowsThanTheHighlightIsDeep_keepsTheSelectionUntilLaterPagesBringItBack() {
        load(firstPage(1, 100, 5_000));
        InboxPager.Request more = pager.want(700).orElseThrow();
        pager.accept(more, new InboxChunk(entries(100, 700), 700, 5_000, Optional.of("801")));
        selected = 700;
        highlight.selected(false); // conversation 701

        // a refresh reads at most one large page, fewer rows than the highlight is deep
        InboxPager.Request refresh = pager.begin(InboxSource.all(), true);
        int size = refresh.page().size();
        pager.accept(refresh, new InboxChunk(entries(0, size), size, 5_000, Optional.of(String.valueOf(size))));
        highlight.firstPageArrived();
        assertEquals(700, selected, "kept, not dropped, while row 700 is a placeholder again");

        InboxPager.Request rest = pager.want(700).orElseThrow();
        int restSize = rest.page().size();
        pager.accept(rest, new InboxChunk(entries(size, restSize), restSize, 5_000, Optional.of("y")));
        highlight.rowsArrived();
        assertEquals(700, selected, "conversation 701 is on row 700 again");
    }

    @Test
    void whenTheHighlightedConversationLeavesTheList_theHighlightGoes_andComesBackWithIt() {
        load(firstPage(1, 100, 1_000));
        selected = 9;
        highlight.selected(false); // conversation 10

        load(refresh(new long[0], 11, 100)); // 1-10 were closed
        assertEquals(-1, selected, "no other conversation is highlighted instead");

        load(refresh(new long[0], 1, 100));
        assertEquals(9, selected);
    }

    @Test
    void aNewFilterForgetsTheRowThatWaitedForItsPage() {
        load(firstPage(1, 100, 1_000));
        selected = 300;
        highlight.selected(true);

        pager.begin(InboxSource.all(), false);
        highlight.restart();
        selected = -1; // the table was emptied
        InboxPager.Request first = pager.begin(InboxSource.all(), false);
        pager.accept(first, new InboxChunk(entries(1_000, 400), 400, 1_000, Optional.empty()));
        highlight.firstPageArrived();
        highlight.rowsArrived();

        assertEquals(List.of(), opened, "row 300 of the old list is not opened in the new one");
        assertEquals(-1, selected);
    }

    private void load(InboxChunk chunk) {
        InboxPager.Request request = pager.begin(InboxSource.all(), true);
        pager.accept(request, chunk);
        highlight.firstPageArrived();
    }

    private static InboxChunk firstPage(long from, int count, long total) {
        List<InboxEntry> entries = new ArrayList<>();
        for (long id = from; id < from + count; id++) {
            entries.add(entry(id));
        }
        return new InboxChunk(entries, count, total, Optional.of("next"));
    }

    /** {@code fresh} on top, then {@code count} of the older conversations from {@code from}. */
    private static InboxChunk refresh(long[] fresh, long from, int count) {
        List<InboxEntry> entries = new ArrayList<>();
        for (long id : fresh) {
            entries.add(entry(id));
        }
        for (long id = from; id < from + count; id++) {
            entries.add(entry(id));
        }
        return new InboxChunk(entries, entries.size(), 1_000, Optional.of("next"));
    }

    /** Conversations {@code from + 1} onwards. */
    private static List<InboxEntry> entries(long from, int count) {
        List<InboxEntry> entries = new ArrayList<>();
        for (long id = from + 1; id <= from + count; id++) {
            entries.add(entry(id));
        }
        return entries;
    }

    private static InboxEntry entry(long id) {
        return new InboxEntry(TestData.conversation(id, id, MediaType.EMAIL, "subject " + id), "Customer " + id);
    }
}
