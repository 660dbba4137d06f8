package org.msp.model;

import java.util.Comparator;

/**
 * The order of each of {@link Dataset}'s lists (the order its Javadoc states and the JSON format writes): by
 * mineral, stage, year, actor, then provenance, or by id. Stateless.
 */
final class RecordOrder {
    // Written out rather than chained (Comparator.comparing(...).thenComparing(...)): every list is ordered or
    // checked for order on every load, a chain costs a call per key, and in a JVM that has just started each
    // link of a chain is a lambda to bootstrap (some 80 for the chains these replaced, ~10 ms).
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
    /** By mineral, stage, year, producer, provenance, basis, tonnes, qualifier. */
    static final Comparator<Production> PRODUCTION_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = a.stage().compareTo(b.stage());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = a.producer().compareTo(b.producer());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.quantity().basis().compareTo(b.quantity().basis());
        }
        if (c == 0) {
            c = Double.compare(a.quantity().tonnes(), b.quantity().tonnes());
        }
        return c != 0 ? c : a.qualifier().compareTo(b.qualifier());
    };
    /** By mineral, year, holder, provenance, basis, tonnes, qualifier. */
    static final Comparator<Reserve> RESERVE_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = a.holder().compareTo(b.holder());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.quantity().basis().compareTo(b.quantity().basis());
        }
        if (c == 0) {
            c = Double.compare(a.quantity().tonnes(), b.quantity().tonnes());
        }
        return c != 0 ? c : a.qualifier().compareTo(b.qualifier());
    };
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
    /** By country, mineral, year, provenance, basis, tonnes. */
    static final Comparator<Stockpile> STOCKPILE_ORDER = (a, b) -> {
        int c = a.country().compareTo(b.country());
        if (c == 0) {
            c = a.mineral().compareTo(b.mineral());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.quantity().basis().compareTo(b.quantity().basis());
        }
        return c != 0 ? c : Double.compare(a.quantity().tonnes(), b.quantity().tonnes());
    };
    /** By country, mineral, year, provenance, basis, tonnes, scenario ("" when none), sector ("" when none). */
    static final Comparator<Demand> DEMAND_ORDER = (a, b) -> {
        int c = a.country().compareTo(b.country());
        if (c == 0) {
            c = a.mineral().compareTo(b.mineral());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.quantity().basis().compareTo(b.quantity().basis());
        }
        if (c == 0) {
            c = Double.compare(a.quantity().tonnes(), b.quantity().tonnes());
        }
        if (c == 0) {
            c = a.scenario().orElse("").compareTo(b.scenario().orElse(""));
        }
        return c != 0 ? c : a.sector().orElse("").compareTo(b.sector().orElse(""));
    };
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
    /** By country, mineral, year, provenance, qualifier, share. */
    static final Comparator<ImportReliance> RELIANCE_ORDER = (a, b) -> {
        int c = a.country().compareTo(b.country());
        if (c == 0) {
            c = a.mineral().compareTo(b.mineral());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.qualifier().compareTo(b.qualifier());
        }
        return c != 0 ? c : Double.compare(a.share(), b.share());
    };
    /** By importer, mineral, first year, last year, exporter, provenance, share. */
    static final Comparator<ImportSource> SOURCE_ORDER = (a, b) -> {
        int c = a.importer().compareTo(b.importer());
        if (c == 0) {
            c = a.mineral().compareTo(b.mineral());
        }
        if (c == 0) {
            c = Integer.compare(a.fromYear(), b.fromYear());
        }
        if (c == 0) {
            c = Integer.compare(a.toYear(), b.toYear());
        }
        if (c == 0) {
            c = a.exporter().compareTo(b.exporter());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        return c != 0 ? c : Double.compare(a.share(), b.share());
    };
    /** By mineral, stage, year, provenance, qualifier, total tonnes, rest-of-world tonnes (-1 when not given). */
    static final Comparator<WorldTotal> WORLD_TOTAL_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = a.stage().compareTo(b.stage());
        }
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.qualifier().compareTo(b.qualifier());
        }
        if (c == 0) {
            c = Double.compare(tonnesOrMinusOne(a.total()), tonnesOrMinusOne(b.total()));
        }
        return c != 0 ? c : Double.compare(tonnesOrMinusOne(a.restOfWorld()), tonnesOrMinusOne(b.restOfWorld()));
    };
    /** By mineral, year, kind, provenance, description, basis, qualifier, US$ a tonne. */
    static final Comparator<Price> PRICE_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = a.description().compareTo(b.description());
        }
        if (c == 0) {
            c = a.basis().compareTo(b.basis());
        }
        if (c == 0) {
            c = a.qualifier().compareTo(b.qualifier());
        }
        return c != 0 ? c : Double.compare(a.usdPerTonne(), b.usdPerTonne());
    };
    /** By country, year, provenance, dimensions, estimate. */
    static final Comparator<GovernanceScore> GOVERNANCE_ORDER = (a, b) -> {
        int c = a.country().compareTo(b.country());
        if (c == 0) {
            c = Integer.compare(a.year(), b.year());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        if (c == 0) {
            c = Integer.compare(a.dimensions(), b.dimensions());
        }
        return c != 0 ? c : Double.compare(a.estimate(), b.estimate());
    };
    /** By region, mineral, provenance, rate. */
    static final Comparator<RecyclingInputRate> RECYCLING_ORDER = (a, b) -> {
        int c = a.region().compareTo(b.region());
        if (c == 0) {
            c = a.mineral().compareTo(b.mineral());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        return c != 0 ? c : Double.compare(a.rate(), b.rate());
    };
    /** By mineral, stage, basis, provenance, central factor. */
    static final Comparator<BasisConversion> CONVERSION_ORDER = (a, b) -> {
        int c = a.mineral().compareTo(b.mineral());
        if (c == 0) {
            c = a.stage().compareTo(b.stage());
        }
        if (c == 0) {
            c = a.basis().compareTo(b.basis());
        }
        if (c == 0) {
            c = PROVENANCE.compare(a.provenance(), b.provenance());
        }
        return c != 0 ? c : Double.compare(a.central(), b.central());
    };

    private static double tonnesOrMinusOne(java.util.Optional<Quantity> q) {
        return q.isPresent() ? q.get().tonnes() : -1;
    }

    private RecordOrder() {}
}
