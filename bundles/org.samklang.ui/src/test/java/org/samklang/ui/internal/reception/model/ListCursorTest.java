package org.samklang.ui.internal.reception.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListCursorTest {

    @Test
    void movesOneRowAndStopsAtTheEndsWithoutWrapping() {
        assertEquals(4, ListCursor.move(3, ReceptionAction.MOVE_DOWN, 10, 5));
        assertEquals(9, ListCursor.move(9, ReceptionAction.MOVE_DOWN, 10, 5));
        assertEquals(0, ListCursor.move(0, ReceptionAction.MOVE_UP, 10, 5));
    }

    @Test
    void pagesMoveByTheVisibleRowsLessOneSoOneRowStaysInSight() {
        assertEquals(24, ListCursor.move(0, ReceptionAction.PAGE_DOWN, 100, 25));
        assertEquals(26, ListCursor.move(50, ReceptionAction.PAGE_UP, 100, 25));
        assertEquals(99, ListCursor.move(90, ReceptionAction.PAGE_DOWN, 100, 25));
    }

    @Test
    void firstAndLastJumpToTheEnds() {
        assertEquals(0, ListCursor.move(40, ReceptionAction.MOVE_FIRST, 100, 25));
        assertEquals(99, ListCursor.move(40, ReceptionAction.MOVE_LAST, 100, 25));
    }

    @Test
    void withoutAHighlightDownStartsAtTheTopAndAnEmptyListHasNone() {
        assertEquals(0, ListCursor.move(-1, ReceptionAction.MOVE_DOWN, 10, 5));
        assertEquals(0, ListCursor.move(-1, ReceptionAction.MOVE_UP, 10, 5));
        assertEquals(-1, ListCursor.move(-1, ReceptionAction.MOVE_DOWN, 0, 5));
    }

    @Test
    void aHighlightBeyondAShrunkListComesBackToItsEnd() {
        assertEquals(4, ListCursor.move(20, ReceptionAction.MOVE_DOWN, 5, 5));
    }

    @Test
    void otherActionsLeaveTheHighlightWhereItIs() {
        assertEquals(3, ListCursor.move(3, ReceptionAction.TRANSFER_BLIND, 10, 5));
        assertEquals(-1, ListCursor.move(-1, ReceptionAction.TYPE, 10, 5));
    }
}
