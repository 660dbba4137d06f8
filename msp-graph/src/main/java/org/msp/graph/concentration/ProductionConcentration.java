package org.msp.graph.concentration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.Production;
import org.msp.model.Stage;

/**
 * {@link Concentration} of a dataset's production: the preferred-source table
 * ({@link Dataset#productions(String, Stage, int)}) summed by country, a facility counted in its host country.
 *
 * <p>Running time O(P) for P production figures in the table. This class is immutable and thread-safe.
 */
public final class ProductionConcentration implements Concentration {
    private final Dataset dataset;

    /** Returns the concentration of {@code dataset}'s production tables. */
    public ProductionConcentration(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public ConcentrationResult concentration(String mineral, Stage stage, int year) {
        List<Production> table = dataset.productions(mineral, stage, year);
        if (table.isEmpty()) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " has no production of " + mineral
                    + " at stage " + stage + " in " + year);
        }
        Map<String, Double> byCountry = new TreeMap<>();
        for (Production p : table) {
            String c = p.producer().isCountry() ? p.producer().id()
                    : dataset.facility(p.producer().id()).map(Facility::country).orElseThrow(
                            () -> new IllegalArgumentException("production " + p + ": unknown facility"));
            byCountry.merge(c, p.quantity().tonnes(), Double::sum);
        }
        var pv = table.get(0).provenance();
        return ConcentrationResult.of(mineral, stage, year, byCountry, pv.source() + " " + pv.edition());
    }

    @Override
    public String toString() {
        return "ProductionConcentration[" + dataset.name() + "]";
    }
}
