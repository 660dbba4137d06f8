package org.msp.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.model.CountryGroup;

/**
 * Renders a {@link StateOfSupply} as one self-contained HTML page: inline CSS, inline SVG charts, no script and
 * nothing loaded from the network, so it opens the same offline, in a mail client or in a headless browser.
 *
 * <p>The page has a bar chart of the top-1 and top-3 producer shares of the most concentrated minerals and
 * stages ({@code svg#concentration-chart}), a flow (Sankey-style) diagram of one mineral from mine to the
 * countries that keep it ({@code svg#flow-chart}), and tables of the partners' chokepoints, their look-through
 * dependence on the group of concern and the effect of the export restrictions. The output is deterministic: the
 * same state gives the same bytes. This class is stateless and thread-safe.
 */
public final class HtmlReport {
    /** How many minerals and stages the concentration chart shows. */
    public static final int BARS = 30;

    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};
    private static final String UNKNOWN_COLOUR = "#b0b0b0";

    private HtmlReport() {
    }

    /** Returns the HTML page of {@code state}. */
    public static String render(StateOfSupply state) {
        return render(state, Optional.empty());
    }

    /** Returns the HTML page of {@code state}, with a demand-outlook section when {@code outlook} is present. */
    public static String render(StateOfSupply state, Optional<DemandOutlookEffects> outlook) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = "State of critical-mineral supply, " + state.year();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;")
                .append("max-width:1180px;color:#222;padding:0 1em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ddd}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:.9em}\n")
                .append("th,td{padding:3px 10px;border-bottom:1px solid #eee;text-align:left}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("svg{display:block;margin:1em 0;background:#fff}\n.note{color:#666;font-size:.9em}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"note\">Dataset <b>").append(esc(state.dataset()))
                .append("</b>. Every figure is computed by the msp library from the dataset's production and trade "
                        + "tables; shares of producing countries per stage, losses under proportional propagation "
                        + "(no re-routing) unless stated. Between stages, input that no trade figure explains comes "
                        + "first from the country's own supply, "
                        + (state.unreportedTrade() ? "then from other countries' surplus as a pooled world market "
                                + "(inferred, unreported trade), " : "")
                        + "and the rest is of unknown origin.</p>\n");

        concentration(h, state);
        flow(h, state);
        chokepoints(h, state);
        dependence(h, state);
        restrictions(h, state);
        h.append(state.supplyRisk().html());
        assumptions(h, state);
        outlook.ifPresent(o -> demandOutlook(h, o));
        if (!state.notes().isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul class=\"note\">\n");
            state.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** The basis conversion factors the networks apply, and how much the headlines move across each range. */
    private static void assumptions(StringBuilder h, StateOfSupply s) {
        if (s.conversions().isEmpty()) {
            return;
        }
        h.append("<h2>Assumptions: basis conversions</h2>\n<p class=\"note\">Figures a source weighs gross or as a "
                + "compound (ores, ferroalloys, oxides, carbonates) are converted to contained tonnes with the "
                + "dataset's factor, its central value where the sources give a range; below each range, how much "
                + "two headlines move between its low and high end.</p>\n<ul id=\"conversions\">\n");
        for (StateOfSupply.ConversionAssumption a : s.conversions()) {
            h.append("<li>").append(esc(a.conversion().toString()));
            if (!a.moves().isEmpty()) {
                h.append("<ul class=\"note\">");
                a.moves().forEach(m -> h.append("<li>").append(esc(m)).append("</li>"));
                h.append("</ul>");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void concentration(StringBuilder h, StateOfSupply s) {
        h.append("<h2>Most concentrated minerals and stages</h2>\n");
        List<MarketConcentration> rows = s.concentration().subList(0, Math.min(BARS, s.concentration().size()));
        if (rows.isEmpty()) {
            h.append("<p class=\"note\">No production in ").append(s.year()).append(".</p>\n");
            return;
        }
        int labelW = 210;
        int barW = 620;
        int rowH = 20;
        int top = 30;
        int width = labelW + barW + 150;
        int height = top + rows.size() * rowH + 10;
        h.append(String.format(Locale.ROOT, "<svg id=\"concentration-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Top-1 and top-3 "
                + "producer shares\">%n", width, height, width, height));
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"#9ecae1\"/>"
                + "<text x=\"%d\" y=\"16\" font-size=\"12\">top-3 share</text>%n", labelW, labelW + 16));
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"#08519c\"/>"
                + "<text x=\"%d\" y=\"16\" font-size=\"12\">top-1 share</text>%n", labelW + 110, labelW + 126));
        for (int p = 0; p <= 100; p += 25) {
            int x = labelW + barW * p / 100;
            h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#888\" text-anchor=\"middle\">%d%%</text>%n",
                    x, top - 4, x, height - 8, x, height, p));
        }
        for (int i = 0; i < rows.size(); i++) {
            MarketConcentration r = rows.get(i);
            int y = top + i * rowH;
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s · %s"
                    + "</text>%n", labelW - 8, y + 14, esc(r.mineral()), esc(r.stage().id())));
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#9ecae1\">"
                    + "<title>top-3 %.1f%%</title></rect>%n", labelW, y + 2, barW * r.topShare(3), rowH - 5,
                    100 * r.topShare(3)));
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#08519c\">"
                    + "<title>%s %.1f%%</title></rect>%n", labelW, y + 2, barW * r.top().share(), rowH - 5,
                    esc(r.top().country()), 100 * r.top().share()));
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s %.0f%% · HHI %.2f</text>%n",
                    labelW + barW + 6, y + 14, esc(r.top().country()), 100 * r.top().share(), r.hhi()));
        }
        h.append("</svg>\n");
        h.append("<details><summary>All ").append(s.concentration().size())
                .append(" minerals and stages with production</summary>\n");
        h.append("<p class=\"note\">Shares of the world total each source reports beside its table; the rest of the "
                + "world is not ranked in the top-k shares; the HHI counts it as fragmented (a lower bound), the upper "
                + "bound as one supplier. Where no world total is reported, shares are of the listed countries.</p>\n");
        h.append("<table id=\"concentration\"><tr><th>mineral</th><th>stage</th><th>producers</th><th>top producer</th>"
                + "<th>top-1</th><th>top-3</th><th>rest of world</th><th>HHI</th><th>HHI upper</th><th>source</th></tr>\n");
        for (MarketConcentration r : s.concentration()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">%d</td><td>%s</td>"
                    + "<td class=\"n\">%.1f%%</td><td class=\"n\">%.1f%%</td><td class=\"n\">%s</td>"
                    + "<td class=\"n\">%.3f</td><td class=\"n\">%s</td><td>%s</td></tr>%n",
                    esc(r.mineral()), esc(r.stage().id()), r.supplierCount(), esc(r.top().country()),
                    100 * r.top().share(), 100 * r.topShare(3), r.isShareOfWorld()
                            ? String.format(Locale.ROOT, "%.1f%%", 100 * r.restOfWorldShare()) : "no world total",
                    r.hhi(), r.isShareOfWorld() ? String.format(Locale.ROOT, "%.3f", r.hhiUpperBound()) : "",
                    esc(r.source())));
        }
        h.append("</table>\n</details>\n");
    }

    private static void flow(StringBuilder h, StateOfSupply s) {
        if (s.flow().isEmpty()) {
            return;
        }
        FlowDiagram f = s.flow().get();
        h.append("<h2>Flow of ").append(esc(f.mineral())).append(" from mine to consumer, ").append(f.year())
                .append("</h2>\n<p class=\"note\">Where the ").append(esc(f.mineral()))
                .append(" of each stage entered it (proportional tracing through the network) and which countries "
                        + "keep it. Band widths are tonnes; grey is material of unknown origin.</p>\n");
        int width = 1100;
        int height = 560;
        int top = 30;
        int boxW = 14;
        int usable = height - top - 20;
        int cols = f.columns().size();
        double colGap = (width - 260.0 - boxW) / Math.max(1, cols - 1);
        double maxTotal = 0;
        int maxBoxes = 1;
        for (int c = 0; c < cols; c++) {
            maxTotal = Math.max(maxTotal, f.columnTonnes(c));
            final int cc = c;
            maxBoxes = Math.max(maxBoxes, (int) f.nodes().stream().filter(b -> b.column() == cc).count());
        }
        double gap = 8;
        double scale = maxTotal > 0 ? (usable - gap * (maxBoxes - 1)) / maxTotal : 0;
        int n = f.nodes().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] hgt = new double[n];
        double[] outOff = new double[n];
        double[] inOff = new double[n];
        double[] colY = new double[cols];
        for (int i = 0; i < n; i++) {
            FlowDiagram.Box b = f.nodes().get(i);
            x[i] = 130 + b.column() * colGap;
            y[i] = top + colY[b.column()];
            hgt[i] = Math.max(1.5, b.tonnes() * scale);
            colY[b.column()] += hgt[i] + gap;
        }
        List<String> colourOf = new ArrayList<>();
        h.append(String.format(Locale.ROOT, "<svg id=\"flow-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Flow of %s\">%n", width, height, width,
                height, esc(f.mineral())));
        for (int c = 0; c < cols; c++) {
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s"
                    + "</text>%n", 130 + c * colGap, esc(f.columns().get(c))));
        }
        for (int i = 0; i < n; i++) {
            String label = f.nodes().get(i).label();
            colourOf.add(label.equals("unknown") ? UNKNOWN_COLOUR : PALETTE[Math.floorMod(label.hashCode(), PALETTE.length)]);
        }
        List<FlowDiagram.Link> links = new ArrayList<>(f.links());
        links.sort(Comparator.comparingInt(FlowDiagram.Link::source).thenComparingInt(FlowDiagram.Link::target));
        for (FlowDiagram.Link l : links) {
            int s0 = l.source();
            int t0 = l.target();
            double w = Math.max(0.5, l.tonnes() * scale);
            double x0 = x[s0] + boxW;
            double y0 = y[s0] + outOff[s0];
            double x1 = x[t0];
            double y1 = y[t0] + inOff[t0];
            outOff[s0] += l.tonnes() * scale;
            inOff[t0] += l.tonnes() * scale;
            double mx = (x0 + x1) / 2;
            h.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f L%.1f,%.1f "
                    + "C%.1f,%.1f %.1f,%.1f %.1f,%.1f Z\" fill=\"%s\" fill-opacity=\"0.4\"><title>%s → %s: %s t</title>"
                    + "</path>%n", x0, y0, mx, y0, mx, y1, x1, y1, x1, y1 + w, mx, y1 + w, mx, y0 + w, x0, y0 + w,
                    colourOf.get(s0), esc(f.nodes().get(s0).label()), esc(f.nodes().get(t0).label()),
                    StateOfSupply.tonnes(l.tonnes())));
        }
        for (int i = 0; i < n; i++) {
            FlowDiagram.Box b = f.nodes().get(i);
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s: %s t</title></rect>%n", x[i], y[i], boxW, hgt[i], colourOf.get(i), esc(b.label()),
                    StateOfSupply.tonnes(b.tonnes())));
            boolean last = b.column() == cols - 1;
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\"%s>%s %s t</text>%n",
                    last ? x[i] + boxW + 4 : x[i] - 4, y[i] + hgt[i] / 2 + 4, last ? "" : " text-anchor=\"end\"",
                    esc(b.label()), StateOfSupply.tonnes(b.tonnes())));
        }
        h.append("</svg>\n");
    }

    private static void chokepoints(StringBuilder h, StateOfSupply s) {
        if (s.partners().isEmpty()) {
            return;
        }
        String p = s.partners().map(CountryGroup::name).orElseThrow();
        h.append("<h2>Main chokepoints for the ").append(esc(p)).append("</h2>\n<p class=\"note\">For each traded "
                + "mineral, the node whose loss alone cuts most of the partners' supply together (proportional "
                + "propagation, no re-routing).</p>\n");
        h.append("<table id=\"chokepoints\"><tr><th>mineral</th><th>node</th><th>partners' supply lost</th>"
                + "<th>tonnes lost</th><th>partners hit</th><th>role</th></tr>\n");
        for (StateOfSupply.PartnerChokepoint c : s.chokepoints()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">%.1f%%</td>"
                    + "<td class=\"n\">%s</td><td class=\"n\">%d of %d</td><td>%s</td></tr>%n", esc(c.mineral()),
                    esc(c.node().toString()), 100 * c.shareLost(), StateOfSupply.tonnes(c.tonnesLost()),
                    c.partnersHit(), c.partners(), esc(c.role().toString())));
        }
        h.append("</table>\n");
    }

    private static void dependence(StringBuilder h, StateOfSupply s) {
        if (s.partners().isEmpty() || s.concern().isEmpty()) {
            return;
        }
        h.append("<h2>Look-through dependence of the ").append(esc(s.partners().get().name())).append(" on ")
                .append(esc(s.concern().get().name())).append("</h2>\n<p class=\"note\">Share of the partners' supply "
                        + "that entered each stage in a member of the group, weighted by each partner's supply.</p>\n");
        h.append("<table id=\"dependence\"><tr><th>mineral</th><th>stage</th><th>partners' supply</th>"
                + "<th>share from the group</th><th>unknown origin</th></tr>\n");
        for (StateOfSupply.GroupDependence g : s.dependence()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">%s t</td>"
                    + "<td class=\"n\">%.1f%%</td><td class=\"n\">%.1f%%</td></tr>%n", esc(g.mineral()),
                    esc(g.stage().id()), StateOfSupply.tonnes(g.partnerSupply()), 100 * g.share(), 100 * g.unknown()));
        }
        h.append("</table>\n");
    }

    private static void restrictions(StringBuilder h, StateOfSupply s) {
        h.append("<h2>Export restrictions in force in ").append(s.year()).append("</h2>\n<p class=\"note\">Each "
                + "measure applied as a full ban on its targets; supply lost without re-routing (buyers find no "
                + "other seller) and with re-routing through the remaining capacity.</p>\n");
        h.append("<table id=\"scenarios\"><tr><th>measure</th><th>minerals</th><th>consumers hit</th>"
                + "<th>lost, no re-routing</th><th>lost, re-routing</th><th>partners' loss</th>"
                + "<th>hardest hit</th></tr>\n");
        for (StateOfSupply.RestrictionEffect r : s.restrictions()) {
            StringBuilder hit = new StringBuilder();
            for (ConsumerImpact i : r.hardestHit()) {
                if (hit.length() > 0) {
                    hit.append(", ");
                }
                hit.append(String.format(Locale.ROOT, "%s %.0f%%", i.country(), 100 * i.shortfallShare()));
            }
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s/%s</td><td class=\"n\">%d</td>"
                    + "<td class=\"n\">%s of %s t</td><td class=\"n\">%s t</td><td class=\"n\">%.1f%%</td><td>%s</td></tr>%n",
                    esc(r.restriction().id()), esc(String.join(", ", r.restriction().minerals())),
                    esc(r.restriction().stage().id()), r.consumersHit(), StateOfSupply.tonnes(r.lostNoReroute()),
                    StateOfSupply.tonnes(r.baseline()), StateOfSupply.tonnes(r.lostReroute()),
                    100 * r.partnerShareNoReroute(), esc(hit.toString())));
        }
        h.append("</table>\n");
    }

    private static void demandOutlook(StringBuilder h, DemandOutlookEffects o) {
        String sc = o.scenario().toUpperCase(Locale.ROOT);
        h.append("<h2>Demand outlook: ").append(esc(sc)).append(' ').append(o.year()).append("</h2>\n<p class=\"note\">")
                .append(esc("World demand growth from " + o.networkYear() + " under the scenario applied to every "
                        + "consumer's requirement, supply and trade held at " + o.networkYear() + "; the shortfall of the "
                        + o.partners().orElse("consumers") + " when the largest refiner bans exports (no re-routing), "
                        + "with today's and with the projected demand."))
                .append("</p>\n");
        h.append("<table id=\"demand-outlook\"><tr><th>mineral</th><th>world demand</th><th>growth</th><th>banning</th>"
                + "<th>shortfall, today's demand</th><th>shortfall, projected demand</th><th>growth alone</th></tr>\n");
        for (DemandOutlookEffects.Row r : o.rows()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"n\">%s t \u2192 %s t</td>"
                    + "<td class=\"n\">%+.1f%%</td><td>%s</td><td class=\"n\">%.1f%%</td><td class=\"n\">%.1f%%</td>"
                    + "<td class=\"n\">%.1f%%</td></tr>%n", esc(r.outlook().mineral()),
                    StateOfSupply.tonnes(r.outlook().baseTonnes()), StateOfSupply.tonnes(r.outlook().tonnes()),
                    100 * r.outlook().growth(), esc(r.banning()), 100 * r.shortfallToday(), 100 * r.shortfallOutlook(),
                    100 * r.growthAlone()));
        }
        h.append("</table>\n");
        if (!o.rows().isEmpty()) {
            h.append("<p class=\"note\">Source: ").append(esc(o.rows().get(0).outlook().provenance().source() + " "
                    + o.rows().get(0).outlook().provenance().edition())).append("</p>\n");
        }
        if (!o.notes().isEmpty()) {
            h.append("<ul class=\"note\">\n");
            o.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
    }

    /** Escapes text for HTML and XML. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
