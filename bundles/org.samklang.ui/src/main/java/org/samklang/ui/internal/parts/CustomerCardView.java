package org.samklang.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.samklang.ui.internal.model.CardBlock;
import org.samklang.ui.internal.model.CardLine;
import org.samklang.ui.internal.model.CustomerCard;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Draws a {@link CustomerCard}: the name (with a VIP mark), company and address, then one block per source with
 * its own state line. One read-only, selectable text widget rather than a label per line: a card is redrawn on
 * every source's answer and a screen pop waits for the first, and a dozen wrapping labels each measured and laid
 * out cost tens of milliseconds where one text costs one. The agent can also select and copy an order number.
 */
final class CustomerCardView {

    private final StyledText text;
    private final Palette palette;
    private final UiMessages messages;
    /** The title the card shows; a new customer starts at the top, the same customer's update keeps the place. */
    private String shownTitle = "";

    CustomerCardView(Composite parent, Palette palette, UiMessages messages) {
        this.palette = palette;
        this.messages = messages;
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLeftMargin(Layouts.SPACING);
        text.setRightMargin(Layouts.SPACING);
        text.setTopMargin(Layouts.SPACING);
    }

    Control control() {
        return text;
    }

    /** Replaces what the card shows. */
    void show(CustomerCard customer) {
        StringBuilder all = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        line(all, styles, customer.title(), Tone.NORMAL, palette.title());
        if (customer.vip()) {
            line(all, styles, messages.format("card.vip"), Tone.WARNING, palette.bold());
        }
        if (!customer.subtitle().isEmpty()) {
            line(all, styles, customer.subtitle(), Tone.MUTED, null);
        }
        for (CardBlock block : customer.blocks()) {
            headings.add(lineCount(all));
            line(all, styles, block.heading(), Tone.NORMAL, palette.bold());
            for (CardLine cardLine : block.lines()) {
                line(all, styles, cardLine.text(), cardLine.tone(), null);
            }
        }
        boolean sameCustomer = customer.title().equals(shownTitle);
        shownTitle = customer.title();
        render(all, styles, headings, sameCustomer ? text.getTopPixel() : 0);
    }

    /** Shows a single line, e.g. before anything is selected. */
    void showMessage(String message) {
        shownTitle = "";
        StringBuilder all = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        line(all, styles, message, Tone.NORMAL, null);
        render(all, styles, List.of(), 0);
    }

    private void render(StringBuilder all, List<StyleRange> styles, List<Integer> headings, int topPixel) {
        if (!all.isEmpty()) {
            all.setLength(all.length() - 1); // no empty line after the last
        }
        text.setRedraw(false);
        try {
            text.setText(all.toString());
            text.setStyleRanges(styles.toArray(StyleRange[]::new));
            for (int heading : headings) {
                text.setLineVerticalIndent(heading, 2 * Layouts.SPACING);
            }
            text.setTopPixel(topPixel);
        } finally {
            text.setRedraw(true);
        }
    }

    private void line(StringBuilder all, List<StyleRange> styles, String value, Tone tone, Font font) {
        String oneKindOfBreak = value.replace("\r\n", "\n").replace('\r', '\n');
        StyleRange style = new StyleRange(all.length(), oneKindOfBreak.length(), palette.foreground(tone), null);
        style.font = font;
        styles.add(style);
        all.append(oneKindOfBreak).append('\n');
    }

    private static int lineCount(CharSequence all) {
        int lines = 0;
        for (int i = 0; i < all.length(); i++) {
            if (all.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
