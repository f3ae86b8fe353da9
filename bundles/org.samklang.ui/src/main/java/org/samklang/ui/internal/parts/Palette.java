package org.samklang.ui.internal.parts;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.samklang.ui.internal.model.Tone;

/**
 * The few colours and fonts of a region. Colour is kept for state (health, service level, presence, errors);
 * everything else uses the system font and colours. Resources are owned by a {@link LocalResourceManager} tied to
 * the region's top control, so they are released when the part is disposed.
 */
final class Palette {

    private static final RGB GOOD = new RGB(46, 125, 50);
    private static final RGB WARNING = new RGB(183, 110, 0);
    private static final RGB ERROR = new RGB(198, 40, 40);
    private static final RGB MUTED = new RGB(96, 105, 115);

    private final LocalResourceManager resources;
    private final Control owner;

    Palette(Control owner) {
        this.owner = owner;
        this.resources = new LocalResourceManager(JFaceResources.getResources(owner.getDisplay()), owner);
    }

    /** {@return the foreground for a tone; null means the widget's default} */
    Color foreground(Tone tone) {
        return switch (tone) {
            case NORMAL -> null;
            case MUTED -> resources.create(ColorDescriptor.createFrom(MUTED));
            case WARNING -> resources.create(ColorDescriptor.createFrom(WARNING));
            case ERROR -> resources.create(ColorDescriptor.createFrom(ERROR));
            case GOOD -> resources.create(ColorDescriptor.createFrom(GOOD));
        };
    }

    /** {@return the system font in bold} */
    Font bold() {
        return resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD));
    }

    /** {@return the system font, bold and a little larger, for a region's title line} */
    Font title() {
        return resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD).increaseHeight(2));
    }
}
