package org.msp.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.diversification.BlocChokepoint;
import org.msp.graph.diversification.BlocCoverage;
import org.msp.graph.diversification.GroupDependence;
import org.msp.graph.diversification.RestrictionEffect;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.model.CountryGroup;

/**
 * Renders a {@link StateOfSupply} as one self-contained HTML page: inline CSS, inline SVG charts, no script and
 * nothing loaded from the network, so it opens the same offline, in a mail client or in a headless browser.
 *
 * <p>The page has a bar chart of the top-1 and top-3 producer shares of the most concentrated minerals and
 * stages ({@code svg#concentration-chart}), a flow (Sankey-style) diagram of one mineral from mine to the
 * countries that keep it ({@code svg#flow-chart}), and tables of the partners' chokepoints, their look-through
 * dependence on the group of concern and the effect of the export restrictions. With {@link ReportViews} it adds a
 * world choropleth of one table's production shares ({@code svg#map-chart}), the trend of world production with
 * the IEA's base-case projections ({@code svg#trend-chart}), net import reliance published and computed
 * ({@code svg#reliance-chart}), a coverage table and a "Sources and method" section: every source edition,
 * licence and data vintage the page reads, and every assumption with its effect.
 *
 * <p>Every chart has axis titles with units and a source line; every country drawn has its own colour, the same
 * in every chart ({@link CountryPalette}); tonnes are rounded to three significant figures. The output is
 * deterministic: the same state gives the same bytes. This class is stateless and thread-safe.
 */
public final class HtmlReport {
    /** How many minerals and stages the concentration chart shows. */
    public static final int BARS = 30;


    private HtmlReport() {
    }

    /** Returns the HTML page of {@code state}. */
    public static String render(StateOfSupply state) {
        return render(state, Optional.empty());
    }

    /** Returns the HTML page of {@code state}, with a demand-outlook section when {@code outlook} is present. */
    public static String render(StateOfSupply state, Optional<DemandOutlookEffects> outlook) {
        return render(state, outlook, Optional.empty());
    }

    /**
     * Returns the HTML page of {@code state}, with a demand-outlook section when {@code outlook} is present and the
     * map, trend, reliance, coverage and sources sections when {@code views} is.
     */
    public static String render(StateOfSupply state, Optional<DemandOutlookEffects> outlook,
            Optional<ReportViews> views) {
        StringBuilder h = new StringBuilder(256 * 1024);
        CountryPalette palette = palette(state);
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
                .append("svg{display:block;margin:1em 0 .3em;background:#fff;max-width:100%;height:auto}\n"
                        + ".note{color:#555;font-size:.9em}\nfigure{margin:1em 0}\n"
                        + "figcaption.source{color:#555;font-size:.82em;max-width:1080px}\n"
                        + "dl.assumptions dt{font-weight:600;margin-top:.6em}dl.assumptions dd{margin-left:1.5em;"
                        + "color:#444}\nsvg.defs{position:absolute;width:0;height:0}\n")
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

        String defs = palette.defs();
        if (!defs.isEmpty()) {
            h.append("<svg class=\"defs\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\">")
                    .append(defs).append("</svg>\n");
        }
        views.ifPresent(v -> v.map().ifPresent(r -> {
            h.append("<h2>Where ").append(esc(r.mineral())).append(" is produced: ").append(esc(r.stage().id()))
                    .append(", ").append(r.year()).append("</h2>\n");
            h.append(Charts.map(r, WorldMap.load()));
        }));
        concentration(h, state, palette);
        views.filter(v -> !v.trend().isEmpty()).ifPresent(v -> {
            h.append("<h2>World production: reported ").append(ReportViews.TREND_FROM).append("–")
                    .append(v.trend().stream().mapToInt(p -> p.reported().lastKey()).max().orElse(state.year()))
                    .append(" and the IEA base case</h2>\n");
            h.append(Charts.trend(v.trend(), state.year()));
        });
        flow(h, state, palette, views.map(ReportViews::flowSource).orElse(""));
        views.filter(v -> !v.reliance().isEmpty()).ifPresent(v -> {
            h.append("<h2>Net import reliance of ").append(esc(v.relianceCountry())).append(", ").append(state.year())
                    .append(": published and computed</h2>\n");
            h.append(Charts.reliance(v.relianceCountry(), state.year(), v.reliance()));
            partnerReliance(h, v);
        });
        chokepoints(h, state);
        dependence(h, state);
        restrictions(h, state);
        h.append(state.supplyRisk().html());
        outlook.ifPresent(o -> demandOutlook(h, o));
        coverage(h, state, views);
        if (views.isPresent()) {
            sourcesAndMethod(h, state, views.get());
        } else {
            assumptions(h, state);
        }
        if (!state.notes().isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul class=\"note\" id=\"notes\">\n");
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

    /**
     * Returns the palette of the page: the flow diagram's labels column by column, largest first, then the leading
     * countries of the concentration chart.
     */
    static CountryPalette palette(StateOfSupply s) {
        List<String> labels = new ArrayList<>();
        s.flow().ifPresent(f -> f.nodes().forEach(b -> labels.add(b.label())));
        s.concentration().subList(0, Math.min(BARS, s.concentration().size()))
                .forEach(r -> labels.add(r.top().country()));
        return CountryPalette.of(labels);
    }

    /** The partners' net import reliance as computed from the dataset: a country by mineral table. */
    private static void partnerReliance(StringBuilder h, ReportViews v) {
        if (v.partnerReliance().isEmpty()) {
            return;
        }
        java.util.TreeSet<String> minerals = new java.util.TreeSet<>();
        java.util.Map<String, java.util.Map<String, org.msp.graph.dependency.RelianceAnswer>> byCountry =
                new java.util.TreeMap<>();
        for (org.msp.graph.dependency.RelianceAnswer a : v.partnerReliance()) {
            minerals.add(a.mineral());
            byCountry.computeIfAbsent(a.country(), k -> new java.util.TreeMap<>()).put(a.mineral(), a);
        }
        h.append("<p class=\"note\">The partners' net import reliance, computed the same way from the dataset's "
                + "production and trade (no published figure in the dataset unless marked): E a net exporter, a range "
                + "where production is withheld or not listed, \"undetermined\" where the data do not allow a "
                + "figure (hover for why).</p>\n<table id=\"partner-reliance\"><tr><th>partner</th>");
        minerals.forEach(m -> h.append("<th>").append(esc(m)).append("</th>"));
        h.append("</tr>\n");
        byCountry.forEach((c, row) -> {
            h.append("<tr><td>").append(esc(c)).append("</td>");
            for (String m : minerals) {
                org.msp.graph.dependency.RelianceAnswer a = row.get(m);
                if (a == null) {
                    h.append("<td class=\"n\">–</td>");
                    continue;
                }
                String text = a.headline() + (a.isPublished() ? " (" + a.headlineSource() + ")" : "");
                h.append("<td class=\"n\" title=\"").append(esc(a.computed().describe())).append("\">")
                        .append(esc(text)).append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</table>\n<p class=\"source\" style=\"font-size:.82em;color:#555\">Source: computed by the msp "
                + "library from the production tables and CEPII BACI trade named under Sources and method.</p>\n");
    }

    /** Which minerals and stages rest on inferred, proxy, basket, partial or withheld data. */
    private static void coverage(StringBuilder h, StateOfSupply s, Optional<ReportViews> views) {
        h.append("<h2>Coverage: what rests on inferred, proxy or missing data</h2>\n<p class=\"note\">Per traded "
                + "mineral: the share of the partners' supply that rests on inferred edges or unknown sources, the "
                + "share of reported trade that mass balance or the value witness left out, and what the data lack "
                + "(stages without production figures, proxy and basket trade codes). Rows above ")
                .append(String.format(Locale.ROOT, "%.0f%%", 100 * org.msp.graph.SupplyCoverage.WEAK_SHARE))
                .append(" in either share are marked weak.</p>\n");
        h.append("<table id=\"coverage\"><tr><th>mineral</th><th>partners' supply inferred</th>"
                + "<th>reported trade left out</th><th>status</th><th>what the data lack</th></tr>\n");
        for (BlocCoverage c : s.coverage()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"n\">%.0f%%</td><td class=\"n\">%.0f%%</td>"
                    + "<td>%s</td><td>%s</td></tr>%n", esc(c.mineral()), 100 * c.inferredShare(),
                    100 * c.unexplainedShare(), c.isWeak() ? "<b>weak</b>" : "reported",
                    esc(c.missing().isEmpty() ? "–" : String.join("; ", c.missing()))));
        }
        h.append("</table>\n");
        List<MarketConcentration> gaps = s.concentration().stream()
                .filter(r -> !r.withheld().isEmpty() || !r.isShareOfWorld()).toList();
        if (!gaps.isEmpty()) {
            h.append("<p class=\"note\">Production tables with withheld figures (W, never read as zero) or without a "
                    + "world total (shares of the listed countries only):</p>\n<table id=\"coverage-production\">"
                    + "<tr><th>mineral</th><th>stage</th><th>withheld</th><th>shares of</th><th>source</th></tr>\n");
            for (MarketConcentration r : gaps) {
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                        esc(r.mineral()), esc(r.stage().id()), esc(r.withheld().isEmpty() ? "–"
                                : String.join(", ", r.withheld())), r.isShareOfWorld() ? "world total"
                                : "listed countries (no world total)", esc(r.source())));
            }
            h.append("</table>\n");
        }
        views.filter(v -> !v.partialTrade().isEmpty()).ifPresent(v -> {
            h.append("<p class=\"note\">Trade tables their source marks as partial:</p>\n<ul class=\"note\">\n");
            v.partialTrade().forEach(t -> h.append("<li>").append(esc(t.toString())).append("</li>\n"));
            h.append("</ul>\n");
        });
    }

    /** Every source edition, licence and vintage the page reads, and every assumption with its effect. */
    private static void sourcesAndMethod(StringBuilder h, StateOfSupply s, ReportViews v) {
        h.append("<h2 id=\"sources\">Sources and method</h2>\n<p class=\"note\">Every source edition of the records "
                + "this page reads, from the records' own provenance: what the page takes from it, its licence and "
                + "the years of the data.</p>\n");
        h.append("<table id=\"sources-table\"><tr><th>source</th><th>edition</th><th>licence</th><th>used for</th>"
                + "<th>data years</th><th>records</th></tr>\n");
        for (ReportViews.SourceRow r : v.sources()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                    + "<td class=\"n\">%,d</td></tr>%n", esc(r.source()), esc(r.edition()), esc(r.licence()),
                    esc(String.join("; ", r.uses())), esc(r.vintage().isEmpty() ? "–" : r.vintage()), r.records()));
        }
        if (v.map().isPresent()) {
            h.append("<tr><td>Natural Earth, Admin 0 – Countries, 1:110m (as TopoJSON in world-atlas 2.0.2)</td>"
                    + "<td>4.1.0</td><td>public domain (Natural Earth); ISC (world-atlas)</td><td>world map geometry"
                    + "</td><td>–</td><td class=\"n\">").append(WorldMap.load().countries().size())
                    .append("</td></tr>\n<tr><td>CEPII BACI country codes</td><td>V202601</td><td>Etalab Open "
                            + "Licence 2.0</td><td>ISO numeric to ISO3 codes of the map</td><td>–</td>"
                            + "<td class=\"n\">–</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h3>Assumptions and their effect</h3>\n<dl class=\"assumptions\" id=\"assumptions\">\n");
        for (ReportViews.Assumption a : v.assumptions()) {
            h.append("<dt>").append(esc(a.what())).append("</dt><dd>").append(esc(a.effect())).append("</dd>\n");
        }
        h.append("</dl>\n");
    }

    private static void concentration(StringBuilder h, StateOfSupply s, CountryPalette palette) {
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
        int width = labelW + barW + 170;
        int height = top + rows.size() * rowH + 34;
        h.append(String.format(Locale.ROOT, "<figure><svg id=\"concentration-chart\" class=\"chart\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Top-1 and top-3 "
                + "producer shares\">%n", width, height, width, height));
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"#d9d9d9\"/>"
                + "<text x=\"%d\" y=\"16\" font-size=\"12\">top-3 share</text>%n", labelW, labelW + 16));
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"#666\"/>"
                + "<text x=\"%d\" y=\"16\" font-size=\"12\">top-1 share, in the leading country's colour "
                + "(named at right)</text>%n", labelW + 110, labelW + 126));
        for (int p = 0; p <= 100; p += 25) {
            int x = labelW + barW * p / 100;
            h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#555\" text-anchor=\"middle\">%d%%</text>%n",
                    x, top - 4, x, height - 30, x, height - 18, p));
        }
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\" "
                + "text-anchor=\"middle\">share of world production (%%)</text>%n", labelW + barW / 2, height - 4));
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\" "
                + "text-anchor=\"end\">mineral · stage</text>%n", labelW - 8, top - 8));
        for (int i = 0; i < rows.size(); i++) {
            MarketConcentration r = rows.get(i);
            int y = top + i * rowH;
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s · %s"
                    + "</text>%n", labelW - 8, y + 14, esc(r.mineral()), esc(r.stage().id())));
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#d9d9d9\">"
                    + "<title>top-3 %.1f%%</title></rect>%n", labelW, y + 2, barW * r.topShare(3), rowH - 5,
                    100 * r.topShare(3)));
            h.append(String.format(Locale.ROOT, "<rect data-country=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" "
                    + "height=\"%d\" fill=\"%s\"><title>%s %.1f%%</title></rect>%n", esc(r.top().country()), labelW,
                    y + 2, barW * r.top().share(), rowH - 5, palette.fill(r.top().country()), esc(r.top().country()),
                    100 * r.top().share()));
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s %.0f%% · HHI %.2f</text>%n",
                    labelW + barW + 6, y + 14, esc(r.top().country()), 100 * r.top().share(), r.hhi()));
        }
        h.append("</svg>\n");
        java.util.TreeSet<String> src = new java.util.TreeSet<>();
        rows.forEach(r -> src.add(r.source()));
        h.append("<figcaption class=\"source\">Source: ").append(esc(String.join("; ", src)))
                .append(" (production tables; shares of the world total each prints, the rest of the world "
                        + "unranked).</figcaption></figure>\n");
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

    private static void flow(StringBuilder h, StateOfSupply s, CountryPalette palette, String source) {
        if (s.flow().isEmpty()) {
            return;
        }
        FlowDiagram f = s.flow().get();
        h.append("<h2>Flow of ").append(esc(f.mineral())).append(" from mine to consumer, ").append(f.year())
                .append("</h2>\n<p class=\"note\">Where the ").append(esc(f.mineral()))
                .append(" of each stage entered it (proportional tracing through the network) and which countries "
                        + "keep it. Band widths are tonnes of contained ").append(esc(f.mineral()))
                .append("; each country has its own colour; light grey is material of unknown origin, mid grey the "
                        + "smaller countries gathered as \"other\".</p>\n");
        int width = 1100;
        int height = 590;
        int top = 30;
        int boxW = 14;
        int usable = height - top - 50;
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
        h.append(String.format(Locale.ROOT, "<figure><svg id=\"flow-chart\" class=\"chart\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Flow of %s\">%n", width, height, width,
                height, esc(f.mineral())));
        for (int c = 0; c < cols; c++) {
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s"
                    + "</text>%n", 130 + c * colGap, esc(f.columns().get(c))));
        }
        for (int i = 0; i < n; i++) {
            colourOf.add(palette.fill(f.nodes().get(i).label()));
        }
        double scaleTonnes = maxTotal;
        h.append(String.format(Locale.ROOT, "<text x=\"130\" y=\"%d\" font-size=\"11\" fill=\"#333\">stage of the "
                + "chain, left to right (entered at) → countries that keep the material; a box's height is its "
                + "tonnes: the tallest column holds %s t</text>%n", height - 8, StateOfSupply.tonnes(scaleTonnes)));
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
                    + "C%.1f,%.1f %.1f,%.1f %.1f,%.1f Z\" data-country=\"%s\" fill=\"%s\" fill-opacity=\"0.45\"><title>"
                    + "%s → %s: %s t</title></path>%n", x0, y0, mx, y0, mx, y1, x1, y1, x1, y1 + w, mx, y1 + w, mx, y0 + w, x0, y0 + w,
                    esc(f.nodes().get(s0).label()), colourOf.get(s0), esc(f.nodes().get(s0).label()),
                    esc(f.nodes().get(t0).label()),
                    StateOfSupply.tonnes(l.tonnes())));
        }
        for (int i = 0; i < n; i++) {
            FlowDiagram.Box b = f.nodes().get(i);
            h.append(String.format(Locale.ROOT, "<rect data-country=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%d\" "
                    + "height=\"%.1f\" fill=\"%s\"><title>%s: %s t</title></rect>%n", esc(b.label()), x[i], y[i], boxW,
                    hgt[i], colourOf.get(i), esc(b.label()),
                    StateOfSupply.tonnes(b.tonnes())));
            boolean last = b.column() == cols - 1;
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\"%s>%s %s t</text>%n",
                    last ? x[i] + boxW + 4 : x[i] - 4, y[i] + hgt[i] / 2 + 4, last ? "" : " text-anchor=\"end\"",
                    esc(b.label()), StateOfSupply.tonnes(b.tonnes())));
        }
        h.append("</svg>\n<figcaption class=\"source\">Source: ").append(esc(source.isEmpty()
                ? "the dataset's production and trade tables" : source))
                .append("; network and proportional tracing by the msp library (inferred edges as stated under "
                        + "Sources and method).</figcaption></figure>\n");
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
        for (BlocChokepoint c : s.chokepoints()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">%.1f%%</td>"
                    + "<td class=\"n\">%s</td><td class=\"n\">%d of %d</td><td>%s</td></tr>%n", esc(c.mineral()),
                    esc(c.node().toString()), 100 * c.shareLost(), StateOfSupply.tonnes(c.tonnesLost()),
                    c.consumersHit(), c.consumers(), esc(c.role().toString())));
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
        for (GroupDependence g : s.dependence()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">%s t</td>"
                    + "<td class=\"n\">%.1f%%</td><td class=\"n\">%.1f%%</td></tr>%n", esc(g.mineral()),
                    esc(g.stage().id()), StateOfSupply.tonnes(g.blocSupply()), 100 * g.share(), 100 * g.unknown()));
        }
        h.append("</table>\n");
    }

    private static void restrictions(StringBuilder h, StateOfSupply s) {
        h.append("<h2>Export restrictions in force in ").append(s.year()).append("</h2>\n<p class=\"note\">Each "
                + "measure applied as a full ban on its targets; supply lost without re-routing (buyers find no "
                + "other seller) and with re-routing through the remaining capacity. \"Hardest hit\": the five "
                + "consumers that lose the most tonnes (share of their supply in brackets), not the largest share, so "
                + "that a consumer of a few tonnes does not lead the list.</p>\n");
        h.append("<table id=\"scenarios\"><tr><th>measure</th><th>minerals</th><th>consumers hit</th>"
                + "<th>lost, no re-routing</th><th>lost, re-routing</th><th>partners' loss</th>"
                + "<th>hardest hit (most tonnes lost)</th></tr>\n");
        for (RestrictionEffect r : s.restrictions()) {
            StringBuilder hit = new StringBuilder();
            for (ConsumerImpact i : r.hardestHit()) {
                if (hit.length() > 0) {
                    hit.append(", ");
                }
                hit.append(String.format(Locale.ROOT, "%s%s %s t (%.0f%%)", i.country(),
                        r.restriction().minerals().size() > 1 ? " " + i.mineral() : "",
                        StateOfSupply.tonnes(i.shortfall()), 100 * i.shortfallShare()));
            }
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s/%s</td><td class=\"n\">%d</td>"
                    + "<td class=\"n\">%s of %s t</td><td class=\"n\">%s t</td><td class=\"n\">%.1f%%</td><td>%s</td></tr>%n",
                    esc(r.restriction().id()), esc(String.join(", ", r.restriction().minerals())),
                    esc(r.restriction().stage().id()), r.consumersHit(), StateOfSupply.tonnes(r.lostNoReroute()),
                    StateOfSupply.tonnes(r.baseline()), StateOfSupply.tonnes(r.lostReroute()),
                    100 * r.blocShareNoReroute(), esc(hit.toString())));
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
