package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Placeholder status line. */
public class StatusLineControl {

    @PostConstruct
    public void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new FillLayout());
        new Label(box, SWT.NONE).setText("Plugins: starting");
    }
}
