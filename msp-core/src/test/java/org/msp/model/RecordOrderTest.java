package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;

/**
 * The written-out orders of {@link RecordOrder} order as the comparator chains they stand for (the definitions
 * below, as the dataset's Javadoc states its order): on every pair of neighbours of each list of the world
 * dataset (which share their first keys, so the later keys decide) and on random pairs.
 */
class RecordOrderTest {
    private static final Comparator<Production> PRODUCTION = Comparator.comparing(Production::mineral)
            .thenComparing(Production::stage).thenComparingInt(Production::year)
            .thenComparing(Production::producer).thenComparing(Production::provenance, RecordOrder.PROVENANCE)
            .thenComparing(p -> p.quantity().basis()).thenComparingDouble(p -> p.quantity().tonnes())
            .thenComparing(Production::qualifier);
    private static final Comparator<Reserve> RESERVE = Comparator.comparing(Reserve::mineral)
            .thenComparingInt(Reserve::year).thenComparing(Reserve::holder)
            .thenComparing(Reserve::provenance, RecordOrder.PROVENANCE).thenComparing(r -> r.quantity().basis())
            .thenComparingDouble(r -> r.quantity().tonnes()).thenComparing(Reserve::qualifier);
    private static final Comparator<Stockpile> STOCKPILE = Comparator.comparing(Stockpile::country)
            .thenComparing(Stockpile::mineral).thenComparingInt(Stockpile::year)
            .thenComparing(Stockpile::provenance, RecordOrder.PROVENANCE).thenComparing(s -> s.quantity().basis())
            .thenComparingDouble(s -> s.quantity().tonnes());
    private static final Comparator<Demand> DEMAND = Comparator.comparing(Demand::country)
            .thenComparing(Demand::mineral).thenComparingInt(Demand::year)
            .thenComparing(Demand::provenance, RecordOrder.PROVENANCE).thenComparing(s -> s.quantity().basis())
            .thenComparingDouble(s -> s.quantity().tonnes())
            .thenComparing(d -> d.scenario().orElse("")).thenComparing(d -> d.sector().orElse(""));
    private static final Comparator<ImportReliance> RELIANCE = Comparator.comparing(ImportReliance::country)
            .thenComparing(ImportReliance::mineral).thenComparingInt(ImportReliance::year)
            .thenComparing(ImportReliance::provenance, RecordOrder.PROVENANCE).thenComparing(ImportReliance::qualifier)
            .thenComparingDouble(ImportReliance::share);
    private static final Comparator<ImportSource> SOURCE = Comparator.comparing(ImportSource::importer)
            .thenComparing(ImportSource::mineral).thenComparingInt(ImportSource::fromYear)
            .thenComparingInt(ImportSource::toYear).thenComparing(ImportSource::exporter)
            .thenComparing(ImportSource::provenance, RecordOrder.PROVENANCE).thenComparingDouble(ImportSource::share);
    private static final Comparator<WorldTotal> WORLD_TOTAL = Comparator.comparing(WorldTotal::mineral)
            .thenComparing(WorldTotal::stage).thenComparingInt(WorldTotal::year)
            .thenComparing(WorldTotal::provenance, RecordOrder.PROVENANCE).thenComparing(WorldTotal::qualifier)
            .thenComparingDouble(w -> w.total().map(Quantity::tonnes).orElse(-1.0))
            .thenComparingDouble(w -> w.restOfWorld().map(Quantity::tonnes).orElse(-1.0));
    private static final Comparator<Price> PRICE = Comparator.comparing(Price::mineral)
            .thenComparingInt(Price::year).thenComparing(Price::kind)
            .thenComparing(Price::provenance, RecordOrder.PROVENANCE).thenComparing(Price::description)
            .thenComparing(Price::basis).thenComparing(Price::qualifier).thenComparingDouble(Price::usdPerTonne);
    private static final Comparator<GovernanceScore> GOVERNANCE = Comparator.comparing(GovernanceScore::country)
            .thenComparingInt(GovernanceScore::year).thenComparing(GovernanceScore::provenance, RecordOrder.PROVENANCE)
            .thenComparingInt(GovernanceScore::dimensions).thenComparingDouble(GovernanceScore::estimate);
    private static final Comparator<RecyclingInputRate> RECYCLING = Comparator
            .comparing(RecyclingInputRate::region).thenComparing(RecyclingInputRate::mineral)
            .thenComparing(RecyclingInputRate::provenance, RecordOrder.PROVENANCE)
            .thenComparingDouble(RecyclingInputRate::rate);
    private static final Comparator<BasisConversion> CONVERSION = Comparator
            .comparing(BasisConversion::mineral).thenComparing(BasisConversion::stage)
            .thenComparing(BasisConversion::basis).thenComparing(BasisConversion::provenance, RecordOrder.PROVENANCE)
            .thenComparingDouble(BasisConversion::central);

    /** Checks {@code written} against {@code chain} on all neighbours of {@code list} and 2,000 random pairs. */
    private static <T> void sameOrder(String name, List<T> list, Comparator<T> written, Comparator<T> chain) {
        Random r = new Random(17);
        int n = list.size();
        for (int k = 0; k + 1 < n + 2000; k++) {
            T a = k + 1 < n ? list.get(k) : list.get(r.nextInt(n));
            T b = k + 1 < n ? list.get(k + 1) : list.get(r.nextInt(n));
            assertEquals(Integer.signum(chain.compare(a, b)), Integer.signum(written.compare(a, b)), name + ": " + a
                    + " / " + b);
            assertEquals(Integer.signum(chain.compare(b, a)), Integer.signum(written.compare(b, a)), name + ": " + b
                    + " / " + a);
        }
    }

    @Test
    void writtenOut_ordersAsTheChains() {
        Dataset w = Datasets.world();
        sameOrder("productions", w.productions(), RecordOrder.PRODUCTION_ORDER, PRODUCTION);
        sameOrder("reserves", w.reserves(), RecordOrder.RESERVE_ORDER, RESERVE);
        sameOrder("stockpiles", w.stockpiles(), RecordOrder.STOCKPILE_ORDER, STOCKPILE);
        sameOrder("demands", w.demands(), RecordOrder.DEMAND_ORDER, DEMAND);
        sameOrder("importReliances", w.importReliances(), RecordOrder.RELIANCE_ORDER, RELIANCE);
        sameOrder("importSources", w.importSources(), RecordOrder.SOURCE_ORDER, SOURCE);
        sameOrder("worldTotals", w.worldTotals(), RecordOrder.WORLD_TOTAL_ORDER, WORLD_TOTAL);
        sameOrder("prices", w.prices(), RecordOrder.PRICE_ORDER, PRICE);
        sameOrder("governanceScores", w.governanceScores(), RecordOrder.GOVERNANCE_ORDER, GOVERNANCE);
        sameOrder("recyclingInputRates", w.recyclingInputRates(), RecordOrder.RECYCLING_ORDER, RECYCLING);
        sameOrder("conversions", w.conversions(), RecordOrder.CONVERSION_ORDER, CONVERSION);
    }
}
