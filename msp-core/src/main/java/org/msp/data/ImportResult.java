package org.msp.data;

import org.msp.internal.Checks;
import org.msp.model.Actor;
import org.msp.model.Countries;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Facility;
import org.msp.model.Flow;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Minerals;
import org.msp.model.Price;
import org.msp.model.Production;
import org.msp.model.Reserve;
import org.msp.model.Stockpile;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What an importer read from one source file: the model records, the totals the source prints beside them,
 * and every row it skipped with the reason.
 *
 * <p>Lists keep the order of the file. {@link #toDataset(String)} turns the records into a {@link Dataset}
 * with the catalogue entries of the countries and minerals they name. This class is immutable and
 * thread-safe.
 *
 * @param file            the file name the records come from
 * @param productions     production figures
 * @param reserves        reserve figures
 * @param flows           trade flows
 * @param facilities      facilities
 * @param gaps            figures the source lists but does not give (withheld, not available)
 * @param importReliances reported net import reliance
 * @param importSources   reported import-source shares
 * @param totals          world totals and rest-of-world remainders, for coverage checks
 * @param skipped         rows read but not imported, with the reason
 * @param demands         consumption figures (USGS apparent or reported consumption)
 * @param stockpiles      stocks held at year end
 * @param prices          prices and unit values
 */
public record ImportResult(String file, List<Production> productions, List<Reserve> reserves, List<Flow> flows,
        List<Facility> facilities, List<DataGap> gaps, List<ImportReliance> importReliances,
        List<ImportSource> importSources, List<ReportedTotal> totals, List<SkippedRow> skipped,
        List<Demand> demands, List<Stockpile> stockpiles, List<Price> prices) {
    public ImportResult {
        Checks.notNull(file, "ImportResult", "file");
        productions = ImmutableList.copyOf(productions);
        reserves = ImmutableList.copyOf(reserves);
        flows = ImmutableList.copyOf(flows);
        facilities = ImmutableList.copyOf(facilities);
        gaps = ImmutableList.copyOf(gaps);
        importReliances = ImmutableList.copyOf(importReliances);
        importSources = ImmutableList.copyOf(importSources);
        totals = ImmutableList.copyOf(totals);
        skipped = ImmutableList.copyOf(skipped);
        demands = ImmutableList.copyOf(demands);
        stockpiles = ImmutableList.copyOf(stockpiles);
        prices = ImmutableList.copyOf(prices);
    }

    /** Returns a result without consumption, stock or price figures (the lists of importers that read none). */
    public ImportResult(String file, List<Production> productions, List<Reserve> reserves, List<Flow> flows,
            List<Facility> facilities, List<DataGap> gaps, List<ImportReliance> importReliances,
            List<ImportSource> importSources, List<ReportedTotal> totals, List<SkippedRow> skipped) {
        this(file, productions, reserves, flows, facilities, gaps, importReliances, importSources, totals, skipped,
                List.of(), List.of(), List.of());
    }

    /** The reason given to a row that gave nothing and was not skipped on purpose: a defect if it occurs. */
    public static final String UNACCOUNTED = "row read but nothing imported or skipped on purpose";

    /** Returns the number of model records (not totals, not skipped rows). */
    public int recordCount() {
        return productions.size() + reserves.size() + flows.size() + facilities.size() + gaps.size()
                + importReliances.size() + importSources.size() + demands.size() + stockpiles.size() + prices.size();
    }

    /** Returns the ISO3 codes of every country the records name, sorted. */
    public SortedSet<String> countryCodes() {
        SortedSet<String> s = new TreeSet<>();
        Consumer<Actor> a = x -> {
            if (x.isCountry()) {
                s.add(x.id());
            }
        };
        productions.forEach(p -> a.accept(p.producer()));
        reserves.forEach(r -> a.accept(r.holder()));
        flows.forEach(f -> {
            a.accept(f.from());
            a.accept(f.to());
        });
        facilities.forEach(f -> s.add(f.country()));
        gaps.forEach(g -> a.accept(g.actor()));
        importReliances.forEach(r -> s.add(r.country()));
        importSources.forEach(r -> {
            s.add(r.importer());
            s.add(r.exporter());
        });
        demands.forEach(d -> s.add(d.country()));
        stockpiles.forEach(x -> s.add(x.country()));
        return s;
    }

    /** Returns the ids of every mineral the records name, sorted. */
    public SortedSet<String> mineralIds() {
        SortedSet<String> s = new TreeSet<>();
        productions.forEach(p -> s.add(p.mineral()));
        reserves.forEach(r -> s.add(r.mineral()));
        flows.forEach(f -> s.add(f.mineral()));
        facilities.forEach(f -> s.addAll(f.minerals()));
        gaps.forEach(g -> s.add(g.mineral()));
        importReliances.forEach(r -> s.add(r.mineral()));
        importSources.forEach(r -> s.add(r.mineral()));
        demands.forEach(d -> s.add(d.mineral()));
        stockpiles.forEach(x -> s.add(x.mineral()));
        prices.forEach(p -> s.add(p.mineral()));
        return s;
    }

    /**
     * Returns a dataset of these records with the catalogue entries of the countries and minerals they name.
     *
     * @throws org.msp.model.DatasetValidationException if the records break referential integrity
     */
    public Dataset toDataset(String name) {
        Dataset.Builder b = Dataset.builder().name(name);
        addTo(b, true);
        return b.build();
    }

    /**
     * Adds the records to {@code builder}; with {@code withCatalogue}, also the countries and minerals they
     * name from the built-in catalogues.
     */
    public Dataset.Builder addTo(Dataset.Builder builder, boolean withCatalogue) {
        if (withCatalogue) {
            for (String c : countryCodes()) {
                builder.add(Countries.find(c).orElseThrow(() -> new IllegalStateException("no country " + c)));
            }
            for (String m : mineralIds()) {
                builder.add(Minerals.find(m).orElseThrow(() -> new IllegalStateException("no mineral " + m)));
            }
        }
        productions.forEach(builder::add);
        reserves.forEach(builder::add);
        flows.forEach(builder::add);
        facilities.forEach(builder::add);
        gaps.forEach(builder::add);
        importReliances.forEach(builder::add);
        importSources.forEach(builder::add);
        demands.forEach(builder::add);
        stockpiles.forEach(builder::add);
        prices.forEach(builder::add);
        return builder;
    }

    /** Returns one line of counts, e.g. {@code "ImportResult[x.csv: 120 productions, 3 skipped]"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ImportResult[").append(file).append(':');
        List<String> parts = new ArrayList<>();
        count(parts, productions.size(), "productions");
        count(parts, reserves.size(), "reserves");
        count(parts, flows.size(), "flows");
        count(parts, facilities.size(), "facilities");
        count(parts, gaps.size(), "gaps");
        count(parts, importReliances.size(), "importReliances");
        count(parts, importSources.size(), "importSources");
        count(parts, demands.size(), "demands");
        count(parts, stockpiles.size(), "stockpiles");
        count(parts, prices.size(), "prices");
        count(parts, totals.size(), "totals");
        count(parts, skipped.size(), "skipped");
        b.append(parts.isEmpty() ? " empty" : " " + String.join(", ", parts));
        return b.append(']').toString();
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", n, what));
        }
    }

    /** Returns the results merged in order, under the file name {@code name}. */
    public static ImportResult merge(String name, List<ImportResult> results) {
        List<Production> p = new ArrayList<>();
        List<Reserve> r = new ArrayList<>();
        List<Flow> f = new ArrayList<>();
        List<Facility> fa = new ArrayList<>();
        List<DataGap> g = new ArrayList<>();
        List<ImportReliance> ir = new ArrayList<>();
        List<ImportSource> is = new ArrayList<>();
        List<ReportedTotal> t = new ArrayList<>();
        List<SkippedRow> s = new ArrayList<>();
        List<Demand> de = new ArrayList<>();
        List<Stockpile> st = new ArrayList<>();
        List<Price> pr = new ArrayList<>();
        for (ImportResult x : results) {
            p.addAll(x.productions);
            r.addAll(x.reserves);
            f.addAll(x.flows);
            fa.addAll(x.facilities);
            g.addAll(x.gaps);
            ir.addAll(x.importReliances);
            is.addAll(x.importSources);
            t.addAll(x.totals);
            s.addAll(x.skipped);
            de.addAll(x.demands);
            st.addAll(x.stockpiles);
            pr.addAll(x.prices);
        }
        return new ImportResult(name, p, r, f, fa, g, ir, is, t, s, de, st, pr);
    }

}
