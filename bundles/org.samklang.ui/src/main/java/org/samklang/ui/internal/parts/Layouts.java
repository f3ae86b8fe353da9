package org.samklang.ui.internal.parts;

import org.eclipse.swt.layout.GridLayout;

/** The one spacing of every region, so the window looks like one piece. */
public final class Layouts {

    static final int MARGIN = 8;
    static final int SPACING = 6;

    private Layouts() {
    }

    /** {@return a grid with the regions' margins and spacing} */
    public static GridLayout grid(int columns, boolean equalWidth) {
        GridLayout layout = new GridLayout(columns, equalWidth);
        layout.marginWidth = MARGIN;
        layout.marginHeight = MARGIN;
        layout.horizontalSpacing = SPACING;
        layout.verticalSpacing = SPACING;
        return layout;
    }

    /** {@return a grid without margins, for rows nested in a region} */
    public static GridLayout tight(int columns, boolean equalWidth) {
        GridLayout layout = grid(columns, equalWidth);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        return layout;
    }
}
