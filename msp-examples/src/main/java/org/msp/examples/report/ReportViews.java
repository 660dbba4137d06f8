package org.msp.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.world.Coverage;
import org.msp.graph.NetworkBuilder;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.dependency.RelianceAnswer;
import org.msp.graph.dependency.RelianceAnswers;
import org.msp.model.BasisConversion;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Provenance;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;

/**
 * The views of the report beyond {@link StateOfSupply}: a world map of one table's production shares, the trend of
 * world production with the IEA's base-case projections, net import reliance published and computed, which
 * tables rest on partial or proxy data, and the sources and assumptions of the page. Every figure comes from the
 * dataset and the library's analyses ({@link ConcentrationAlgorithm}, {@link RelianceAnswers}, {@link Coverage}); the
 * sources are the {@link Provenance} of the records the page reads.
 *
 * <p>Running time: one pass over the dataset's records per view, one reliance answer per mineral. This class is
 * immutable and thread-safe.
 *
 * @param map             the production shares the world map shows, if the table exists
 * @param trend           one panel per mineral and stage that has both reported world totals and IEA projections
 * @param relianceCountry ISO3 code of the country of the reliance chart
 * @param reliance        its net import reliance per mineral with a published figure in the year, by mineral
 * @param partialTrade    the trade tables of the year that their source marks as partial ({@link Coverage})
 * @param sources         every source edition of the records the page reads, by source then edition
 * @param assumptions     every assumption with its effect, in the order the page lists them
 * @param partnerReliance the computed net import reliance of the partner group's other members on the minerals of
 *                        the trend chart, by country then mineral (the USGS publishes figures for the US only)
 * @param flowSource      the source editions of the flow diagram's production and trade figures, e.g.
 *                        {@code "USGS Mineral Commodity Summaries 2026; CEPII BACI HS17 V202601"}
 */
public record ReportViews(Optional<MarketConcentration> map, List<TrendPanel> trend, String relianceCountry,
        List<RelianceAnswer> reliance, List<Coverage.TradeTable> partialTrade, List<SourceRow> sources,
        List<Assumption> assumptions, List<RelianceAnswer> partnerReliance, String flowSource) {
    /** The country of the reliance chart by default: the USGS publishes its net import reliance. */
    public static final String DEFAULT_RELIANCE_COUNTRY = "USA";
    /** The first year of the trend chart. */
    public static final int TREND_FROM = 2021;

    public ReportViews {
        Objects.requireNonNull(map, "map");
        trend = ImmutableList.copyOf(trend);
        Objects.requireNonNull(relianceCountry, "relianceCountry");
        reliance = ImmutableList.copyOf(reliance);
        partialTrade = ImmutableList.copyOf(partialTrade);
        sources = ImmutableList.copyOf(sources);
        assumptions = ImmutableList.copyOf(assumptions);
        partnerReliance = ImmutableList.copyOf(partnerReliance);
        Objects.requireNonNull(flowSource, "flowSource");
    }

    /**
     * One panel of the trend chart: a mineral's world production at a stage, reported and projected.
     *
     * @param mineral          mineral id
     * @param stage            stage
     * @param reported         world totals by year, the latest edition's per year
     * @param reportedSource   "source editions" of the reported totals
     * @param projected        the projected world totals by year, including the projection's own base year
     * @param projectedSource  "source edition (scenario)" of the projection
     */
    public record TrendPanel(String mineral, Stage stage, SortedMap<Integer, Double> reported, String reportedSource,
            SortedMap<Integer, Double> projected, String projectedSource) {
        public TrendPanel {
            reported = ImmutableSortedMap.copyOf(reported);
            projected = ImmutableSortedMap.copyOf(projected);
        }
    }

    /**
     * One source edition of the page.
     *
     * @param source  publisher and publication
     * @param edition edition or release
     * @param licence its licence
     * @param uses    what the page reads from it (record kinds and tables), sorted
     * @param years   the data years of those records, sorted (empty for records without a year)
     * @param records how many records the page reads from it
     */
    public record SourceRow(String source, String edition, String licence, SortedSet<String> uses,
            SortedSet<Integer> years, int records) {
        public SourceRow {
            uses = ImmutableSortedSet.copyOf(uses);
            years = ImmutableSortedSet.copyOf(years);
        }

        /** Returns the years as ranges, e.g. {@code "2021–2025, 2030, 2035, 2040"}. */
        public String vintage() {
            StringBuilder b = new StringBuilder();
            Integer start = null;
            Integer prev = null;
            for (int y : years) {
                if (prev != null && y == prev + 1) {
                    prev = y;
                    continue;
                }
                if (start != null) {
                    b.append(b.length() > 0 ? ", " : "").append(start.equals(prev) ? "" + start : start + "–" + prev);
                }
                start = y;
                prev = y;
            }
            if (start != null) {
                b.append(b.length() > 0 ? ", " : "").append(start.equals(prev) ? "" + start : start + "–" + prev);
            }
            return b.toString();
        }
    }

    /**
     * An assumption the page's figures rest on.
     *
     * @param what   the assumption
     * @param effect what it does to the figures, in words, with the numbers the library computed where there are
     */
    public record Assumption(String what, String effect) {
        public Assumption {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(effect, "effect");
        }
    }

    /**
     * Computes the views of {@code state}.
     *
     * @param networks   the dataset and its network settings, as {@code state} was computed with them
     * @param state      the state of supply
     * @param mapMineral the mineral of the world map, or null for the flow diagram's mineral (else the most
     *                   concentrated table's)
     * @param mapStage   the stage of the world map, or null for the mineral's first stage with production
     * @throws IllegalArgumentException if {@code mapMineral} has no production table at the stage in the year
     */
    public static ReportViews of(Networks networks, StateOfSupply state, String mapMineral, Stage mapStage) {
        Dataset d = networks.dataset();
        int year = state.year();
        Optional<MarketConcentration> map = map(d, state, mapMineral, mapStage);
        List<TrendPanel> trend = trend(d, year);
        RelianceAnswers nir = RelianceAnswers.of(d, networks.contentFactors());
        List<RelianceAnswer> reliance = new ArrayList<>();
        for (String m : new TreeSet<>(nir.minerals(DEFAULT_RELIANCE_COUNTRY, year))) {
            RelianceAnswer a = nir.answer(DEFAULT_RELIANCE_COUNTRY, m, year);
            if (a.published().isPresent()) {
                reliance.add(a);
            }
        }
        List<Coverage.TradeTable> partial = Coverage.of(d).tradeTables().stream()
                .filter(t -> t.year() == year && !t.isComplete()).toList();
        TreeSet<String> flowSources = new TreeSet<>();
        state.flow().ifPresent(f -> {
            for (Stage st : Stage.values()) {
                d.productions(f.mineral(), st, year)
                        .forEach(p -> flowSources.add(p.provenance().source() + " " + p.provenance().edition()));
                d.flows(f.mineral(), st, year)
                        .forEach(x -> flowSources.add(x.provenance().source() + " " + x.provenance().edition()));
            }
        });
        List<RelianceAnswer> partnerReliance = new ArrayList<>();
        TreeSet<String> keyMinerals = new TreeSet<>();
        trend.forEach(p -> keyMinerals.add(p.mineral()));
        for (String c : state.partners().map(g -> g.membersIn(year)).orElse(new TreeSet<>())) {
            if (!c.equals(DEFAULT_RELIANCE_COUNTRY)) {
                keyMinerals.forEach(m -> partnerReliance.add(nir.answer(c, m, year)));
            }
        }
        return new ReportViews(map, trend, DEFAULT_RELIANCE_COUNTRY, reliance, partial,
                sources(d, state, trend, reliance), assumptions(networks, state), partnerReliance,
                String.join("; ", flowSources));
    }

    private static Optional<MarketConcentration> map(Dataset d, StateOfSupply state, String mineral, Stage stage) {
        String m = mineral;
        if (m == null) {
            m = state.flow().map(FlowDiagram::mineral)
                    .orElse(state.concentration().isEmpty() ? null : state.concentration().get(0).mineral());
        }
        if (m == null) {
            return Optional.empty();
        }
        final String mm = m;
        Stage s = stage;
        if (s == null) {
            s = state.concentration().stream().filter(r -> r.mineral().equals(mm)).map(MarketConcentration::stage)
                    .min(Comparator.naturalOrder()).orElse(null);
        }
        if (s == null) {
            if (mineral != null) {
                throw new IllegalArgumentException("no production of " + mineral + " in " + state.year()
                        + " to map");
            }
            return Optional.empty();
        }
        final Stage ss = s;
        Optional<MarketConcentration> r = state.concentration().stream()
                .filter(c -> c.mineral().equals(mm) && c.stage() == ss).findFirst();
        if (r.isEmpty() && mineral != null) {
            throw new IllegalArgumentException("no " + ss.id() + " production of " + mineral + " in "
                    + state.year() + " to map");
        }
        return r;
    }

    /** The panels: minerals and stages with both reported world totals and projected ones (the IEA base case). */
    private static List<TrendPanel> trend(Dataset d, int year) {
        Map<String, TreeMap<Integer, WorldTotal>> reported = new TreeMap<>();
        Map<String, TreeMap<Integer, WorldTotal>> projected = new TreeMap<>();
        for (WorldTotal w : d.worldTotals()) {
            if (w.total().isEmpty()) {
                continue;
            }
            String key = w.mineral() + "\u0000" + w.stage().name();
            boolean proj = w.qualifier() == org.msp.model.Qualifier.PROJECTED;
            boolean usgs = w.provenance().source().startsWith("USGS");
            if (usgs && !proj && w.year() >= TREND_FROM && w.year() <= year + 1) {
                reported.computeIfAbsent(key, k -> new TreeMap<>()).merge(w.year(), w, ReportViews::later);
            } else if (!usgs && (proj || w.year() <= year + 1)) {
                projected.computeIfAbsent(key, k -> new TreeMap<>()).merge(w.year(), w, ReportViews::later);
            }
        }
        List<TrendPanel> panels = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, WorldTotal>> e : projected.entrySet()) {
            TreeMap<Integer, WorldTotal> rep = reported.get(e.getKey());
            // only the latest edition of the projection, and only when it projects beyond the report year
            String edition = e.getValue().values().stream().map(w -> w.provenance().edition())
                    .max(Comparator.comparing(ReportViews::editionOrder)).orElseThrow();
            TreeMap<Integer, Double> proj = new TreeMap<>();
            String projSource = "";
            for (WorldTotal w : e.getValue().values()) {
                if (w.provenance().edition().equals(edition)) {
                    proj.put(w.year(), w.total().get().tonnes());
                    if (w.year() > year + 1 || projSource.isEmpty()) {
                        projSource = w.provenance().source() + " " + edition
                                + (w.provenance().note().contains("base-case") ? ", base case" : "");
                    }
                }
            }
            if (rep == null || rep.size() < 2 || proj.lastKey() <= year) {
                continue;
            }
            TreeMap<Integer, Double> r = new TreeMap<>();
            TreeSet<String> eds = new TreeSet<>();
            rep.forEach((y, w) -> {
                r.put(y, w.total().get().tonnes());
                eds.add(w.provenance().edition());
            });
            String[] k = e.getKey().split("\u0000");
            panels.add(new TrendPanel(k[0], Stage.valueOf(k[1]), r, rep.firstEntry().getValue().provenance().source()
                    + " " + String.join(", ", eds), proj, projSource));
        }
        return panels;
    }

    private static WorldTotal later(WorldTotal a, WorldTotal b) {
        return editionOrder(b.provenance().edition()).compareTo(editionOrder(a.provenance().edition())) > 0 ? b : a;
    }

    /** Orders editions such as "2024" and "May 2025" by their year, then text. */
    private static String editionOrder(String edition) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(edition);
        String y = "";
        while (m.find()) {
            y = m.group();
        }
        return y + " " + edition;
    }

    /** The source editions of the records the page reads. */
    private static List<SourceRow> sources(Dataset d, StateOfSupply state, List<TrendPanel> trend,
            List<RelianceAnswer> reliance) {
        int year = state.year();
        Map<String, Object[]> rows = new TreeMap<>();
        SortedSet<String> trendMinerals = new TreeSet<>();
        trend.forEach(p -> trendMinerals.add(p.mineral() + "/" + p.stage().id()));
        d.productions().forEach(p -> {
            if (p.year() == year) {
                add(rows, p.provenance(), "production tables", p.year());
            }
        });
        d.worldTotals().forEach(w -> {
            if (w.year() == year || trendMinerals.contains(w.mineral() + "/" + w.stage().id())
                    && w.year() >= TREND_FROM) {
                add(rows, w.provenance(), w.year() > year + 1 ? "world totals, projections" : "world totals",
                        w.year());
            }
        });
        d.flows().forEach(f -> {
            if (f.year() == year) {
                add(rows, f.provenance(), "bilateral trade (flows, chokepoints, dependence)", f.year());
            }
        });
        d.gaps().forEach(g -> {
            if (g.year() == year) {
                add(rows, g.provenance(), "withheld / not available figures (" + g.statistic()
                        .replaceAll("_to_[A-Z]{3}(_hs\\d+)?$", "") + ")", g.year());
            }
        });
        for (RelianceAnswer a : reliance) {
            a.published().ifPresent(p -> add(rows, p.provenance(), "net import reliance", p.year()));
        }
        d.demands().forEach(x -> {
            if (x.isWorld() && x.isAllUses() && x.year() >= year) {
                add(rows, x.provenance(), "world demand and outlook", x.year());
            }
        });
        d.governanceScores().forEach(g -> {
            if (g.year() <= year && g.year() >= year - 1) {
                add(rows, g.provenance(), "governance (EU supply risk)", g.year());
            }
        });
        d.recyclingInputRates().forEach(r -> add(rows, r.provenance(), "end-of-life recycling input rates", null));
        d.prices().forEach(p -> {
            if (p.year() == year) {
                add(rows, p.provenance(), "reference prices (value witness)", p.year());
            }
        });
        d.measures().forEach(m -> {
            if (m.isInForceIn(year)) {
                add(rows, m.provenance(), "export restrictions", null);
            }
        });
        d.groups().forEach(g -> add(rows, g.provenance(), "country group " + g.id(), null));
        d.conversions().forEach(c -> add(rows, c.provenance(), "basis conversion factors", null));
        List<SourceRow> out = new ArrayList<>();
        for (Object[] r : rows.values()) {
            Provenance p = (Provenance) r[0];
            @SuppressWarnings("unchecked")
            SortedSet<String> uses = (SortedSet<String>) r[1];
            @SuppressWarnings("unchecked")
            SortedSet<Integer> years = (SortedSet<Integer>) r[2];
            out.add(new SourceRow(p.source(), p.edition(), p.licence(), uses, years, (int) r[3]));
        }
        return out;
    }

    private static void add(Map<String, Object[]> rows, Provenance p, String use, Integer year) {
        Object[] r = rows.computeIfAbsent(p.source() + "\u0000" + editionOrder(p.edition()) + "\u0000" + p.licence(),
                k -> new Object[] {p, new TreeSet<String>(), new TreeSet<Integer>(), 0});
        @SuppressWarnings("unchecked")
        SortedSet<String> uses = (SortedSet<String>) r[1];
        uses.add(use);
        if (year != null) {
            @SuppressWarnings("unchecked")
            SortedSet<Integer> years = (SortedSet<Integer>) r[2];
            years.add(year);
        }
        r[3] = (int) r[3] + 1;
    }

    /** The assumptions of the page, each with its effect. */
    private static List<Assumption> assumptions(Networks networks, StateOfSupply state) {
        List<Assumption> out = new ArrayList<>();
        out.add(new Assumption("Production shares are of the world total each source prints beside its table; the "
                + "rest of the world (the source's \"other countries\" and the world total less the listed countries) "
                + "is a residual, not a producer.",
                "Top-k shares leave the residual unranked; the HHI counts it as fragmented, so it is a lower bound, "
                        + "and as one supplier for its upper bound. Where a source prints no world total, shares are "
                        + "of the listed countries and overstate each country's share of the world."));
        out.add(new Assumption("A figure the source withholds (USGS \"W\") or does not give (\"NA\") is never read as "
                + "zero: the country's output stays inside the rest of the world.",
                "Such countries are drawn hatched as \"withheld\" on the map and counted in the residual, not as 0%."));
        if (state.unreportedTrade()) {
            out.add(new Assumption("Unreported trade: input that no trade figure explains comes first from the "
                    + "country's own supply, then from other countries' surplus as a pooled world market (inferred "
                    + "edges); the rest is of unknown origin.",
                    "Without it (msp report --no-unreported-trade) such input stays of unknown origin: look-through "
                            + "shares fall and the unknown share rises by the inferred tonnes the coverage table "
                            + "lists per mineral."));
        } else {
            out.add(new Assumption("No unreported trade is inferred: input that the country's own supply and reported "
                    + "trade do not cover is of unknown origin.", "Look-through shares are lower bounds."));
        }
        out.add(new Assumption(String.format(Locale.ROOT, "Mass balance and value witness: reported trade that "
                + "exceeds what the exporter had (production plus imports), or that its customs value cannot pay for "
                + "at %.0f%% of the mineral's reference price (the price floor), is left out as unexplained.",
                100 * NetworkBuilder.DEFAULT_PRICE_FLOOR),
                "Basket and proxy codes that carry other goods no longer inflate the mineral's tonnes; the share "
                        + "of each mineral's reported trade left out is in the coverage table and notes."));
        for (StateOfSupply.ConversionAssumption a : state.conversions()) {
            BasisConversion c = a.conversion();
            String what = String.format(Locale.ROOT, "%s/%s figures on %s basis are converted to content with "
                    + "%s t per t%s (%s): %s.", c.mineral(), c.stage().id(), c.basis().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), sig(c.central()), c.isRange() ? String.format(Locale.ROOT, ", range %s–%s",
                            sig(c.low()), sig(c.high())) : "", c.kind().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), c.rationale());
            String effect;
            if (!a.moves().isEmpty()) {
                effect = String.join("; ", a.moves());
            } else if (c.kind() == org.msp.model.ConversionKind.UPPER_BOUND) {
                effect = "an upper bound: the converted tonnes, and every loss computed from them (e.g. under an "
                        + "export restriction of " + c.mineral() + "), are at most what the code carries; the true "
                        + "content is lower by an unknown share.";
            } else if (c.isRange()) {
                effect = "the central factor applies; the report did not compute the move across its range.";
            } else {
                effect = "exact (stoichiometric): no range to carry.";
            }
            out.add(new Assumption(what, effect));
        }
        state.partners().ifPresent(p -> out.add(new Assumption("Partners' supply is what each partner's consumer "
                + "node keeps (throughput less exports and deliveries); losses follow proportional propagation (every "
                + "buyer loses the same share as its seller).", "No re-routing unless a column says so: with "
                        + "re-routing, losses are smaller where other sellers have spare capacity.")));
        out.add(new Assumption("Export restrictions are applied as full bans on their targets from the later of "
                + "1 January and their date of effect.", "Licensing regimes that let some exports through are "
                        + "treated as bans: their effect is an upper bound."));
        out.add(new Assumption("\"Hardest hit\" lists the consumers that lose the most tonnes, not the largest "
                + "share.", "A consumer of a few tonnes that loses all of them does not lead the list."));
        state.supplyRisk().survey().assumptions().forEach(s -> out.add(new Assumption("EU supply risk: " + s,
                "enters the supply-risk scores only")));
        out.add(new Assumption("Figures are rounded to three significant figures (tonnes) and to whole percent or "
                + "one decimal (shares).", "Sources such as the USGS round to thousands of tonnes for large "
                        + "producers; more digits would suggest a precision the inputs lack."));
        return out;
    }

    /** Returns a factor to four significant figures, without trailing zeros. */
    static String sig(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Returns one line of counts. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReportViews[map %s, %d trend panels, %d reliance rows, %d sources, "
                + "%d assumptions]", map.map(r -> r.mineral() + "/" + r.stage().id()).orElse("none"), trend.size(),
                reliance.size(), sources.size(), assumptions.size());
    }
}
