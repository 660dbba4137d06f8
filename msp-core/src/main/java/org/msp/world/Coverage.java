package org.msp.world;

import org.msp.data.baci.BaciImporter;
import org.msp.data.baci.HsCode;
import org.msp.internal.Checks;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Flow;
import org.msp.model.GapKind;
import org.msp.model.Mineral;
import org.msp.model.Minerals;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a dataset covers and what it lacks: which minerals have which stages and years from which sources,
 * how many figures are withheld or not available, which minerals of the US 2025 and EU 2023 critical lists
 * have no figure, which mapped trade codes have no flow, and how the country figures add up against the
 * world totals the source prints, and which demand figures (observed and projected, by scenario and sector) it
 * has for which minerals.
 *
 * <p>Gaps stay visible: nothing here fills them. This class is immutable and thread-safe.
 *
 * @param rows                 one row per mineral and stage with production figures, by mineral then stage
 * @param criticalWithoutData  ids of minerals on {@code us-2025} or {@code eu-2023} with no production, flow
 *                             or reserve figure, sorted
 * @param tradeCodesWithoutFlows HS codes the BACI importer maps that have no flow in the dataset, sorted
 * @param totalChecks          sum of country figures against the printed world total, per table
 * @param demandRows           one row per mineral, demand of the world or of countries, and source edition, by
 *                             mineral
 * @param tradeTables          the trade tables: one per mineral, stage, year and extract, complete or partial
 *                             and why, ordered by mineral, stage, year, then source and edition
 */
public record Coverage(List<Row> rows, SortedSet<String> criticalWithoutData, SortedSet<String> tradeCodesWithoutFlows,
        List<TotalCheck> totalChecks, List<DemandRow> demandRows, List<TradeTable> tradeTables) {
    private static final int SHOWN = 12;
    /** The prefix with which a provenance note says that its table is partial. */
    public static final String PARTIAL = "partial: ";

    public Coverage {
        rows = ImmutableList.copyOf(rows);
        criticalWithoutData = ImmutableSortedSet.copyOf(criticalWithoutData);
        tradeCodesWithoutFlows = ImmutableSortedSet.copyOf(tradeCodesWithoutFlows);
        totalChecks = ImmutableList.copyOf(totalChecks);
        demandRows = ImmutableList.copyOf(demandRows);
        tradeTables = ImmutableList.copyOf(tradeTables);
    }


    /**
     * The demand figures of one mineral from one source edition, for the world or for countries.
     *
     * @param mineral   mineral id
     * @param world     true for world demand ({@link Demand#WORLD}), false for countries' demand
     * @param countries number of countries with figures (0 for world demand)
     * @param source    "source edition"
     * @param years     years with figures, sorted
     * @param scenarios scenario ids of the projections, sorted (empty: observed figures only)
     * @param allUses   true if the figures include the total over all uses, false if only sector figures
     * @param sectors   sector ids, sorted
     * @param figures   number of figures
     */
    public record DemandRow(String mineral, boolean world, int countries, String source, SortedSet<Integer> years,
            SortedSet<String> scenarios, boolean allUses, SortedSet<String> sectors, int figures) {
        public DemandRow {
            Checks.id(mineral, "Coverage.DemandRow", "mineral");
            Checks.notNull(source, "Coverage.DemandRow", "source");
            years = ImmutableSortedSet.copyOf(years);
            scenarios = ImmutableSortedSet.copyOf(scenarios);
            sectors = ImmutableSortedSet.copyOf(sectors);
        }

        /** Returns e.g. {@code "lithium world demand 2024-2050 [aps, nze, steps] total + 4 sectors (72 figures)"}. */
        @Override
        public String toString() {
            return mineral + " " + (world ? "world" : countries + " countries'") + " demand "
                    + (years.isEmpty() ? "-" : years.first() + "-" + years.last()) + " " + scenarios + " "
                    + (allUses ? "total" : "no total") + " + " + sectors.size() + " sectors (" + figures + " figures)";
        }
    }

    /**
     * One trade table: the flows of one mineral at one stage in one year from one source and edition, or the
     * pairs that edition lists without tonnes. A table is partial when its provenance notes say so (a note that
     * starts with {@link #PARTIAL}: one region, the top pairs, values only); {@code coverage} then holds that
     * remark, else it is {@code "complete"}.
     *
     * @param mineral   mineral id
     * @param stage     stage
     * @param year      year
     * @param source    "source edition", e.g. {@code "CEPII BACI HS07 V202601, ASEAN extract"}
     * @param flows     number of flows (with tonnes)
     * @param valueOnly number of pairs listed without tonnes (data gaps holding the value)
     * @param preferred whether {@link Dataset#flows(String, Stage, int)} returns this table's flows
     * @param coverage  {@code "complete"} or the partial remark, e.g. {@code "partial: only pairs with an
     *                  ASEAN country on one side ..."}
     */
    public record TradeTable(String mineral, Stage stage, int year, String source, int flows, int valueOnly,
            boolean preferred, String coverage) {
        public TradeTable {
            Checks.id(mineral, "Coverage.TradeTable", "mineral");
            Checks.notNull(stage, "Coverage.TradeTable", "stage");
            Checks.text(source, "Coverage.TradeTable", "source");
            Checks.text(coverage, "Coverage.TradeTable", "coverage");
        }

        /** Returns true unless the table's provenance says it is partial. */
        public boolean isComplete() {
            return !coverage.startsWith(PARTIAL);
        }

        /** Returns e.g. {@code "nickel/mining 2024 [CEPII BACI HS07 V202601, ASEAN extract]: 41 flows, partial: ..."}. */
        @Override
        public String toString() {
            return mineral + "/" + stage + " " + year + " [" + source + "]: " + flows + " flows"
                    + (valueOnly > 0 ? ", " + valueOnly + " without tonnes" : "") + (preferred ? "" : " (not preferred)")
                    + ", " + coverage;
        }
    }

    /**
     * The coverage of one mineral at one stage.
     *
     * @param mineral  mineral id
     * @param stage    stage
     * @param years    years with production figures (reported, estimated or projected), sorted
     * @param sources  "source edition" of those figures, sorted
     * @param figures  number of production figures
     * @param withheld number of production figures withheld (USGS "W")
     * @param notAvailable number of production figures not available
     * @param flows    number of trade flows of the mineral at the stage
     */
    public record Row(String mineral, Stage stage, SortedSet<Integer> years, SortedSet<String> sources, int figures,
            int withheld, int notAvailable, int flows) {
        public Row {
            Checks.id(mineral, "Coverage.Row", "mineral");
            Checks.notNull(stage, "Coverage.Row", "stage");
            years = ImmutableSortedSet.copyOf(years);
            sources = ImmutableSortedSet.copyOf(sources);
        }

        /** Returns e.g. {@code "lithium/mining 2021-2040 (3 sources, 120 figures, 4 withheld)"}. */
        @Override
        public String toString() {
            return mineral + "/" + stage + " " + (years.isEmpty() ? "-" : years.first() + "-" + years.last()) + " ("
                    + sources.size() + " sources, " + figures + " figures, " + withheld + " withheld, " + notAvailable
                    + " n/a, " + flows + " flows)";
        }
    }

    /**
     * The country figures of one table against the world total the source prints beside them.
     *
     * @param mineral      mineral id
     * @param stage        stage
     * @param year         year
     * @param source       "source edition"
     * @param countries    sum of the country figures, tonnes
     * @param restOfWorld  the source's "Other countries" figure, tonnes (0 if none)
     * @param worldTotal   the source's world total, tonnes
     */
    public record TotalCheck(String mineral, Stage stage, int year, String source, double countries, double restOfWorld,
            double worldTotal) {
        /** Returns (countries + rest of world) / world total, or NaN for a zero total. */
        public double ratio() {
            return worldTotal == 0 ? Double.NaN : (countries + restOfWorld) / worldTotal;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s/%s %d [%s]: countries %,.0f + rest %,.0f vs total %,.0f (%.3f)",
                    mineral, stage, year, source, countries, restOfWorld, worldTotal, ratio());
        }
    }

    /**
     * Computes the coverage of {@code dataset}, checking its country figures against its world totals
     * ({@link Dataset#worldTotals()}).
     *
     * <p>Running time: O(n log n) in the number of records.
     */
    public static Coverage of(Dataset dataset) {
        Checks.notNull(dataset, "Coverage", "dataset");
        Map<String, List<Production>> byTable = new TreeMap<>();
        for (Production p : dataset.productions()) {
            byTable.computeIfAbsent(p.mineral() + "|" + p.stage().ordinal(), k -> new ArrayList<>()).add(p);
        }
        Map<String, int[]> gapCounts = new TreeMap<>();
        for (DataGap g : dataset.gaps()) {
            if (g.statistic().equals("production")) {
                int[] c = gapCounts.computeIfAbsent(g.mineral() + "|" + g.stage().ordinal(), k -> new int[2]);
                c[g.kind() == GapKind.WITHHELD ? 0 : 1]++;
            }
        }
        // One pass over the flows (tens of thousands): counts per mineral and stage, the minerals with any, and
        // the distinct tables of CEPII BACI.
        Map<String, int[]> flowsByMineral = new HashMap<>();
        Set<String> baciTables = new HashSet<>();
        for (Flow f : dataset.flows()) {
            flowsByMineral.computeIfAbsent(f.mineral(), k -> new int[Stage.values().length])[f.stage().ordinal()]++;
            if (f.provenance().source().equals(BaciImporter.SOURCE)) {
                baciTables.add(f.provenance().table());
            }
        }
        TreeSet<String> keys = new TreeSet<>(byTable.keySet());
        keys.addAll(gapCounts.keySet());
        List<Row> rows = new ArrayList<>();
        for (String k : keys) {
            List<Production> ps = byTable.getOrDefault(k, List.of());
            String mineral = k.substring(0, k.indexOf('|'));
            Stage stage = Stage.values()[Integer.parseInt(k.substring(k.indexOf('|') + 1))];
            SortedSet<Integer> years = new TreeSet<>();
            SortedSet<String> sources = new TreeSet<>();
            for (Production p : ps) {
                years.add(p.year());
                sources.add(p.provenance().source() + " " + p.provenance().edition());
            }
            int[] g = gapCounts.getOrDefault(k, new int[2]);
            int[] flowCount = flowsByMineral.get(mineral);
            rows.add(new Row(mineral, stage, years, sources, ps.size(), g[0], g[1],
                    flowCount == null ? 0 : flowCount[stage.ordinal()]));
        }
        Set<String> withData = new HashSet<>(flowsByMineral.keySet());
        dataset.productions().forEach(p -> withData.add(p.mineral()));
        dataset.reserves().forEach(r -> withData.add(r.mineral()));
        SortedSet<String> missing = new TreeSet<>();
        for (Mineral m : Minerals.all()) {
            if ((m.isOn("us-2025") || m.isOn("eu-2023")) && !withData.contains(m.id())) {
                missing.add(m.id());
            }
        }
        SortedSet<String> codes = new TreeSet<>();
        for (HsCode c : BaciImporter.codes().values()) {
            String prefix = "HS " + c.hs6();
            if (baciTables.stream().noneMatch(t -> t.startsWith(prefix))) {
                codes.add(c.hs6() + " " + c.mineral());
            }
        }
        return new Coverage(rows, missing, codes, totalChecks(dataset), demandRows(dataset), tradeTables(dataset));
    }

    /**
     * Groups the flows, and the gaps that list a traded pair without tonnes (statistic
     * {@code export_tonnes_to_...}), into trade tables.
     */
    private static List<TradeTable> tradeTables(Dataset d) {
        // Counted in a hash map (one lookup per flow, and one source text per distinct provenance), then sorted:
        // tens of thousands of flows fall into a few hundred tables.
        Map<List<Object>, Object[]> counts = new HashMap<>();
        Map<Provenance, String> sources = new IdentityHashMap<>();
        for (Flow f : d.flows()) {
            String source = sources.computeIfAbsent(f.provenance(), Coverage::source);
            Object[] t = counts.computeIfAbsent(List.of(f.mineral(), f.stage(), f.year(), source),
                    k -> new Object[] {0, 0, "complete"});
            t[0] = (Integer) t[0] + 1;
            t[2] = coverage((String) t[2], f.provenance().note());
        }
        for (DataGap g : d.gaps()) {
            if (!g.statistic().startsWith("export_tonnes_to_")) {
                continue;
            }
            Object[] t = counts.computeIfAbsent(List.of(g.mineral(), g.stage(), g.year(),
                    sources.computeIfAbsent(g.provenance(), Coverage::source)),
                    k -> new Object[] {0, 0, "complete"});
            t[1] = (Integer) t[1] + 1;
            t[2] = coverage((String) t[2], g.provenance().note());
        }
        Map<List<Object>, Object[]> tables = new TreeMap<>(Comparator.comparing((List<Object> k) -> (String) k.get(0))
                .thenComparing(k -> (Stage) k.get(1)).thenComparing(k -> (Integer) k.get(2))
                .thenComparing(k -> (String) k.get(3)));
        tables.putAll(counts);
        List<TradeTable> out = new ArrayList<>();
        tables.forEach((k, t) -> {
            String mineral = (String) k.get(0);
            Stage stage = (Stage) k.get(1);
            int year = (Integer) k.get(2);
            List<Flow> preferred = d.flows(mineral, stage, year);
            boolean isPreferred = (Integer) t[0] > 0 && !preferred.isEmpty()
                    && source(preferred.get(0).provenance()).equals(k.get(3));
            out.add(new TradeTable(mineral, stage, year, (String) k.get(3), (Integer) t[0], (Integer) t[1], isPreferred,
                    (String) t[2]));
        });
        return out;
    }

    /** Returns the partial remark of {@code note} (up to its first ';') if it has one, else {@code current}. */
    private static String coverage(String current, String note) {
        if (!current.startsWith(PARTIAL) && note.startsWith(PARTIAL)) {
            int end = note.indexOf(';');
            return end < 0 ? note : note.substring(0, end);
        }
        return current;
    }

    private static List<DemandRow> demandRows(Dataset d) {
        Map<String, List<Demand>> groups = new TreeMap<>();
        for (Demand x : d.demands()) {
            groups.computeIfAbsent(x.mineral() + "|" + (x.isWorld() ? "0" : "1") + "|" + source(x.provenance()),
                    k -> new ArrayList<>()).add(x);
        }
        List<DemandRow> out = new ArrayList<>();
        groups.forEach((k, list) -> {
            String[] f = k.split("\\|", 3);
            SortedSet<Integer> years = new TreeSet<>();
            SortedSet<String> scenarios = new TreeSet<>();
            SortedSet<String> sectors = new TreeSet<>();
            SortedSet<String> countries = new TreeSet<>();
            boolean allUses = false;
            for (Demand x : list) {
                years.add(x.year());
                x.scenario().ifPresent(scenarios::add);
                x.sector().ifPresent(sectors::add);
                allUses |= x.isAllUses();
                if (!x.isWorld()) {
                    countries.add(x.country());
                }
            }
            out.add(new DemandRow(f[0], f[1].equals("0"), countries.size(), f[2], years, scenarios, allUses, sectors,
                    list.size()));
        });
        return out;
    }

    private static List<TotalCheck> totalChecks(Dataset d) {
        Map<String, double[]> sums = new TreeMap<>();
        for (WorldTotal t : d.worldTotals()) {
            String key = t.mineral() + "|" + t.stage().ordinal() + "|" + t.year() + "|" + source(t.provenance());
            double[] s = sums.computeIfAbsent(key, k -> new double[] {0, 0, Double.NaN});
            s[1] += t.restOfWorld().map(Quantity::tonnes).orElse(0.0);
            if (t.total().isPresent()) {
                s[2] = t.total().get().tonnes();
            }
        }
        for (Production p : d.productions()) {
            String key = p.mineral() + "|" + p.stage().ordinal() + "|" + p.year() + "|" + source(p.provenance());
            double[] s = sums.get(key);
            if (s != null && p.producer().isCountry()) {
                s[0] += p.quantity().tonnes();
            }
        }
        List<TotalCheck> out = new ArrayList<>();
        sums.forEach((k, s) -> {
            if (!Double.isNaN(s[2])) {
                String[] f = k.split("\\|", 4);
                out.add(new TotalCheck(f[0], Stage.values()[Integer.parseInt(f[1])], Integer.parseInt(f[2]), f[3], s[0],
                        s[1], s[2]));
            }
        });
        out.sort(Comparator.comparing(TotalCheck::mineral).thenComparing(TotalCheck::stage)
                .thenComparingInt(TotalCheck::year).thenComparing(TotalCheck::source));
        return out;
    }

    private static String source(Provenance p) {
        return p.source() + " " + p.edition();
    }

    /** Returns the total checks whose countries plus rest of world differ from the total by more than {@code tolerance}. */
    public List<TotalCheck> totalsOffBy(double tolerance) {
        return totalChecks.stream().filter(t -> !Double.isNaN(t.ratio()) && Math.abs(t.ratio() - 1) > tolerance).toList();
    }

    /** Returns a Markdown report: the table of rows, then what is missing. */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("| mineral | stage | years | sources | figures | withheld | n/a | trade flows |\n");
        b.append("|---|---|---|---|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %d | %d |%n", r.mineral(), r.stage(),
                    years(r.years()), String.join("; ", r.sources()), r.figures(), r.withheld(), r.notAvailable(),
                    r.flows()));
        }
        b.append("\nCritical minerals (US 2025 or EU 2023 list) with no production, trade or reserve figure: ")
                .append(criticalWithoutData.isEmpty() ? "none" : String.join(", ", criticalWithoutData)).append('\n');
        b.append("\nMapped BACI trade codes with no flow: ")
                .append(tradeCodesWithoutFlows.isEmpty() ? "none" : String.join(", ", tradeCodesWithoutFlows)).append('\n');
        if (!demandRows.isEmpty()) {
            b.append("\n| mineral | demand of | source | years | scenarios | total over all uses | sectors | figures |\n");
            b.append("|---|---|---|---|---|---|---|---:|\n");
            for (DemandRow r : demandRows) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %d |%n", r.mineral(),
                        r.world() ? "world" : r.countries() + " countries", r.source(), years(r.years()),
                        r.scenarios().isEmpty() ? "observed only" : String.join(", ", r.scenarios()),
                        r.allUses() ? "yes" : "no", String.join(", ", r.sectors()), r.figures()));
            }
        }
        if (!tradeTables.isEmpty()) {
            b.append("\n| trade table | stage | years | source | flows | without tonnes | coverage |\n");
            b.append("|---|---|---|---|---:|---:|---|\n");
            Map<List<Object>, List<TradeTable>> groups = new java.util.LinkedHashMap<>();
            for (TradeTable t : tradeTables) {
                groups.computeIfAbsent(List.of(t.mineral(), t.stage(), t.source()), k -> new ArrayList<>()).add(t);
            }
            groups.forEach((k, ts) -> {
                SortedSet<Integer> ys = new TreeSet<>();
                ts.forEach(t -> ys.add(t.year()));
                TradeTable last = ts.get(ts.size() - 1);
                List<TradeTable> withFlows = ts.stream().filter(t -> t.flows() > 0).toList();
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %s%s |%n", k.get(0), k.get(1),
                        years(ys), k.get(2), ts.stream().mapToInt(TradeTable::flows).sum(),
                        ts.stream().mapToInt(TradeTable::valueOnly).sum(), last.coverage()
                                + (ts.size() > 1 && !last.isComplete() && last.coverage().matches(".*\\d.*")
                                        ? " (" + last.year() + ")" : ""),
                        withFlows.stream().allMatch(TradeTable::preferred) ? ""
                                : withFlows.stream().noneMatch(TradeTable::preferred) ? "; not the preferred table"
                                : "; the preferred table in some years"));
            });
        }
        return b.toString();
    }

    private static String years(SortedSet<Integer> ys) {
        StringBuilder b = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (int y : ys) {
            if (start == null) {
                start = y;
            } else if (y != prev + 1) {
                b.append(b.length() == 0 ? "" : ", ").append(start.equals(prev) ? "" + start : start + "-" + prev);
                start = y;
            }
            prev = y;
        }
        if (start != null) {
            b.append(b.length() == 0 ? "" : ", ").append(start.equals(prev) ? "" + start : start + "-" + prev);
        }
        return b.toString();
    }

    /** Returns a few lines: counts, the first rows, and what is missing. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Coverage[").append(rows.size()).append(" mineral/stage tables");
        rows.stream().limit(SHOWN).forEach(r -> b.append("\n  ").append(r));
        if (rows.size() > SHOWN) {
            b.append("\n  ... and ").append(rows.size() - SHOWN).append(" more");
        }
        b.append("\n  critical minerals without data: ").append(criticalWithoutData);
        b.append("\n  trade codes without flows: ").append(tradeCodesWithoutFlows);
        if (!demandRows.isEmpty()) {
            b.append("\n  demand: ").append(demandRows.size()).append(" mineral/source rows, ")
                    .append(demandRows.stream().filter(DemandRow::allUses).count()).append(" with a total over all uses");
        }
        long partial = tradeTables.stream().filter(t -> !t.isComplete()).count();
        b.append("\n  trade tables: ").append(tradeTables.size()).append(" (").append(partial).append(" partial)");
        return b.append(']').toString();
    }
}
