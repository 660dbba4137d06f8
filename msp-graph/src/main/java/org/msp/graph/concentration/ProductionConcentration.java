package org.msp.graph.concentration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;

/**
 * {@link ConcentrationAlgorithm} of a dataset's production: a production table summed by country, a facility counted
 * in its host country, as shares of the world total the same source and edition report beside the table.
 *
 * <p>The table is the preferred source's ({@link Dataset#productions(String, Stage, int)}), or one source's
 * latest edition ({@link ConcentrationAlgorithm#ofProduction(Dataset, String)}); its world total is
 * {@link Dataset#worldTotal(String, Stage, int)}, from the same source and edition. The rest of the world is
 * the world total less the listed countries (it holds the source's "Other countries" or "Rest of world" line
 * and any country whose figure is withheld); where the source prints only the rest-of-world line, the world
 * total is the listed countries plus that line. If the listed countries exceed the world total, shares are of
 * the listed countries and the excess is reported. Where the source reports no world total, shares are of the
 * listed countries and the result says so ({@link MarketConcentration.Denominator#LISTED_COUNTRIES}); so they
 * are with {@link ConcentrationAlgorithm#ofListedCountries(Dataset)} for every table.
 *
 * <p>Countries the same source and edition list without a figure (a {@link DataGap}: USGS "W" withheld,
 * "NA") are named in the result ({@link MarketConcentration#withheld()}): never read as zero, their output is
 * inside the rest of the world.
 *
 * <p>Running time O(P + G) for P production figures in the table and G data gaps in the dataset. This class is immutable and thread-safe.
 */
public final class ProductionConcentration implements ConcentrationAlgorithm {
    private final Dataset dataset;
    private final Optional<String> source;
    private final boolean ofWorld;

    /** Returns the concentration of {@code dataset}'s preferred production tables, shares of world output. */
    public ProductionConcentration(Dataset dataset) {
        this(dataset, Optional.empty(), true);
    }

    /**
     * Returns the concentration of {@code dataset}'s production tables.
     *
     * @param source  the source whose tables to read (its latest edition), or empty for the preferred source
     * @param ofWorld shares of the reported world total ({@code true}) or of the listed countries
     */
    ProductionConcentration(Dataset dataset, Optional<String> source, boolean ofWorld) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.source = Objects.requireNonNull(source, "source");
        this.ofWorld = ofWorld;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the table mixes bases, or its world total is on another basis
     */
    @Override
    public MarketConcentration concentration(String mineral, Stage stage, int year) {
        List<Production> table = source.isPresent() ? dataset.productions(mineral, stage, year, source.get())
                : dataset.productions(mineral, stage, year);
        if (table.isEmpty()) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " has no production of " + mineral
                    + " at stage " + stage + " in " + year + source.map(s -> " from " + s).orElse(""));
        }
        Basis basis = table.get(0).quantity().basis();
        Map<String, Double> byCountry = new TreeMap<>();
        for (Production p : table) {
            if (p.quantity().basis() != basis) {
                throw new IllegalArgumentException("production table of " + mineral + "/" + stage + " " + year
                        + " mixes bases: " + p + " is on " + p.quantity().basis() + ", " + table.get(0) + " on " + basis);
            }
            String c = dataset.countryOf(p.producer());
            byCountry.merge(c, p.quantity().tonnes(), Double::sum);
        }
        Provenance pv = table.get(0).provenance();
        String from = pv.source() + " " + pv.edition();
        TreeSet<String> withheld = new TreeSet<>();
        for (DataGap g : dataset.gaps(mineral, stage, year)) {
            if (g.actor().isCountry()
                    && g.statistic().equals("production") && g.provenance().source().equals(pv.source())
                    && g.provenance().edition().equals(pv.edition()) && !byCountry.containsKey(g.actor().id())) {
                withheld.add(g.actor().id());
            }
        }
        if (!ofWorld) {
            return MarketConcentration.of(mineral, stage, year, byCountry, from).withWithheld(withheld);
        }
        Optional<WorldTotal> world = source.isPresent() ? dataset.worldTotal(mineral, stage, year, source.get())
                : dataset.worldTotal(mineral, stage, year);
        if (world.isEmpty()) {
            return MarketConcentration.of(mineral, stage, year, byCountry, from + ", no world total reported")
                    .withWithheld(withheld);
        }
        WorldTotal w = world.get();
        if (w.basis() != basis) {
            throw new IllegalArgumentException(w + " is on basis " + w.basis() + ", its table on " + basis);
        }
        if (w.total().isPresent()) {
            return MarketConcentration.ofWorldTotal(mineral, stage, year, byCountry, w.total().get().tonnes(), from)
                    .withWithheld(withheld);
        }
        return MarketConcentration.of(mineral, stage, year, byCountry,
                w.restOfWorld().map(Quantity::tonnes).orElseThrow(), from).withWithheld(withheld);
    }

    @Override
    public String toString() {
        return "ProductionConcentration[" + dataset.name() + source.map(s -> ", " + s).orElse("")
                + (ofWorld ? ", shares of world output" : ", shares of the listed countries") + "]";
    }
}
