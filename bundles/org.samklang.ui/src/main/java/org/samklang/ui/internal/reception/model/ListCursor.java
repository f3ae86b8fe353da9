package org.samklang.ui.internal.reception.model;

/**
 * Where the highlight goes in a list of {@code count} rows when a move key is pressed: one row, one page, or to an
 * end, clamped to the list, never wrapping (a receptionist holding Down must stop at the last person, not jump back
 * to the first). Pure.
 */
public final class ListCursor {

    private ListCursor() {
    }

    /**
     * @param current  the highlighted row, or -1 if none
     * @param count    rows in the list
     * @param pageRows rows visible at once (1 or more is assumed)
     * @return the row to highlight, or -1 when the list is empty; {@code current} for non-move actions
     */
    public static int move(int current, ReceptionAction action, int count, int pageRows) {
        if (!action.isMove()) {
            return current;
        }
        if (count <= 0) {
            return -1;
        }
        int page = Math.max(1, pageRows - 1);
        int from = Math.min(current, count - 1);
        int target = switch (action) {
            case MOVE_UP -> from < 0 ? 0 : from - 1;
            case MOVE_DOWN -> from + 1;
            case PAGE_UP -> from < 0 ? 0 : from - page;
            case PAGE_DOWN -> from < 0 ? page : from + page;
            case MOVE_FIRST -> 0;
            case MOVE_LAST -> count - 1;
            default -> throw new IllegalStateException("not a move: " + action);
        };
        return Math.max(0, Math.min(count - 1, target));
    }
}
