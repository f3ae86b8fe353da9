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
 * everything else uses the system font and the theme's colours (light or dark, {@link Appearance}). Resources are
 * owned by a {@link LocalResourceManager} tied to the region's top control, so they are released when the part is
 * disposed.
 */
public final class Palette {

    private final LocalResourceManager resources;
    private final Control owner;

    public Palette(Control owner) {
        this.owner = owner;
        this.resources = new LocalResourceManager(JFaceResources.getResources(owner.getDisplay()), owner);
    }

    /** {@return the foreground for a tone in the current theme ({@link Appearance}); null: the widget's default} */
    public Color foreground(Tone tone) {
        RGB rgb = Appearance.rgb(tone);
        return rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
    }

    /** {@return the system font in bold} */
    public Font bold() {
        return resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD));
    }

    /** {@return the system font, bold and a little larger, for a region's title line} */
    public Font title() {
        return resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD).increaseHeight(2));
    }
}
