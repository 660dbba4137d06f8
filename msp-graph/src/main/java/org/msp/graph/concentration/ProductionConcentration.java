package org.msp.graph.concentration;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.msp.data.NameKind;
import org.msp.data.ReportedTotal;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/**
 * {@link Concentration} of a dataset's production: the preferred-source table
 * ({@link Dataset#productions(String, Stage, int)}) summed by country, a facility counted in its host country.
 *
 * <p>With the totals a source prints beside its table ({@link ReportedTotal}: a world total, or a "rest of
 * world" line, of the same source and edition), the output the table does not attribute to a country counts
 * in the total as an {@linkplain ConcentrationResult#unattributed() unattributed remainder}: the world total
 * less the listed countries (never below 0), or else the rest-of-world figures. Shares are then shares of
 * world output, as the IEA and USGS compute them. Without totals, shares are of the listed countries.
 *
 * <p>Running time O(P + R) for P production figures in the table and R totals. This class is immutable and
 * thread-safe.
 */
public final class ProductionConcentration implements Concentration {
    private final Dataset dataset;
    private final List<ReportedTotal> totals;

    /** Returns the concentration of {@code dataset}'s production tables, shares of the listed countries. */
    public ProductionConcentration(Dataset dataset) {
        this(dataset, List.of());
    }

    /** Returns the concentration of {@code dataset}'s production tables, shares of the reported world totals. */
    public ProductionConcentration(Dataset dataset, Collection<ReportedTotal> totals) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.totals = ImmutableList.copyOf(totals);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the table mixes bases, or its total is on another basis
     */
    @Override
    public ConcentrationResult concentration(String mineral, Stage stage, int year) {
        List<Production> table = dataset.productions(mineral, stage, year);
        if (table.isEmpty()) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " has no production of " + mineral
                    + " at stage " + stage + " in " + year);
        }
        Basis basis = table.get(0).quantity().basis();
        Map<String, Double> byCountry = new TreeMap<>();
        double listed = 0;
        for (Production p : table) {
            if (p.quantity().basis() != basis) {
                throw new IllegalArgumentException("production table of " + mineral + "/" + stage + " " + year
                        + " mixes bases: " + p + " is on " + p.quantity().basis() + ", " + table.get(0) + " on " + basis);
            }
            String c = p.producer().isCountry() ? p.producer().id()
                    : dataset.facility(p.producer().id()).map(Facility::country).orElseThrow(
                            () -> new IllegalArgumentException("production " + p + ": unknown facility"));
            byCountry.merge(c, p.quantity().tonnes(), Double::sum);
            listed += p.quantity().tonnes();
        }
        Provenance pv = table.get(0).provenance();
        double world = -1;
        double rest = 0;
        for (ReportedTotal t : totals) {
            if (!t.mineral().equals(mineral) || t.stage() != stage || t.year() != year
                    || !t.provenance().source().equals(pv.source()) || !t.provenance().edition().equals(pv.edition())) {
                continue;
            }
            if (t.quantity().basis() != basis) {
                throw new IllegalArgumentException(t + " is on basis " + t.quantity().basis() + ", its table on " + basis);
            }
            if (t.kind() == NameKind.WORLD_TOTAL) {
                world = Math.max(world, t.quantity().tonnes());
            } else {
                rest += t.quantity().tonnes();
            }
        }
        double unattributed = world >= 0 ? Math.max(0, world - listed) : rest;
        return ConcentrationResult.of(mineral, stage, year, byCountry, unattributed, pv.source() + " " + pv.edition());
    }

    @Override
    public String toString() {
        return "ProductionConcentration[" + dataset.name() + (totals.isEmpty() ? "" : ", " + totals.size() + " totals")
                + "]";
    }
}
