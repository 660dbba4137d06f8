package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.model.Stage;

/**
 * The EU supply risk of a mineral in a year: SR at each stage with inputs, and the bottleneck stage (the
 * higher SR), whose value counts (JRC 2017).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mineral mineral id
 * @param year    calendar year
 * @param stages  the stages assessed, in stage order, at least one
 */
public record SupplyRiskScore(String mineral, int year, List<StageRisk> stages) {
    /** The EU criticality threshold for supply risk. */
    public static final double THRESHOLD = 1.0;

    public SupplyRiskScore {
        Objects.requireNonNull(mineral, "SupplyRiskScore.mineral is null");
        stages = ImmutableList.sortedCopyOf(Comparator.comparing(StageRisk::stage), stages);
        Preconditions.checkArgument(!stages.isEmpty(), "SupplyRiskScore.stages is empty");
    }

    /** Returns the bottleneck: the stage with the highest SR (the earlier stage on a tie). */
    public StageRisk bottleneck() {
        StageRisk best = stages.get(0);
        for (StageRisk s : stages) {
            if (s.supplyRisk() > best.supplyRisk()) {
                best = s;
            }
        }
        return best;
    }

    /** Returns the supply risk: the SR of the bottleneck stage. */
    public double supplyRisk() {
        return bottleneck().supplyRisk();
    }

    /** Returns the bottleneck stage. */
    public Stage bottleneckStage() {
        return bottleneck().stage();
    }

    /** Returns true if SR reaches the EU threshold of 1. */
    public boolean isAboveThreshold() {
        return supplyRisk() >= THRESHOLD;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "EU supply risk %s %d: SR %.2f at %s%s", mineral,
                year, supplyRisk(), bottleneckStage(), isAboveThreshold() ? " (>= 1)" : ""));
        for (StageRisk s : stages) {
            b.append("\n  ").append(s);
        }
        return b.toString();
    }
}
