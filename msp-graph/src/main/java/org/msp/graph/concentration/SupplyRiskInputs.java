package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.msp.model.Stage;

/**
 * The user-supplied inputs of the EU supply-risk formula (JRC 2017) for one mineral and year, besides the
 * global production shares, which come from the dataset.
 *
 * <p>Made by {@link #of} and completed with the {@code with} methods, each of which returns a modified copy.
 * This class is immutable and thread-safe.
 *
 * @param mineral               mineral id
 * @param year                  calendar year
 * @param governance            governance score per ISO3 code (World Bank WGI rescaled to 0–10, higher is worse)
 * @param tradeFactors          trade factor t_c per ISO3 code (export restrictions raise it, agreements lower it);
 *                              1 for a country not listed
 * @param euSourcing            per stage, the EU's sourcing by country (tonnes or shares; normalised): domestic
 *                              production plus imports by origin
 * @param importReliance        per stage, the EU's import reliance IR if supplied; otherwise computed from the
 *                              dataset for {@code euMembers}
 * @param euMembers             ISO3 codes of the EU members, to compute IR from the dataset (may be empty when IR is
 *                              supplied for every stage)
 * @param eolRecyclingInputRate end-of-life recycling input rate EoL_RIR, 0 to 1
 * @param substitutionIndex     substitution index for supply risk SI_SR, 0 to 1
 */
public record SupplyRiskInputs(String mineral, int year, SortedMap<String, Double> governance,
        SortedMap<String, Double> tradeFactors, SortedMap<Stage, SortedMap<String, Double>> euSourcing,
        SortedMap<Stage, Double> importReliance, SortedSet<String> euMembers, double eolRecyclingInputRate,
        double substitutionIndex) {
    public SupplyRiskInputs {
        Objects.requireNonNull(mineral, "SupplyRiskInputs.mineral is null");
        governance = ImmutableSortedMap.copyOf(Objects.requireNonNull(governance, "SupplyRiskInputs.governance"));
        tradeFactors = ImmutableSortedMap.copyOf(Objects.requireNonNull(tradeFactors, "SupplyRiskInputs.tradeFactors"));
        ImmutableSortedMap.Builder<Stage, SortedMap<String, Double>> eu = ImmutableSortedMap.naturalOrder();
        for (Map.Entry<Stage, SortedMap<String, Double>> e
                : Objects.requireNonNull(euSourcing, "SupplyRiskInputs.euSourcing").entrySet()) {
            eu.put(e.getKey(), ImmutableSortedMap.copyOf(e.getValue()));
        }
        euSourcing = eu.build();
        importReliance = ImmutableSortedMap.copyOf(Objects.requireNonNull(importReliance,
                "SupplyRiskInputs.importReliance"));
        euMembers = ImmutableSortedSet.copyOf(Objects.requireNonNull(euMembers, "SupplyRiskInputs.euMembers"));
        for (Map.Entry<String, Double> e : governance.entrySet()) {
            Preconditions.checkArgument(e.getValue() >= 0 && e.getValue() <= 10,
                    "SupplyRiskInputs.governance of %s is outside 0..10: %s", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Double> e : tradeFactors.entrySet()) {
            Preconditions.checkArgument(e.getValue() >= 0 && Double.isFinite(e.getValue()),
                    "SupplyRiskInputs.tradeFactors of %s is negative or not finite: %s", e.getKey(), e.getValue());
        }
        for (Map.Entry<Stage, Double> e : importReliance.entrySet()) {
            Preconditions.checkArgument(e.getValue() >= 0 && e.getValue() <= 1,
                    "SupplyRiskInputs.importReliance at %s is outside 0..1: %s", e.getKey(), e.getValue());
        }
        Preconditions.checkArgument(eolRecyclingInputRate >= 0 && eolRecyclingInputRate <= 1,
                "SupplyRiskInputs.eolRecyclingInputRate is outside 0..1: %s", eolRecyclingInputRate);
        Preconditions.checkArgument(substitutionIndex >= 0 && substitutionIndex <= 1,
                "SupplyRiskInputs.substitutionIndex is outside 0..1: %s", substitutionIndex);
    }

    /** Returns inputs with governance scores, EoL_RIR and SI_SR, and nothing else yet. */
    public static SupplyRiskInputs of(String mineral, int year, Map<String, Double> governance,
            double eolRecyclingInputRate, double substitutionIndex) {
        return new SupplyRiskInputs(mineral, year, new TreeMap<>(governance), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), ImmutableSortedSet.of(), eolRecyclingInputRate, substitutionIndex);
    }

    /** Returns a copy with these trade factors. */
    public SupplyRiskInputs withTradeFactors(Map<String, Double> factors) {
        return new SupplyRiskInputs(mineral, year, governance, new TreeMap<>(factors), euSourcing, importReliance,
                euMembers, eolRecyclingInputRate, substitutionIndex);
    }

    /** Returns a copy with the EU's sourcing at {@code stage} (tonnes or shares by origin country). */
    public SupplyRiskInputs withEuSourcing(Stage stage, Map<String, Double> sourcing) {
        TreeMap<Stage, SortedMap<String, Double>> m = new TreeMap<>(euSourcing);
        m.put(stage, new TreeMap<>(sourcing));
        return new SupplyRiskInputs(mineral, year, governance, tradeFactors, m, importReliance, euMembers,
                eolRecyclingInputRate, substitutionIndex);
    }

    /** Returns a copy with the EU's import reliance at {@code stage} supplied. */
    public SupplyRiskInputs withImportReliance(Stage stage, double ir) {
        TreeMap<Stage, Double> m = new TreeMap<>(importReliance);
        m.put(stage, ir);
        return new SupplyRiskInputs(mineral, year, governance, tradeFactors, euSourcing, m, euMembers,
                eolRecyclingInputRate, substitutionIndex);
    }

    /** Returns a copy with the EU members whose trade gives IR where it is not supplied. */
    public SupplyRiskInputs withEuMembers(Set<String> members) {
        return new SupplyRiskInputs(mineral, year, governance, tradeFactors, euSourcing, importReliance,
                ImmutableSortedSet.copyOf(members), eolRecyclingInputRate, substitutionIndex);
    }
}
