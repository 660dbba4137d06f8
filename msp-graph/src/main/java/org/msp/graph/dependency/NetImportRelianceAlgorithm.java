package org.msp.graph.dependency;

import java.util.Set;
import java.util.SortedSet;
import java.util.Map;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * Net import reliance of a country or a group of countries on a mineral (the USGS definition, see
 * {@link Reliance}), its main import source, and the minerals for which one country is a consumer's main
 * source.
 *
 * <p>The implementation, {@link UsgsNetImportReliance}, computes from a dataset's production, flows and
 * stockpiles. Implementations are stateless and thread-safe.
 *
 * <pre>{@code
 * Dependencies.reliance(dataset, "USA", "gallium", 2023)                 // one figure
 * NetImportRelianceAlgorithm.of(dataset).mainSourceMinerals("USA", "CHN", 2023) // "21 of 50"
 * }</pre>
 */
public interface NetImportRelianceAlgorithm {
    /**
     * Returns the reliance of the group {@code importers} (one country, or several taken as one importer whose
     * internal trade does not count) on {@code mineral} at {@code stage} in {@code year}.
     *
     * @throws IllegalArgumentException if no importer is given, or the figures are on different bases
     */
    Reliance reliance(Set<String> importers, String mineral, Stage stage, int year);

    /** Returns the reliance of one country at a stage. */
    default Reliance reliance(String iso3, String mineral, Stage stage, int year) {
        return reliance(java.util.Collections.singleton(iso3), mineral, stage, year);
    }

    /**
     * Returns the reliance of one country at the mineral's {@linkplain #defaultStage default stage} for the
     * year.
     */
    default Reliance reliance(String iso3, String mineral, int year) {
        return reliance(iso3, mineral, defaultStage(mineral, year), year);
    }

    /**
     * Returns the stage at which reliance is measured when none is given: refining (the form the USGS measures
     * for most commodities) if there is refining production or trade of the mineral in the year, otherwise
     * mining.
     */
    Stage defaultStage(String mineral, int year);

    /**
     * Returns the minerals for which {@code source} is the main import source of {@code consumer} in
     * {@code year}, each at its default stage, among all minerals the consumer imports.
     */
    MainSourceMinerals mainSourceMinerals(String consumer, String source, int year);

    /** Returns the minerals of the dataset, for {@link #mainSourceMinerals}. */
    SortedSet<String> minerals();

    /**
     * Returns the USGS net import reliance bound to {@code dataset}, with figures on another basis than content
     * converted by the dataset's own factors at their central values
     * ({@link org.msp.graph.SupplyNetworks#contentFactors}).
     *
     * @throws NullPointerException if {@code dataset} is null
     */
    static NetImportRelianceAlgorithm of(Dataset dataset) {
        return new UsgsNetImportReliance(dataset, org.msp.graph.SupplyNetworks.contentFactors(dataset));
    }

    /**
     * Returns the USGS net import reliance bound to {@code dataset}, with figures on another basis than content
     * converted by {@code conversions} (per mineral, per basis, tonnes of content per tonne, as
     * {@link org.msp.graph.NetworkBuilder#conversion} takes them). Figures on a basis without a factor are still
     * refused when they meet figures on another basis.
     *
     * @throws NullPointerException if an argument is null
     */
    static NetImportRelianceAlgorithm of(Dataset dataset, Map<String, ? extends Map<Basis, Double>> conversions) {
        return new UsgsNetImportReliance(dataset, conversions);
    }
}
