package org.msp.graph.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.msp.graph.dependency.NetImportRelianceAlgorithm;
import org.msp.graph.dependency.Reliance;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * {@link SupplyRiskAlgorithm} by the EU method (European Commission JRC, "Methodology for establishing the EU list of
 * critical raw materials", 2017; used for the 2020 and 2023 lists).
 *
 * <p><b>Formula</b>, at each of extraction (mining) and processing (refining):
 * <pre>{@code
 * SR = [HHI_WGI,t(global supply) · IR/2 + HHI_WGI,t(EU sourcing) · (1 − IR/2)] · (1 − EoL_RIR) · SI_SR
 * HHI_WGI,t = Σ_c s_c² · WGI_c · t_c
 * IR = (imports − exports) / (domestic production + imports − exports), clamped to [0, 1]
 * }</pre>
 * Global shares come from the dataset's production table of the stage; EU sourcing, WGI, trade factors,
 * EoL_RIR and SI_SR from {@link SupplyRiskInputs}; IR from the inputs or, failing that, from the dataset's
 * extra-EU trade for the given members (0 when apparent consumption is not positive). A stage is assessed when
 * all its inputs are present; the higher SR is the bottleneck.
 *
 * <p>Running time O(P + F) over the tables read. This class is immutable and thread-safe.
 */
public final class EuSupplyRisk implements SupplyRiskAlgorithm {
    private static final List<Stage> STAGES = List.of(Stage.MINING, Stage.REFINING);
    private final Dataset dataset;

    /** Returns the method over {@code dataset}. */
    public EuSupplyRisk(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public SupplyRiskScore assess(SupplyRiskInputs in) {
        Objects.requireNonNull(in, "inputs");
        List<StageRisk> risks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Stage s : STAGES) {
            if (dataset.productions(in.mineral(), s, in.year()).isEmpty()) {
                missing.add(s + ": no global production in the dataset");
                continue;
            }
            Map<String, Double> eu = in.euSourcing().get(s);
            if (eu == null || eu.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                missing.add(s + ": no EU sourcing");
                continue;
            }
            OptionalDouble ir = importReliance(in, s);
            if (ir.isEmpty()) {
                missing.add(s + ": no import reliance and no EU members to compute it");
                continue;
            }
            MarketConcentration global = Concentrations.of(dataset, in.mineral(), s, in.year());
            MarketConcentration sourcing = MarketConcentration.of(in.mineral(), s, in.year(), eu, "EU sourcing");
            double g = global.governanceWeightedHhi(in.governance(), in.tradeFactors());
            double e = sourcing.governanceWeightedHhi(in.governance(), in.tradeFactors());
            double r = ir.getAsDouble();
            double sr = (g * r / 2 + e * (1 - r / 2)) * (1 - in.eolRecyclingInputRate()) * in.substitutionIndex();
            risks.add(new StageRisk(s, g, e, r, sr));
        }
        if (risks.isEmpty()) {
            throw new IllegalArgumentException("EU supply risk of " + in.mineral() + " " + in.year()
                    + ": no stage has all its inputs (" + String.join("; ", missing) + ")");
        }
        return new SupplyRiskScore(in.mineral(), in.year(), risks);
    }

    private OptionalDouble importReliance(SupplyRiskInputs in, Stage s) {
        Double given = in.importReliance().get(s);
        if (given != null) {
            return OptionalDouble.of(given);
        }
        if (in.euMembers().isEmpty()) {
            return OptionalDouble.empty();
        }
        Reliance r = NetImportRelianceAlgorithm.of(dataset).reliance(in.euMembers(), in.mineral(), s, in.year());
        double net = r.totalImports() - r.exports();
        double ac = r.production() + net;
        return OptionalDouble.of(ac <= 0 ? 0 : Math.max(0, Math.min(1, net / ac)));
    }

    @Override
    public String toString() {
        return "EuSupplyRisk[" + dataset.name() + "]";
    }
}
