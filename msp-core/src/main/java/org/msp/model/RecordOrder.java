package org.msp.model;

import java.util.Comparator;

/**
 * The order of each of {@link Dataset}'s lists (the order its Javadoc states and the JSON format writes): by
 * mineral, stage, year, actor, then provenance, or by id. Stateless.
 */
final class RecordOrder {
    // PROVENANCE, FLOW_ORDER and GAP_ORDER are written out rather than chained (Comparator.comparing(...)
    // .thenComparing(...)): they order the two largest lists on every load, and a chain costs a call per key.
    static final Comparator<Provenance> PROVENANCE = (a, b) -> {
        int c = a.source().compareTo(b.source());
        if (c == 0) {
            c = a.edition().compareTo(b.edition());
        }
        if (c == 0) {
            c = a.table().compareTo(b.table());
        }
        if (c == 0) {
            c = a.note().compareTo(b.note());
        }
        return c != 0 ? c : a.licence().compareTo(b.licence());
    };
    static final Comparator<Production> PRODUCTION_ORDER = Comparator.comparing(Production::mineral)
            .thenComparing(Production::stage).thenComparingInt(Production::year)
            .thenComparing(Production::producer).thenComparing(Production::provenance, PROVENANCE)
            .thenComparing(p -> p.quantity().basis()).thenComparingDouble(p -> p.quantity().tonnes())
            .thenComparing(Production::qualifier);
    static final Comparator<Reserve> RESERVE_ORDER = Comparator.comparing(Reserve::mineral)
            .thenComparingInt(Reserve::year).thenComparing(Reserve::holder)
            .thenComparing(Reserve::provenance, PROVENANCE).thenComparing(r -> r.quantity().basis())
            .thenComparingDouble(r -> r.quantity().tonnes()).thenComparing(Reserve::qualifier);
    /** By mineral, stage, year, from, to, provenance, origin, basis, tonnes, value (-1 when not given). */
    static final Comparator<Flow> FLOW_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = a.stage().compareTo(b.stage());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = a.from().compareTo(b.from());
        }
        if (c == 0) {
            c = a.to().compareTo(b.to());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.origin().compareTo(b.origin());
        }
        if (c == 0) {
            c = a.quantity().basis().compareTo(b.quantity().basis());
        }
        if (c == 0) {
            c = Double.compare(a.quantity().tonnes(), b.quantity().tonnes());
        }
        return c != 0 ? c : Double.compare(a.valueUsd().orElse(-1), b.valueUsd().orElse(-1));
    };
    static final Comparator<Stockpile> STOCKPILE_ORDER = Comparator.comparing(Stockpile::country)
            .thenComparing(Stockpile::mineral).thenComparingInt(Stockpile::year)
            .thenComparing(Stockpile::provenance, PROVENANCE).thenComparing(s -> s.quantity().basis())
            .thenComparingDouble(s -> s.quantity().tonnes());
    static final Comparator<Demand> DEMAND_ORDER = Comparator.comparing(Demand::country)
            .thenComparing(Demand::mineral).thenComparingInt(Demand::year)
            .thenComparing(Demand::provenance, PROVENANCE).thenComparing(s -> s.quantity().basis())
            .thenComparingDouble(s -> s.quantity().tonnes())
            .thenComparing(d -> d.scenario().orElse("")).thenComparing(d -> d.sector().orElse(""));
    /** By mineral, stage, year, actor, statistic, provenance, kind. */
    static final Comparator<DataGap> GAP_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = a.stage().compareTo(b.stage());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = a.actor().compareTo(b.actor());
        }
        if (c == 0) {
            c = a.statistic().compareTo(b.statistic());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        return c != 0 ? c : a.kind().compareTo(b.kind());
    };
    static final Comparator<ImportReliance> RELIANCE_ORDER = Comparator.comparing(ImportReliance::country)
            .thenComparing(ImportReliance::mineral).thenComparingInt(ImportReliance::year)
            .thenComparing(ImportReliance::provenance, PROVENANCE).thenComparing(ImportReliance::qualifier)
            .thenComparingDouble(ImportReliance::share);
    static final Comparator<ImportSource> SOURCE_ORDER = Comparator.comparing(ImportSource::importer)
            .thenComparing(ImportSource::mineral).thenComparingInt(ImportSource::fromYear)
            .thenComparingInt(ImportSource::toYear).thenComparing(ImportSource::exporter)
            .thenComparing(ImportSource::provenance, PROVENANCE).thenComparingDouble(ImportSource::share);
    static final Comparator<WorldTotal> WORLD_TOTAL_ORDER = Comparator.comparing(WorldTotal::mineral)
            .thenComparing(WorldTotal::stage).thenComparingInt(WorldTotal::year)
            .thenComparing(WorldTotal::provenance, PROVENANCE).thenComparing(WorldTotal::qualifier)
            .thenComparingDouble(w -> w.total().map(Quantity::tonnes).orElse(-1.0))
            .thenComparingDouble(w -> w.restOfWorld().map(Quantity::tonnes).orElse(-1.0));
    static final Comparator<Price> PRICE_ORDER = Comparator.comparing(Price::mineral)
            .thenComparingInt(Price::year).thenComparing(Price::kind).thenComparing(Price::provenance, PROVENANCE)
            .thenComparing(Price::description).thenComparing(Price::basis).thenComparing(Price::qualifier)
            .thenComparingDouble(Price::usdPerTonne);
    static final Comparator<GovernanceScore> GOVERNANCE_ORDER = Comparator.comparing(GovernanceScore::country)
            .thenComparingInt(GovernanceScore::year).thenComparing(GovernanceScore::provenance, PROVENANCE)
            .thenComparingInt(GovernanceScore::dimensions).thenComparingDouble(GovernanceScore::estimate);
    static final Comparator<RecyclingInputRate> RECYCLING_ORDER = Comparator
            .comparing(RecyclingInputRate::region).thenComparing(RecyclingInputRate::mineral)
            .thenComparing(RecyclingInputRate::provenance, PROVENANCE).thenComparingDouble(RecyclingInputRate::rate);
    static final Comparator<BasisConversion> CONVERSION_ORDER = Comparator
            .comparing(BasisConversion::mineral).thenComparing(BasisConversion::stage)
            .thenComparing(BasisConversion::basis).thenComparing(BasisConversion::provenance, PROVENANCE)
            .thenComparingDouble(BasisConversion::central);

    private RecordOrder() {}
}
