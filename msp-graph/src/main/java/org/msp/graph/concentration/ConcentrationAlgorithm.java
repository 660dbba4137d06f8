package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * The concentration of a stage's output among countries: shares, top-k shares, HHI, effective number of
 * suppliers, governance-weighted HHI (see {@link MarketConcentration} for the definitions), trends between
 * years and the IEA's headline average top-3 share.
 *
 * <p>Two implementations: {@link ProductionConcentration} reads a dataset's preferred production table and
 * measures each country's share of the world total its source reports, the rest of the world a named
 * residual (the default of {@link #of(Dataset, String, Stage, int)}); {@link NetworkConcentration} reads the
 * output of each node of a built network, shares of the network's countries. Both count a facility in its
 * host country. Implementations are stateless and thread-safe.
 *
 * <pre>{@code
 * Concentrations.of(dataset, "gallium", Stage.REFINING, 2024)           // shares of world output
 * ConcentrationAlgorithm.ofListedCountries(dataset).concentration("gallium", Stage.REFINING, 2024)
 * ConcentrationAlgorithm.ofProduction(dataset).trend("graphite", Stage.MINING, 3, 2020, 2024)
 * ConcentrationAlgorithm.ofProduction(dataset).averageTopShare(Stage.REFINING, 2023, 3, "copper", "lithium")
 * }</pre>
 */
public interface ConcentrationAlgorithm {
    /**
     * Returns the concentration of {@code mineral} at {@code stage} in {@code year}.
     *
     * @throws IllegalArgumentException if there is no positive output to measure
     */
    MarketConcentration concentration(String mineral, Stage stage, int year);

    /**
     * Returns the concentration in each of {@code years} (sorted) with the change between them.
     *
     * @param k the k of the top-k share to follow
     * @throws IllegalArgumentException if no year is given, k is not positive, or a year has no output
     */
    default ConcentrationTrend trend(String mineral, Stage stage, int k, int... years) {
        Preconditions.checkArgument(years.length > 0, "no year given for the trend of %s/%s", mineral, stage);
        int[] sorted = years.clone();
        java.util.Arrays.sort(sorted);
        List<MarketConcentration> rs = new ArrayList<>();
        for (int y : sorted) {
            rs.add(concentration(mineral, stage, y));
        }
        return new ConcentrationTrend(mineral, stage, k, rs);
    }

    /**
     * Returns the average top-k share over {@code minerals} at {@code stage} in {@code year}: the simple mean
     * of each mineral's CR_k, the IEA's headline measure (k = 3: "average top-3 share of refining"), each CR_k
     * measured as {@link #concentration} measures it (of world output, for {@link #ofProduction(Dataset)}).
     *
     * @throws IllegalArgumentException if no mineral is given or one has no output
     */
    default AverageTopShare averageTopShare(Stage stage, int year, int k, String... minerals) {
        Preconditions.checkArgument(minerals.length > 0, "no mineral given for the average top-%s share", k);
        TreeMap<String, Double> m = new TreeMap<>();
        for (String id : minerals) {
            m.put(id, concentration(id, stage, year).topShare(k));
        }
        return new AverageTopShare(stage, year, k, m);
    }

    /**
     * Returns the concentration of a dataset's preferred production tables as shares of world output: of the
     * world total the table's source reports, the rest of the world a named residual (see
     * {@link ProductionConcentration}); shares of the listed countries, labelled, where no total is reported.
     */
    static ConcentrationAlgorithm ofProduction(Dataset dataset) {
        return new ProductionConcentration(dataset);
    }

    /**
     * Returns the concentration of the production tables of one {@code source} (its latest edition with a
     * table), as shares of the world total that source reports.
     */
    static ConcentrationAlgorithm ofProduction(Dataset dataset, String source) {
        return new ProductionConcentration(dataset, java.util.Optional.of(Objects.requireNonNull(source, "source")),
                true);
    }

    /**
     * Returns the concentration of a dataset's preferred production tables as shares of the listed countries
     * alone: the rest of the world left out of the denominator, which overstates every share wherever the
     * source reports more world output than it lists.
     */
    static ConcentrationAlgorithm ofListedCountries(Dataset dataset) {
        return new ProductionConcentration(dataset, java.util.Optional.empty(), false);
    }

    /**
     * Returns the concentration of a network's node outputs; facility nodes are refused (use
     * {@link #ofNetwork(Dataset, SupplyNetwork)}).
     */
    static ConcentrationAlgorithm ofNetwork(SupplyNetwork network) {
        return new NetworkConcentration(network, null);
    }

    /** Returns the concentration of a network's node outputs, facilities counted in their dataset country. */
    static ConcentrationAlgorithm ofNetwork(Dataset dataset, SupplyNetwork network) {
        return new NetworkConcentration(network, Objects.requireNonNull(dataset, "dataset"));
    }
}
