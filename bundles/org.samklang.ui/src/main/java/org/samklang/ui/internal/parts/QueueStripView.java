package org.samklang.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.ui.internal.model.QueueBlock;
import org.samklang.ui.internal.model.QueueTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The queue strip (one compact block per queue: waiting, longest wait, service level against target, agents
 * ready; the service level amber or red when below target) and the overflow lines under "My state".
 * Blocks are updated in place while the set of queues stays the same, so live figures do not flicker.
 */
final class QueueStripView {

    private final UiMessages messages;
    private final QueueTexts texts;
    private final Palette palette;
    private final ScrolledComposite scroller;
    private final Composite strip;
    private final Composite overflow;
    private final List<String> shownIds = new ArrayList<>();
    private final List<Label[]> blockLabels = new ArrayList<>();
    /** The width the blocks were last wrapped to. */
    private int wrappedAt = -1;

    QueueStripView(Composite stripParent, Composite overflowParent, UiMessages messages, QueueTexts texts,
            Palette palette) {
        this.messages = messages;
        this.texts = texts;
        this.palette = palette;
        // Blocks wrap to the width the region has. One row that scrolled sideways cut the last queue in half on a
        // 1440-pixel screen, and GTK's overlay scrollbar did not show that more was there.
        scroller = new ScrolledComposite(stripParent, SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        strip = new Composite(scroller, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.spacing = Layouts.SPACING;
        row.marginWidth = 0;
        row.marginHeight = 0;
        strip.setLayout(row);
        scroller.setContent(strip);
        scroller.addListener(SWT.Resize, e -> {
            if (scroller.getClientArea().width != wrappedAt) {
                resize();
            }
        });
        overflow = new Composite(overflowParent, SWT.NONE);
        overflow.setLayout(Layouts.tight(1, false));
        overflow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        showConnecting();
    }

    /** Shows that the queue service is not there yet. */
    void showConnecting() {
        replaceStrip(List.of());
        single(strip, messages.format("common.connecting"));
        setOverflowLines(List.of());
        resize();
    }

    /** Shows the latest figures. */
    void show(List<QueueFigures> queues) {
        List<QueueBlock> blocks = queues.stream().map(texts::block).toList();
        List<String> ids = blocks.stream().map(QueueBlock::queueId).toList();
        if (!ids.equals(shownIds) || blocks.isEmpty()) {
            replaceStrip(blocks);
            if (blocks.isEmpty()) {
                // The desk publishes its figures once it has counted the store's work; until then it is counting.
                single(strip, messages.format("queues.counting"));
            }
        } else {
            for (int i = 0; i < blocks.size(); i++) {
                fill(blockLabels.get(i), blocks.get(i));
            }
        }
        setOverflowLines(texts.overflowLines(queues));
        resize();
    }

    /** Lays the blocks out in rows as wide as the region (one row until it has a width) and fits its height. */
    private void resize() {
        wrappedAt = scroller.getClientArea().width;
        strip.setSize(strip.computeSize(wrappedAt > 0 ? wrappedAt : SWT.DEFAULT, SWT.DEFAULT));
        GridData data = (GridData) scroller.getLayoutData();
        data.heightHint = strip.getSize().y + scroller.getHorizontalBar().getSize().y;
        scroller.getParent().layout(true, true);
    }

    private void replaceStrip(List<QueueBlock> blocks) {
        for (Control child : strip.getChildren()) {
            child.dispose();
        }
        shownIds.clear();
        blockLabels.clear();
        for (QueueBlock block : blocks) {
            Composite box = new Composite(strip, SWT.BORDER);
            GridLayout layout = Layouts.grid(2, false);
            layout.marginWidth = Layouts.SPACING;
            layout.marginHeight = Layouts.SPACING / 2;
            layout.verticalSpacing = 0;
            box.setLayout(layout);
            Label[] labels = new Label[4];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = new Label(box, SWT.NONE);
                labels[i].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, i < 2 ? 2 : 1, 1));
            }
            labels[0].setFont(palette.bold());
            fill(labels, block);
            shownIds.add(block.queueId());
            blockLabels.add(labels);
        }
    }

    private void fill(Label[] labels, QueueBlock block) {
        labels[0].setText(block.title());
        labels[1].setText(block.waiting());
        labels[2].setText(block.serviceLevel());
        labels[2].setForeground(palette.foreground(block.serviceLevelTone() == Tone.GOOD
                ? Tone.NORMAL
                : block.serviceLevelTone()));
        labels[3].setText(block.ready());
        for (Label label : labels) {
            label.setToolTipText(block.tooltip());
        }
        labels[0].getParent().setToolTipText(block.tooltip());
    }

    private void setOverflowLines(List<String> lines) {
        for (Control child : overflow.getChildren()) {
            child.dispose();
        }
        if (lines.isEmpty()) {
            single(overflow, messages.format("overflow.none")).setForeground(palette.foreground(Tone.MUTED));
        }
        for (String line : lines) {
            single(overflow, line).setForeground(palette.foreground(Tone.WARNING));
        }
    }

    private static Label single(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }
}
