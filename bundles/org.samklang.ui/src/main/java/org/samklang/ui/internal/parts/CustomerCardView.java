package org.samklang.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.ui.internal.model.CardBlock;
import org.samklang.ui.internal.model.CardLine;
import org.samklang.ui.internal.model.CustomerCard;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Draws a {@link CustomerCard}: the name (with a VIP mark), company and address, then one block per source with
 * its own state line. Scrolls vertically when the card is taller than the region; lines wrap to its width.
 */
final class CustomerCardView {

    private final ScrolledComposite scroller;
    private final Composite card;
    private final Palette palette;
    private final UiMessages messages;

    CustomerCardView(Composite parent, Palette palette, UiMessages messages) {
        this.palette = palette;
        this.messages = messages;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        card = new Composite(scroller, SWT.NONE);
        card.setLayout(Layouts.grid(1, false));
        scroller.setContent(card);
        scroller.addListener(SWT.Resize, e -> resize());
    }

    Control control() {
        return scroller;
    }

    /** Replaces what the card shows. */
    void show(CustomerCard customer) {
        card.setRedraw(false);
        try {
            for (Control child : card.getChildren()) {
                child.dispose();
            }
            Label title = line(customer.title(), Tone.NORMAL);
            title.setFont(palette.title());
            if (customer.vip()) {
                Label vip = line(messages.format("card.vip"), Tone.WARNING);
                vip.setFont(palette.bold());
            }
            if (!customer.subtitle().isEmpty()) {
                line(customer.subtitle(), Tone.MUTED);
            }
            for (CardBlock block : customer.blocks()) {
                Label heading = line(block.heading(), Tone.NORMAL);
                heading.setFont(palette.bold());
                ((GridData) heading.getLayoutData()).verticalIndent = Layouts.SPACING;
                for (CardLine cardLine : block.lines()) {
                    line(cardLine.text(), cardLine.tone());
                }
            }
        } finally {
            card.setRedraw(true);
        }
        resize();
    }

    /** Shows a single line, e.g. before anything is selected. */
    void showMessage(String text) {
        card.setRedraw(false);
        try {
            for (Control child : card.getChildren()) {
                child.dispose();
            }
            line(text, Tone.NORMAL);
        } finally {
            card.setRedraw(true);
        }
        resize();
    }

    private Label line(String text, Tone tone) {
        Label label = new Label(card, SWT.WRAP);
        label.setText(text);
        label.setForeground(palette.foreground(tone));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    /** Wrapping labels need the width first; the height follows from it. */
    private void resize() {
        int width = scroller.getClientArea().width;
        if (width > 0) {
            scroller.setMinSize(card.computeSize(width, SWT.DEFAULT));
        }
        card.layout(true, true);
    }
}
