package org.samklang.ui.internal.parts;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.ToneColours;

/**
 * Which theme the window wears, for the few colours code paints ({@link Palette}). The theme engine restyles
 * everything CSS knows; the state colours set in code are swapped here, so a switch needs no restart. UI thread.
 */
public final class Appearance {

    /** The theme engine restyles some widgets in deferred skin events; colours are set again after them. */
    private static final int RESTYLE_SETTLE_MILLIS = 300;
    private static volatile boolean dark;

    private Appearance() {
    }

    /** {@return whether the dark theme is on} */
    public static boolean isDark() {
        return dark;
    }

    /**
     * Switches to the light or dark theme's state colours. {@code restyle} puts the theme's CSS on (it may reset
     * colours set in code), so the toned controls are noted before it runs and coloured again after it, and once
     * more when the engine's deferred restyling has run.
     */
    public static void setDark(boolean nowDark, Runnable restyle, Shell... shells) {
        Map<Control, Tone> toned = new HashMap<>();
        for (Shell shell : shells) {
            if (shell != null && !shell.isDisposed()) {
                collect(shell, toned);
            }
        }
        dark = nowDark;
        restyle.run();
        recolour(toned);
        if (shells.length > 0) {
            shells[0].getDisplay().timerExec(RESTYLE_SETTLE_MILLIS, () -> recolour(toned));
        }
    }

    /** Sets the theme before any part paints (no controls to recolour yet). */
    public static void setDark(boolean nowDark) {
        dark = nowDark;
    }

    /** {@return the colour of a tone in the current theme; null means the widget's default} */
    static RGB rgb(Tone tone) {
        int value = ToneColours.of(tone, dark);
        return value < 0 ? null : new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    /** Notes every control whose foreground is a tone of the current theme. */
    private static void collect(Control control, Map<Control, Tone> toned) {
        RGB current = control.getForeground().getRGB();
        for (Tone tone : Tone.values()) {
            if (current.equals(rgb(tone))) {
                toned.put(control, tone);
                break;
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, toned);
            }
        }
    }

    private static void recolour(Map<Control, Tone> toned) {
        toned.forEach((control, tone) -> {
            RGB rgb = rgb(tone);
            if (!control.isDisposed() && rgb != null) {
                control.setForeground(new Color(rgb));
            }
        });
    }
}
