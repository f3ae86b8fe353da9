package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Placeholder until the region is wired to its service. */
public class CustomerContextPart {

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.NONE).setText("CustomerContextPart");
    }
}
