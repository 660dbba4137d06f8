package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import org.msp.graph.Node;
import org.msp.model.Stage;

/**
 * A consumer's dependence on a bloc at one stage, three ways (Cheng et al. 2024): the proportional figure
 * and the minimum and maximum that any routing of the year's flows allows.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param consumer     the consumer node
 * @param stage        the stage at which the bloc's origin is counted
 * @param bloc         the bloc's origin labels (ISO3 codes, facility labels), sorted
 * @param supply       the consumer's supply, tonnes
 * @param minimum      tonnes that must come from the bloc: supply less the most the network delivers without
 *                     the bloc's supply at the stage
 * @param proportional tonnes from the bloc by proportional tracing
 * @param maximum      tonnes that can come from the bloc: the most the bloc's supply at the stage can
 *                     deliver to the consumer
 */
public record DependenceBounds(Node consumer, Stage stage, SortedSet<String> bloc, double supply, double minimum,
        double proportional, double maximum) {
    public DependenceBounds {
        Objects.requireNonNull(consumer, "DependenceBounds.consumer is null");
        Objects.requireNonNull(stage, "DependenceBounds.stage is null");
        bloc = ImmutableSortedSet.copyOf(Objects.requireNonNull(bloc, "DependenceBounds.bloc is null"));
        for (double x : new double[] {supply, minimum, proportional, maximum}) {
            Preconditions.checkArgument(x >= 0 && Double.isFinite(x),
                    "DependenceBounds of %s: an amount is negative or not finite: %s", consumer, x);
        }
    }

    private double share(double t) {
        return supply > 0 ? t / supply : 0;
    }

    /** Returns the minimum as a share of the supply. */
    public double minimumShare() {
        return share(minimum);
    }

    /** Returns the proportional figure as a share of the supply. */
    public double proportionalShare() {
        return share(proportional);
    }

    /** Returns the maximum as a share of the supply. */
    public double maximumShare() {
        return share(maximum);
    }

    /** Returns e.g. {@code "KOR/material/lithium on [CHN] at refining: 62.0% (bounds 40.0%..80.0% of 1,000 t)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s on %s at %s: %.1f%% (bounds %.1f%%..%.1f%% of %,.0f t)", consumer, bloc,
                stage, proportionalShare() * 100, minimumShare() * 100, maximumShare() * 100, supply);
    }
}
