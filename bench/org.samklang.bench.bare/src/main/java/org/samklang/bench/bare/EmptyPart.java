package org.samklang.bench.bare;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A part with one label: the least an e4 window renders, for the startup baseline. */
public class EmptyPart {

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.NONE).setText("bare");
    }
}
