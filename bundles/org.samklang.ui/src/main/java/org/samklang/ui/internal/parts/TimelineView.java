package org.samklang.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.samklang.core.api.model.MessageId;
import org.samklang.ui.internal.model.TimelineEntry;
import org.samklang.ui.internal.model.TimelineEntry.Side;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The customer's timeline as one read-only, selectable plain-text widget, oldest at the top and newest at the
 * bottom next to the composer. Headings are bold; messages of the customer's other conversations are grey; failed
 * replies are red. E-mails show a compact From/To line with "Headers" to expand, and their quoted earlier mail
 * folded behind "Show quoted text" (click, or Enter/Space with the caret on it). Chat lines sit like bubbles: the
 * customer's on the left, ours on the right, each on a tinted background. Nothing is ever rendered as HTML.
 */
final class TimelineView {

    /** A clickable text range that unfolds or folds part of one message. */
    private record Toggle(int start, int end, MessageId message, Set<MessageId> openSet) {
    }

    private final StyledText text;
    private final Palette palette;
    private final UiMessages messages = UiMessages.current();
    private final Set<MessageId> openQuotes = new HashSet<>();
    private final Set<MessageId> openHeaders = new HashSet<>();
    private final List<Toggle> toggles = new ArrayList<>();
    private final Color customerBubble;
    private final Color agentBubble;
    private final Cursor hand;
    private List<TimelineEntry> shown = List.of();

    TimelineView(Composite parent, Palette palette) {
        this.palette = palette;
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setLeftMargin(Layouts.SPACING);
        text.setRightMargin(Layouts.SPACING);
        text.setTopMargin(Layouts.SPACING);
        text.setBottomMargin(Layouts.SPACING);
        RGB base = text.getBackground().getRGB();
        customerBubble = new Color(tint(base, new RGB(128, 128, 128), 0.10));
        agentBubble = new Color(tint(base, new RGB(40, 120, 220), 0.16));
        hand = new Cursor(text.getDisplay(), SWT.CURSOR_HAND);
        text.addListener(SWT.Dispose, e -> hand.dispose());
        text.addListener(SWT.MouseUp, this::clicked);
        text.addListener(SWT.MouseMove, e -> text.setCursor(toggleAt(offsetAt(e)) == null ? null : hand));
        text.addListener(SWT.KeyDown, e -> {
            if (e.character == SWT.CR || e.character == ' ') {
                Toggle toggle = toggleAt(text.getCaretOffset());
                if (toggle != null) {
                    e.doit = false;
                    flip(toggle);
                }
            }
        });
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
        shown = List.copyOf(entries);
        render(stayAtTop ? 0 : -1);
    }

    /** Shows one plain line instead of entries (loading, failure, nothing yet). */
    void showLine(String line) {
        shown = List.of();
        toggles.clear();
        text.setStyleRanges(new StyleRange[0]);
        text.setText(line);
        text.setLineAlignment(0, text.getLineCount(), SWT.LEFT);
    }

    /** Renders {@link #shown}; {@code topIndex} -1 scrolls to the newest. */
    private void render(int topIndex) {
        StringBuilder all = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        List<int[]> agentRanges = new ArrayList<>();
        toggles.clear();
        for (TimelineEntry entry : shown) {
            if (!all.isEmpty()) {
                all.append("\n\n");
            }
            int start = all.length();
            append(all, styles, entry);
            if (entry.side() == Side.AGENT) {
                agentRanges.add(new int[]{start, all.length()});
            }
        }
        text.setRedraw(false);
        try {
            text.setText(all.toString());
            text.setStyleRanges(styles.toArray(StyleRange[]::new));
            text.setLineAlignment(0, text.getLineCount(), SWT.LEFT);
            for (int[] range : agentRanges) {
                int first = text.getLineAtOffset(range[0]);
                int last = text.getLineAtOffset(range[1]);
                text.setLineAlignment(first, last - first + 1, SWT.RIGHT);
            }
            text.setTopIndex(topIndex >= 0 ? topIndex : Math.max(0, text.getLineCount() - 1));
        } finally {
            text.setRedraw(true);
        }
    }

    private void append(StringBuilder all, List<StyleRange> styles, TimelineEntry entry) {
        Color colour = palette.foreground(entry.deliveryProblem()
                ? Tone.ERROR
                : entry.otherConversation() || entry.withdrawn() ? Tone.MUTED : Tone.NORMAL);
        Color muted = palette.foreground(Tone.MUTED);
        line(all, styles, entry.heading(), colour, SWT.BOLD, null);
        if (!entry.headerLine().isEmpty()) {
            all.append('\n');
            line(all, styles, entry.headerLine() + "  ", muted, SWT.NORMAL, null);
            boolean open = openHeaders.contains(entry.id());
            toggle(all, styles, messages.format(open ? "timeline.header.hide" : "timeline.header.show"), entry,
                    openHeaders);
            if (open) {
                all.append('\n');
                line(all, styles, entry.headerDetails(), muted, SWT.NORMAL, null);
            }
        }
        if (!entry.subject().isEmpty()) {
            all.append('\n');
            line(all, styles, entry.subject(), colour, SWT.BOLD, null);
        }
        all.append('\n');
        Color bubble = switch (entry.side()) {
            case CUSTOMER -> customerBubble;
            case AGENT -> agentBubble;
            case FULL -> null;
        };
        line(all, styles, entry.body(), colour, SWT.NORMAL, bubble);
        if (entry.withdrawn()) {
            // Taken back by the customer: kept for the record, visibly not something they say now.
            styles.get(styles.size() - 1).strikeout = true;
        }
        if (!entry.note().isEmpty()) {
            all.append('\n');
            line(all, styles, entry.note(), muted, SWT.ITALIC, null);
        }
        if (!entry.quoted().isEmpty()) {
            all.append('\n');
            boolean open = openQuotes.contains(entry.id());
            toggle(all, styles, open
                    ? messages.format("timeline.quote.hide")
                    : messages.format("timeline.quote.show", entry.quotedLines()), entry, openQuotes);
            if (open) {
                all.append('\n');
                line(all, styles, entry.quoted(), muted, SWT.NORMAL, null);
            }
        }
    }

    private static void line(StringBuilder all, List<StyleRange> styles, String value, Color colour, int fontStyle,
            Color background) {
        styles.add(new StyleRange(all.length(), value.length(), colour, background, fontStyle));
        all.append(value);
    }

    private void toggle(StringBuilder all, List<StyleRange> styles, String label, TimelineEntry entry,
            Set<MessageId> openSet) {
        StyleRange style = new StyleRange(all.length(), label.length(), palette.foreground(Tone.GOOD), null);
        style.underline = true;
        styles.add(style);
        toggles.add(new Toggle(all.length(), all.length() + label.length(), entry.id(), openSet));
        all.append(label);
    }

    private void clicked(Event event) {
        if (event.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        Toggle toggle = toggleAt(offsetAt(event));
        if (toggle != null) {
            flip(toggle);
        }
    }

    /** Folds or unfolds, keeping the reader's place. */
    private void flip(Toggle toggle) {
        if (!toggle.openSet().remove(toggle.message())) {
            toggle.openSet().add(toggle.message());
        }
        int top = text.getTopIndex();
        render(top);
        text.setCaretOffset(Math.min(toggle.start(), text.getCharCount()));
    }

    private Toggle toggleAt(int offset) {
        for (Toggle toggle : toggles) {
            if (offset >= toggle.start() && offset < toggle.end()) {
                return toggle;
            }
        }
        return null;
    }

    private int offsetAt(Event event) {
        try {
            return text.getOffsetAtPoint(new Point(event.x, event.y));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static RGB tint(RGB base, RGB towards, double share) {
        return new RGB(mix(base.red, towards.red, share), mix(base.green, towards.green, share),
                mix(base.blue, towards.blue, share));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
