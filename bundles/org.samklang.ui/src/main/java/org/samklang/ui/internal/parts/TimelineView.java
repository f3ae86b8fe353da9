package org.samklang.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.samklang.ui.internal.model.TimelineEntry;
import org.samklang.ui.internal.model.Tone;

/**
 * The customer's timeline as one read-only, selectable plain-text widget, oldest at the top and newest at the
 * bottom next to the composer. Headings are bold; messages of the customer's other conversations are grey;
 * failed replies are red. Nothing is ever rendered as HTML.
 */
final class TimelineView {

    private final StyledText text;
    private final Palette palette;

    TimelineView(Composite parent, Palette palette) {
        this.palette = palette;
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setLeftMargin(Layouts.SPACING);
        text.setRightMargin(Layouts.SPACING);
        text.setTopMargin(Layouts.SPACING);
        text.setBottomMargin(Layouts.SPACING);
    }

    StyledText control() {
        return text;
    }

    /**
     * Shows the entries.
     *
     * @param stayAtTop true after "show earlier" (the reader looks at the older part), false to show the newest
     */
    void show(List<TimelineEntry> entries, boolean stayAtTop) {
        StringBuilder all = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if (!all.isEmpty()) {
                all.append("\n\n");
            }
            Color colour = palette.foreground(entry.deliveryProblem()
                    ? Tone.ERROR
                    : entry.otherConversation() ? Tone.MUTED : Tone.NORMAL);
            styles.add(range(all.length(), entry.heading().length(), colour, SWT.BOLD));
            all.append(entry.heading());
            if (!entry.subject().isEmpty()) {
                all.append('\n');
                styles.add(range(all.length(), entry.subject().length(), colour, SWT.BOLD));
                all.append(entry.subject());
            }
            all.append('\n');
            styles.add(range(all.length(), entry.body().length(), colour, SWT.NORMAL));
            all.append(entry.body());
        }
        text.setRedraw(false);
        try {
            text.setText(all.toString());
            text.setStyleRanges(styles.toArray(StyleRange[]::new));
            text.setTopIndex(stayAtTop ? 0 : Math.max(0, text.getLineCount() - 1));
        } finally {
            text.setRedraw(true);
        }
    }

    /** Shows one plain line instead of entries (loading, failure, nothing yet). */
    void showLine(String line) {
        text.setStyleRanges(new StyleRange[0]);
        text.setText(line);
    }

    private static StyleRange range(int start, int length, Color colour, int fontStyle) {
        StyleRange range = new StyleRange(start, length, colour, null, fontStyle);
        return range;
    }
}
