package org.msp.examples.report;

import static org.msp.examples.report.HtmlReport.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.concentration.SupplierShare;
import org.msp.graph.dependency.ComputedReliance;
import org.msp.graph.dependency.PublishedReliance;
import org.msp.graph.dependency.RelianceAnswer;

/**
 * The SVG charts of the report that draw on {@link ReportViews}: the world choropleth, the trend chart and the
 * reliance chart. Each is returned as a {@code <figure>} with axis titles and units in the chart and a source line
 * under it. Stateless and thread-safe.
 */
final class Charts {
    /** Share classes of the map, lower bounds in percent; the first class is exactly 0. */
    static final double[] CLASSES = {0, 0.0001, 1, 5, 10, 25, 50};
    /** Colours of the classes: ColorBrewer YlOrBr (colour-blind safe, sequential). */
    static final String[] CLASS_COLOURS = {"#ffffe5", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02",
        "#8c2d04"};
    static final String[] CLASS_LABELS = {"0%", "under 1%", "1–5%", "5–10%", "10–25%", "25–50%", "50% or more"};
    private static final String PUBLISHED = "#0072B2";
    private static final String COMPUTED = "#E69F00";

    private Charts() {
    }

    /** Returns the hatch patterns that the map and the legend use for "not listed" and "withheld". */
    static String mapDefs() {
        return "<pattern id=\"nodata\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#e8e8e8\"/><line x1=\"0\" "
                + "y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#b8b8b8\" stroke-width=\"1.5\"/></pattern>"
                + "<pattern id=\"withheld\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(-45)\"><rect width=\"5\" height=\"5\" fill=\"#c8c8c8\"/><line x1=\"0\" "
                + "y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#555\" stroke-width=\"1.5\"/></pattern>";
    }

    /** Returns the index of the class of {@code sharePercent}. */
    static int shareClass(double sharePercent) {
        int c = 0;
        for (int i = 0; i < CLASSES.length; i++) {
            if (sharePercent >= CLASSES[i] - 1e-12) {
                c = i;
            }
        }
        return sharePercent <= 0 ? 0 : Math.max(1, c);
    }

    /** The world choropleth of the production shares of {@code r}. */
    static String map(MarketConcentration r, WorldMap world) {
        StringBuilder h = new StringBuilder();
        int legendH = 44;
        double w = world.width();
        double mh = world.height();
        h.append(String.format(Locale.ROOT, "<figure><svg id=\"map-chart\" class=\"chart\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-label=\"Share of world %s %s production by country, %d\">%n", w, mh + legendH,
                w, mh + legendH, esc(r.mineral()), esc(r.stage().id()), r.year()));
        h.append("<defs>").append(mapDefs()).append("</defs>\n");
        h.append("<g stroke=\"#fff\" stroke-width=\"0.4\" fill-rule=\"evenodd\">\n");
        for (WorldMap.Shape s : world.countries()) {
            String iso = s.iso3().orElse("");
            String fill;
            String tip;
            if (!iso.isEmpty() && r.withheld().contains(iso)) {
                fill = "url(#withheld)";
                tip = s.name() + ": withheld (W), inside the rest of the world";
            } else if (!iso.isEmpty() && r.shares().stream().anyMatch(x -> x.country().equals(iso))) {
                double pct = 100 * r.share(iso);
                fill = CLASS_COLOURS[shareClass(pct)];
                SupplierShare ss = r.shares().stream().filter(x -> x.country().equals(iso)).findFirst().orElseThrow();
                tip = String.format(Locale.ROOT, "%s: %s%% (%s t)", s.name(), pct(pct), StateOfSupply.tonnes(ss.tonnes()));
            } else {
                fill = "url(#nodata)";
                tip = s.name() + ": not listed by the source (no data)";
            }
            h.append("<path data-country=\"").append(esc(iso)).append("\" fill=\"").append(fill).append("\" d=\"")
                    .append(s.path()).append("\"><title>").append(esc(tip)).append("</title></path>\n");
        }
        h.append("</g>\n");
        // legend
        double y = mh + 10;
        double x = 10;
        h.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" font-weight=\"bold\">share "
                + "of world %s %s production, %d</text>%n", x, y + 4, esc(r.mineral()), esc(r.stage().id()), r.year()));
        y += 12;
        for (int i = 0; i < CLASS_COLOURS.length; i++) {
            h.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"14\" height=\"12\" fill=\"%s\" "
                    + "stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"%.0f\" y=\"%.0f\" font-size=\"11\">%s</text>%n",
                    x, y, CLASS_COLOURS[i], x + 18, y + 10, CLASS_LABELS[i]));
            x += 24 + 7 * CLASS_LABELS[i].length();
        }
        h.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"14\" height=\"12\" "
                + "fill=\"url(#withheld)\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"%.0f\" y=\"%.0f\" "
                + "font-size=\"11\">withheld (W)</text>%n", x, y, x + 18, y + 10));
        x += 110;
        h.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"14\" height=\"12\" "
                + "fill=\"url(#nodata)\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"%.0f\" y=\"%.0f\" "
                + "font-size=\"11\">not listed (no data, not 0%%)</text>%n", x, y, x + 18, y + 10));
        h.append("</svg>\n");
        h.append("<figcaption class=\"source\">Source: ").append(esc(r.source())).append(", ")
                .append(r.isShareOfWorld() ? "shares of the world total it prints" : "shares of the listed "
                        + "countries (no world total printed)")
                .append("; map: ").append(esc(WorldMap.SOURCE)).append(", Natural Earth projection.</figcaption>"
                        + "</figure>\n");
        return h.toString();
    }

    /** The trend chart: one panel per mineral and stage, reported world totals solid, projections dashed. */
    static String trend(List<ReportViews.TrendPanel> panels, int year) {
        int cols = 3;
        int pw = 360;
        int ph = 190;
        int left = 58;
        int top = 26;
        int bottom = 34;
        int rows = (panels.size() + cols - 1) / cols;
        int width = cols * pw;
        int height = rows * ph + 30;
        StringBuilder h = new StringBuilder();
        h.append(String.format(Locale.ROOT, "<figure><svg id=\"trend-chart\" class=\"chart\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"World production, reported and projected\">%n", width, height, width, height));
        // legend
        h.append("<line x1=\"10\" y1=\"12\" x2=\"40\" y2=\"12\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>"
                + "<circle cx=\"25\" cy=\"12\" r=\"3\" fill=\"#0072B2\"/><text x=\"46\" y=\"16\" font-size=\"12\">"
                + "reported (USGS world total, latest edition per year)</text>\n"
                + "<line x1=\"380\" y1=\"12\" x2=\"410\" y2=\"12\" stroke=\"#D55E00\" stroke-width=\"2.5\" "
                + "stroke-dasharray=\"6 4\"/><circle cx=\"395\" cy=\"12\" r=\"3\" fill=\"#fff\" stroke=\"#D55E00\" "
                + "stroke-width=\"1.5\"/><text x=\"416\" y=\"16\" font-size=\"12\">IEA base case (projection; its "
                + "base year reported by the IEA)</text>\n");
        int minYear = ReportViews.TREND_FROM;
        int maxYear = panels.stream().mapToInt(p -> p.projected().lastKey()).max().orElse(year + 1);
        for (int i = 0; i < panels.size(); i++) {
            ReportViews.TrendPanel p = panels.get(i);
            int ox = (i % cols) * pw;
            int oy = 30 + (i / cols) * ph;
            double max = 0;
            for (double v : p.reported().values()) {
                max = Math.max(max, v);
            }
            for (double v : p.projected().values()) {
                max = Math.max(max, v);
            }
            double[] ticks = ticks(max);
            double top0 = ticks[ticks.length - 1];
            int iw = pw - left - 16;
            int ih = ph - top - bottom;
            java.util.function.IntToDoubleFunction xs = yr -> ox + left + iw * (yr - minYear) / (double) (maxYear - minYear);
            java.util.function.DoubleUnaryOperator ys = v -> oy + top + ih * (1 - v / top0);
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s · %s"
                    + "</text>%n", ox + left, oy + 14, esc(p.mineral()), esc(p.stage().id())));
            for (double t : ticks) {
                double yy = ys.applyAsDouble(t);
                h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
                        + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#555\" text-anchor=\"end\">%s</text>%n",
                        ox + left, yy, ox + left + iw, yy, ox + left - 4, yy + 3, compact(t)));
            }
            for (int yr : new int[] {minYear, year, 2030, 2035, 2040}) {
                if (yr > maxYear || yr < minYear) {
                    continue;
                }
                double xx = xs.applyAsDouble(yr);
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#555\" "
                        + "text-anchor=\"middle\">%d</text>%n", xx, oy + top + ih + 12, yr));
            }
            h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n",
                    ox + left, oy + top + ih, ox + left + iw, oy + top + ih));
            // axis titles
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#333\" "
                    + "text-anchor=\"middle\">year</text>%n", ox + left + iw / 2, oy + top + ih + 24));
            h.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" font-size=\"10\" "
                    + "fill=\"#333\" text-anchor=\"middle\">world output, t content</text>%n", ox + 12,
                    oy + top + ih / 2));
            line(h, p.reported(), xs, ys, "#0072B2", false, p.mineral() + " reported");
            line(h, p.projected(), xs, ys, "#D55E00", true, p.mineral() + " IEA base case");
        }
        h.append("</svg>\n");
        TreeSet<String> rep = new TreeSet<>();
        TreeSet<String> proj = new TreeSet<>();
        panels.forEach(p -> {
            rep.add(p.reportedSource());
            proj.add(p.projectedSource());
        });
        h.append("<figcaption class=\"source\">Source: reported world totals ").append(esc(String.join("; ", rep)))
                .append("; projections ").append(esc(String.join("; ", proj)))
                .append(". Each panel has its own scale; USGS and IEA define some stages differently (IEA refining of "
                        + "lithium counts chemicals), so a step between the two lines is a difference of "
                        + "definition as much as of output.</figcaption></figure>\n");
        return h.toString();
    }

    private static void line(StringBuilder h, Map<Integer, Double> pts, java.util.function.IntToDoubleFunction xs,
            java.util.function.DoubleUnaryOperator ys, String colour, boolean dashed, String label) {
        StringBuilder d = new StringBuilder();
        for (Map.Entry<Integer, Double> e : pts.entrySet()) {
            d.append(d.length() == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f",
                    xs.applyAsDouble(e.getKey()), ys.applyAsDouble(e.getValue())));
        }
        h.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2.5\"").append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
        for (Map.Entry<Integer, Double> e : pts.entrySet()) {
            h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" stroke=\"%s\" "
                    + "stroke-width=\"1.5\"><title>%s %d: %s t</title></circle>%n", xs.applyAsDouble(e.getKey()),
                    ys.applyAsDouble(e.getValue()), dashed ? "#fff" : colour, colour, esc(label), e.getKey(),
                    StateOfSupply.tonnes(e.getValue())));
        }
    }

    /** Returns 3 to 5 round ticks from 0 covering {@code max}. */
    static double[] ticks(double max) {
        if (max <= 0) {
            return new double[] {0, 1};
        }
        double step = Math.pow(10, Math.floor(Math.log10(max / 4)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (max / (step * m) <= 4) {
                step *= m;
                break;
            }
        }
        int n = (int) Math.ceil(max / step - 1e-9);
        double[] t = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            t[i] = i * step;
        }
        return t;
    }

    /** Returns e.g. {@code "250k"}, {@code "1.5M"}, {@code "800"}. */
    static String compact(double v) {
        if (v >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (v >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static String pct(double p) {
        return p >= 9.95 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p);
    }

    /**
     * The reliance chart: per mineral, the published figure and the computed one side by side on a 0–100% axis;
     * E, W, NA, bounds and undetermined figures are written out, never drawn as zero.
     */
    static String reliance(String country, int year, List<RelianceAnswer> answers) {
        int labelW = 170;
        int barW = 420;
        int noteW = 330;
        int rowH = 26;
        int top = 44;
        int width = labelW + barW + noteW;
        int height = top + answers.size() * rowH + 34;
        StringBuilder h = new StringBuilder();
        h.append(String.format(Locale.ROOT, "<figure><svg id=\"reliance-chart\" class=\"chart\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"Net import reliance of %s, %d\">%n", width, height, width, height, esc(country), year));
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"10\" fill=\"%s\"/><text "
                + "x=\"%d\" y=\"15\" font-size=\"12\">published (USGS)</text><rect x=\"%d\" y=\"6\" width=\"12\" "
                + "height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"15\" font-size=\"12\">computed from the dataset's "
                + "production and trade (a line: bounds)</text>%n", labelW, PUBLISHED, labelW + 16, labelW + 140,
                COMPUTED, labelW + 156));
        for (int p = 0; p <= 100; p += 25) {
            int x = labelW + barW * p / 100;
            h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e4e4e4\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#555\" text-anchor=\"middle\">%d%%</text>%n",
                    x, top - 6, x, height - 26, x, top - 10 + 0 * p, p));
        }
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\" "
                + "text-anchor=\"middle\">net import reliance, %% of apparent consumption</text>%n",
                labelW + barW / 2, height - 8));
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\">published · "
                + "computed</text>%n", labelW + barW + 28, top - 10));
        for (int i = 0; i < answers.size(); i++) {
            RelianceAnswer a = answers.get(i);
            int y = top + i * rowH;
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>%n",
                    labelW - 8, y + 16, esc(a.mineral())));
            PublishedReliance p = a.published().orElseThrow();
            String pText = p.text();
            if (p.hasFigure()) {
                double s = p.share();
                h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"9\" fill=\"%s\"%s>"
                        + "<title>published %s</title></rect>%n", labelW, y + 3, barW * s, PUBLISHED,
                        p.form() == PublishedReliance.Form.LOWER_BOUND ? " fill-opacity=\"0.55\"" : "", esc(pText)));
                if (p.form() == PublishedReliance.Form.LOWER_BOUND) {
                    h.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%d l8,4.5 l-8,4.5 Z\" fill=\"%s\"/>%n",
                            labelW + barW * s, y + 3, PUBLISHED));
                }
            } else {
                h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"%s\" "
                        + "font-style=\"italic\">%s</text>%n", labelW + 4, y + 11, PUBLISHED, esc(p.describe())));
            }
            ComputedReliance c = a.computed();
            if (c.isNetExporter() || c.isUndetermined()) {
                h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#9a5b00\" "
                        + "font-style=\"italic\">%s</text>%n", labelW + 4, y + 22, c.isNetExporter()
                                ? "E (net exporter)" : esc(c.text())));
            } else if (c.isPoint()) {
                h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"9\" fill=\"%s\">"
                        + "<title>computed %s</title></rect>%n", labelW, y + 14, barW * Math.max(0, c.low()),
                        COMPUTED, esc(c.text())));
            } else {
                double lo = Math.max(0, c.low());
                h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                        + "stroke-width=\"3\"><title>computed bounds %s</title></line>%n", labelW + barW * lo,
                        y + 18, labelW + barW * c.high(), y + 18, COMPUTED, esc(c.text())));
            }
            String note = pText + " · " + c.text();
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
                    labelW + barW + 8, y + 16, esc(note)));
        }
        h.append("</svg>\n");
        TreeSet<String> src = new TreeSet<>();
        answers.forEach(a -> src.add(a.published().get().source()));
        h.append("<figcaption class=\"source\">Source: published figures ").append(esc(String.join(", ", src)))
                .append(" (E: net exporter; W: withheld; NA: not available; &gt;50%: a lower bound, drawn faded "
                        + "with an arrow); computed figures from the dataset's production, trade (CEPII BACI), stocks "
                        + "and consumption, (imports − exports − stock change) / apparent consumption.</figcaption>"
                        + "</figure>\n");
        return h.toString();
    }

    /** Returns the share as text for a table, or "–" when absent. */
    static String share(OptionalDouble s) {
        return s.isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * s.getAsDouble()) : "–";
    }

    /** Returns the countries a list of shares draws, largest first. */
    static List<String> countries(MarketConcentration r) {
        List<String> c = new ArrayList<>();
        r.shares().forEach(s -> c.add(s.country()));
        return c;
    }
}
