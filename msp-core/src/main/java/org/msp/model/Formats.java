package org.msp.model;

import java.util.Locale;

/** Number formatting shared by the {@code toString()} methods of the model. */
final class Formats {
    private Formats() {}

    static String tonnes(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return String.format(Locale.ROOT, "%,d t", (long) t);
        }
        if (Math.abs(t) >= 100) {
            return String.format(Locale.ROOT, "%,.0f t", t);
        }
        return String.format(Locale.ROOT, "%.4g t", t);
    }

    static String share(double s) {
        return String.format(Locale.ROOT, "%.1f%%", s * 100);
    }
}
