package org.samklang.ui.internal.parts;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.samklang.ui.internal.model.ChannelTexts;

/**
 * Checks once whether the desktop has an emoji font, so the channel glyphs never show as boxes of hex digits
 * (a bare Linux install has none; Windows, macOS and common desktops do).
 */
public final class Glyphs {

    private static final AtomicBoolean CHECKED = new AtomicBoolean();

    private Glyphs() {
    }

    /** Looks at the installed font families the first time it is called; later calls do nothing. */
    public static void check(Display display) {
        if (!CHECKED.compareAndSet(false, true)) {
            return;
        }
        boolean emoji = false;
        for (FontData font : display.getFontList(null, true)) {
            String name = font.getName().toLowerCase(Locale.ROOT);
            if (name.contains("emoji") || name.contains("symbola")) {
                emoji = true;
                break;
            }
        }
        ChannelTexts.setEmojiAvailable(emoji);
    }
}
