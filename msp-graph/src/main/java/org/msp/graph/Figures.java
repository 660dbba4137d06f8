package org.msp.graph;

import java.util.Locale;

/**
 * Number formats for the sentences the network and its coverage write (notes on cut trade, value witnesses, missing
 * data), without a {@link java.util.Formatter} per call: a network build words every cut trade edge, and a Formatter
 * parses its pattern each time, which dominates a build in a JVM that has just started.
 */
final class Figures {
    private Figures() {}

    /**
     * Returns {@code x} rounded half up to a whole number, with a comma between groups of three digits: what
     * {@code String.format(Locale.ROOT, "%,.0f", x)} prints.
     */
    static String grouped(double x) {
        if (!Double.isFinite(x) || Math.abs(x) >= 1e15) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        // Below 2^52 a double whose shortest decimal form ends in .5 is exactly that half, so rounding the binary
        // value half up gives the digits Formatter gives (it rounds the shortest decimal form half up).
        String digits = Long.toString(Math.round(Math.abs(x)));
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (Double.doubleToRawLongBits(x) < 0) { // negative, -0.0 included: Formatter prints "-0"
            b.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, head);
        for (int k = head; k < digits.length(); k += 3) {
            b.append(',').append(digits, k, k + 3);
        }
        return b.toString();
    }

    /** Returns tonnes for a sentence: {@link #grouped} from 100 t, three significant digits ({@code %.3g}) below. */
    static String tonnes(double t) {
        return Math.abs(t) >= 100 ? grouped(t) : String.format(Locale.ROOT, "%.3g", t);
    }
}
