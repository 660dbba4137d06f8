package org.msp.graph.concentration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import org.msp.model.Stage;

/**
 * The EU supply risk of one mineral computed on a dataset, with every input the dataset lacked and what was
 * assumed in its place (see {@link SupplyRiskSurvey} for the rules).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mineral      mineral id
 * @param year         calendar year
 * @param result       the score per stage and the bottleneck; empty when no stage could be assessed (no
 *                     production of the mineral at mining or refining in the year)
 * @param euFromTrade  the stages whose EU sourcing and import reliance come from the EU members' production
 *                     and extra-EU trade; at the other assessed stages the EU sourcing is taken to be the global
 *                     supply mix, so that import reliance drops out of the formula
 * @param assumptions  what was missing and what was assumed, one sentence each, in stage order
 */
public record SupplyRiskAssessment(String mineral, int year, Optional<SupplyRiskScore> result,
        SortedSet<Stage> euFromTrade, List<String> assumptions) {
    public SupplyRiskAssessment {
        Objects.requireNonNull(mineral, "SupplyRiskAssessment.mineral is null");
        Objects.requireNonNull(result, "SupplyRiskAssessment.result is null");
        euFromTrade = ImmutableSortedSet.copyOf(Objects.requireNonNull(euFromTrade,
                "SupplyRiskAssessment.euFromTrade is null"));
        assumptions = ImmutableList.copyOf(assumptions);
    }

    /** Returns true if at least one stage was assessed. */
    public boolean isDetermined() {
        return result.isPresent();
    }

    /** Returns SR at the bottleneck stage, or empty if undetermined. */
    public OptionalDouble supplyRisk() {
        return result.map(r -> OptionalDouble.of(r.supplyRisk())).orElse(OptionalDouble.empty());
    }

    /** Returns the bottleneck stage, or empty if undetermined. */
    public Optional<Stage> bottleneckStage() {
        return result.map(SupplyRiskScore::bottleneckStage);
    }

    /** Returns true if the bottleneck stage's EU sourcing comes from trade (not the global mix). */
    public boolean bottleneckFromTrade() {
        return result.isPresent() && euFromTrade.contains(result.get().bottleneckStage());
    }

    /**
     * Returns a line with SR and the bottleneck stage, one line per stage with its terms, then one line per
     * assumption (at most eight, then a count), e.g. {@code "EU supply risk magnesium 2024: SR 3.85 at REFINING
     * (>= 1)"}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (result.isPresent()) {
            SupplyRiskScore r = result.get();
            b.append(String.format(Locale.ROOT, "EU supply risk %s %d: SR %.2f at %s%s", mineral, year, r.supplyRisk(),
                    r.bottleneckStage(), r.isAboveThreshold() ? " (>= 1)" : ""));
            for (StageRisk s : r.stages()) {
                b.append(euFromTrade.contains(s.stage())
                        ? String.format(Locale.ROOT, "\n  %s: SR %.2f (HHI_WGI,t global %.2f, EU sourcing %.2f from EU "
                                + "production and extra-EU trade, IR %.2f)", s.stage(), s.supplyRisk(),
                                s.hhiWgiGlobal(), s.hhiWgiEu(), s.importReliance())
                        : String.format(Locale.ROOT, "\n  %s: SR %.2f (HHI_WGI,t global %.2f; EU sourcing taken as the "
                                + "global mix, IR not used)", s.stage(), s.supplyRisk(), s.hhiWgiGlobal()));
            }
        } else {
            b.append("EU supply risk ").append(mineral).append(' ').append(year).append(": undetermined");
        }
        int shown = Math.min(8, assumptions.size());
        for (int i = 0; i < shown; i++) {
            b.append("\n  assumed: ").append(assumptions.get(i));
        }
        if (assumptions.size() > shown) {
            b.append("\n  ... ").append(assumptions.size() - shown).append(" more assumptions");
        }
        return b.toString();
    }
}
