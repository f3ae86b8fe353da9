package org.samklang.ui.internal.model;

/**
 * The colours of the {@link Tone}s in each theme, as 0xRRGGBB, chosen so that every tone reads at WCAG AA (4.5:1)
 * on its theme's part background. Colour is kept for state; everything else takes the theme's text colour.
 * Pure and thread-safe.
 */
public final class ToneColours {

    /** The part backgrounds of the two themes (css/light.css, css/dark.css). */
    public static final int LIGHT_BACKGROUND = 0xFFFFFF;
    public static final int DARK_BACKGROUND = 0x1E2227;

    private ToneColours() {
    }

    /** {@return the colour of {@code tone} in the light or dark theme; -1 for NORMAL (the widget's own)} */
    public static int of(Tone tone, boolean dark) {
        return switch (tone) {
            case NORMAL -> -1;
            case MUTED -> dark ? 0xA0A8B0 : 0x606973;
            case WARNING -> dark ? 0xFFB74D : 0xA05A00;
            case ERROR -> dark ? 0xEF9A9A : 0xC62828;
            case GOOD -> dark ? 0x66BB6A : 0x2E7D32;
        };
    }

    /** {@return the WCAG contrast ratio of two colours, 1 to 21} */
    public static double contrast(int rgb, int otherRgb) {
        double a = luminance(rgb);
        double b = luminance(otherRgb);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
