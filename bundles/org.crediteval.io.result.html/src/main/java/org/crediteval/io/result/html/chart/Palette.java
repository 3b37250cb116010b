package org.crediteval.io.result.html.chart;

import java.util.Locale;

/** The report's colours, and the red–yellow–green scale of the heat map (colour-blind safer than red–green alone). */
public final class Palette {
    public static final String BASE = "#4e79a7";
    public static final String BONUS = "#f28e2b";
    public static final String SUBJECT = "#2f6ea5";
    public static final String REFERENCE = "#7f7f7f";
    public static final String GRID = "#d9d9d9";
    public static final String AXIS = "#8c8c8c";
    public static final String TEXT = "#222222";
    public static final String MUTED = "#666666";
    public static final String NONE = "#eeeeee";

    private static final int[][] SCALE = {{0xd7, 0x30, 0x27}, {0xfc, 0x8d, 0x59}, {0xfe, 0xe0, 0x8b},
            {0x91, 0xcf, 0x60}, {0x1a, 0x98, 0x50}};

    private Palette() {
    }

    /** The heat-map colour of a share in 0…1 (clamped). */
    public static String heat(double share) {
        double t = Math.max(0, Math.min(1, share)) * (SCALE.length - 1);
        int i = Math.min((int) Math.floor(t), SCALE.length - 2);
        double f = t - i;
        int[] a = SCALE[i];
        int[] b = SCALE[i + 1];
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f));
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static String textOn(String background) {
        int r = Integer.parseInt(background.substring(1, 3), 16);
        int g = Integer.parseInt(background.substring(3, 5), 16);
        int b = Integer.parseInt(background.substring(5, 7), 16);
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return luminance < 140 ? "#ffffff" : TEXT;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
