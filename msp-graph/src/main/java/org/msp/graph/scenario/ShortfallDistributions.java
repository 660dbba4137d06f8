package org.msp.graph.scenario;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of a Monte Carlo run: the shortfall distribution of each consumer and mineral (ordered by mineral
 * then country). Identical for the same network, shocks, trials and seed, whatever the number of threads. This
 * class is immutable and thread-safe.
 *
 * @param trials              number of trials
 * @param seed                the seed
 * @param shocks              the random shocks
 * @param distributions       per consumer and mineral
 * @param edgeScenarioUpdates edge-scenario updates the kernel did (in-edges visited × scenarios, loops included)
 * @param undetermined        the random export bans whose effect the data cannot show ({@link Undetermined}): the
 *                            distributions leave their loss out, so no consumer at risk is not a finding of no risk
 */
public record ShortfallDistributions(long trials, long seed, List<RandomShock> shocks,
        List<ShortfallDistribution> distributions, long edgeScenarioUpdates, List<Undetermined> undetermined) {
    private static final int SHOWN = 8;

    public ShortfallDistributions {
        shocks = ImmutableList.copyOf(Objects.requireNonNull(shocks, "ShortfallDistributions.shocks is null"));
        distributions = ImmutableList.copyOf(Objects.requireNonNull(distributions,
                "ShortfallDistributions.distributions is null"));
        undetermined = ImmutableList.copyOf(Objects.requireNonNull(undetermined,
                "ShortfallDistributions.undetermined is null"));
    }

    /** Returns the result with no undetermined shocks. */
    public ShortfallDistributions(long trials, long seed, List<RandomShock> shocks,
            List<ShortfallDistribution> distributions, long edgeScenarioUpdates) {
        this(trials, seed, shocks, distributions, edgeScenarioUpdates, List.of());
    }

    /** Returns the distribution of {@code country}'s shortfall of {@code mineral}, if it is a consumer. */
    public Optional<ShortfallDistribution> distribution(String country, String mineral) {
        return distributions.stream().filter(d -> d.country().equals(country) && d.mineral().equals(mineral))
                .findFirst();
    }

    /** Returns every distribution, one a line. */
    public String table() {
        return distributions.stream().map(ShortfallDistribution::toString).collect(Collectors.joining("\n"));
    }

    /**
     * Returns the run's size, the (at most eight) consumers with the largest mean shortfall and each undetermined
     * shock with its reason.
     */
    @Override
    public String toString() {
        List<ShortfallDistribution> top = distributions.stream().filter(d -> d.mean() > 0)
                .sorted(Comparator.comparingDouble(ShortfallDistribution::mean).reversed()
                        .thenComparing(ShortfallDistribution::mineral).thenComparing(ShortfallDistribution::country))
                .toList();
        StringBuilder b = new StringBuilder("ShortfallDistributions[").append(trials).append(" trials, seed ").append(seed)
                .append(", ").append(shocks.size()).append(" random shocks, ").append(top.size()).append(" of ")
                .append(distributions.size()).append(" consumers at risk");
        top.stream().limit(SHOWN).forEach(d -> b.append("\n  ").append(d));
        if (top.size() > SHOWN) {
            b.append("\n  ... ").append(top.size() - SHOWN).append(" more");
        }
        undetermined.forEach(u -> b.append("\n  undetermined: ").append(u));
        return b.append("]").toString();
    }
}
