package org.msp.examples.report;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The colours of the countries a report draws: each country gets its own fill, the same in every chart of the page,
 * from colour-blind-safe qualitative sets (Okabe &amp; Ito 2008, "Color Universal Design", then Paul Tol's "muted"
 * scheme, 2021); past those 16 colours the same colours repeat with a hatch pattern, so no two countries of a page
 * share a fill. "other" and "unknown" are neutral greys, never a country colour.
 *
 * <p>Countries are numbered in the order they are first {@linkplain #of given} (the report gives them by
 * importance: the flow diagram's columns, then the concentration chart), so the largest actors get the plain
 * colours. A fill is a colour ({@code #0072B2}) or a pattern reference ({@code url(#hatch-17)}); {@link #defs()}
 * returns the SVG {@code <defs>} the patterns need. This class is immutable and thread-safe.
 *
 * @param order the labels in the order of their colours
 */
public record CountryPalette(Map<String, Integer> order) {
    /** Okabe–Ito (without black), then Tol's muted set (without its grey): 16 colour-blind-safe colours. */
    static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7",
            "#F0E442", "#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#88CCEE", "#CC6677",
            "#DDCC77");
    /** The fill of "other": a neutral grey. */
    public static final String OTHER = "#BBBBBB";
    /** The fill of "unknown" origin: a lighter neutral grey. */
    public static final String UNKNOWN = "#DDDDDD";

    public CountryPalette {
        order = ImmutableMap.copyOf(Objects.requireNonNull(order, "order"));
    }

    /** Returns the palette of {@code labels}, numbered in their order; duplicates and greys keep no number. */
    public static CountryPalette of(List<String> labels) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String l : labels) {
            if (!isNeutral(l) && !m.containsKey(l)) {
                m.put(l, m.size());
            }
        }
        return new CountryPalette(m);
    }

    /** Returns true for "other" and "unknown", which are drawn in grey. */
    public static boolean isNeutral(String label) {
        return label.equals(FlowDiagram.OTHER) || label.equals("unknown") || label.equals("rest of world");
    }

    /**
     * Returns the fill of {@code label}: its colour, a hatched colour past the 16th country, a grey for "other" and
     * "unknown".
     *
     * @throws IllegalArgumentException if the label is not in the palette
     */
    public String fill(String label) {
        if (label.equals(FlowDiagram.OTHER) || label.equals("rest of world")) {
            return OTHER;
        }
        if (label.equals("unknown")) {
            return UNKNOWN;
        }
        Integer i = order.get(label);
        if (i == null) {
            throw new IllegalArgumentException("no colour for '" + label + "': not given to the palette");
        }
        return i < COLOURS.size() ? COLOURS.get(i) : "url(#hatch-" + i + ")";
    }

    /** Returns the base colour of {@code label} (its pattern's colour past the 16th country). */
    public String colour(String label) {
        String f = fill(label);
        return f.startsWith("url(") ? COLOURS.get(order.get(label) % COLOURS.size()) : f;
    }

    /** Returns the SVG {@code <defs>} of the hatch patterns, empty when there are at most 16 countries. */
    public String defs() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> e : order.entrySet()) {
            int i = e.getValue();
            if (i < COLOURS.size()) {
                continue;
            }
            String c = COLOURS.get(i % COLOURS.size());
            int angle = 45 * (1 + (i / COLOURS.size() - 1) % 3);
            b.append(String.format(Locale.ROOT, "<pattern id=\"hatch-%d\" width=\"6\" height=\"6\" "
                    + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(%d)\"><rect width=\"6\" height=\"6\" "
                    + "fill=\"%s\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/>"
                    + "</pattern>", i, angle, c));
        }
        return b.length() == 0 ? "" : "<defs>" + b + "</defs>\n";
    }

    /** Returns e.g. {@code "CountryPalette[18 countries, 2 hatched]"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CountryPalette[%d countries, %d hatched]", order.size(),
                Math.max(0, order.size() - COLOURS.size()));
    }
}
