package org.msp.graph.scenario;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of a scenario: one {@link ConsumerImpact} per consumer and mineral, ordered by mineral then
 * country. This class is immutable and thread-safe.
 *
 * @param scenario the scenario
 * @param year     the network's year
 * @param impacts  per consumer and mineral, ordered by mineral then country
 * @param undetermined the scenario's export bans whose effect the data cannot show ({@link Undetermined}): the
 *                 impacts leave their loss out, so an empty or unchanged table is not a finding that nobody loses
 */
public record Disruption(Scenario scenario, int year, List<ConsumerImpact> impacts, List<Undetermined> undetermined) {
    private static final int SHOWN = 8;

    public Disruption {
        Objects.requireNonNull(scenario, "Disruption.scenario is null");
        impacts = ImmutableList.copyOf(Objects.requireNonNull(impacts, "Disruption.impacts is null"));
        undetermined = ImmutableList.copyOf(Objects.requireNonNull(undetermined, "Disruption.undetermined is null"));
    }

    /** Returns the result with no undetermined shocks. */
    public Disruption(Scenario scenario, int year, List<ConsumerImpact> impacts) {
        this(scenario, year, impacts, List.of());
    }

    /** Returns the impact on {@code country}'s supply of {@code mineral}, if it is a consumer in the network. */
    public Optional<ConsumerImpact> impact(String country, String mineral) {
        return impacts.stream().filter(i -> i.country().equals(country) && i.mineral().equals(mineral)).findFirst();
    }

    /** Returns the impacts with a shortfall (no re-routing), the largest share first, then by mineral and country. */
    public List<ConsumerImpact> hardestHit() {
        return impacts.stream().filter(i -> i.shortfall() > 0)
                .sorted(Comparator.comparingDouble(ConsumerImpact::shortfallShare).reversed()
                        .thenComparing(ConsumerImpact::mineral).thenComparing(ConsumerImpact::country))
                .collect(ImmutableList.toImmutableList());
    }

    /** Returns every impact, one a line. */
    public String table() {
        return impacts.stream().map(ConsumerImpact::toString).collect(Collectors.joining("\n"));
    }

    /**
     * Returns the scenario, the (at most eight) hardest-hit consumers, one a line, and each undetermined shock with
     * its reason.
     */
    @Override
    public String toString() {
        List<ConsumerImpact> hit = hardestHit();
        StringBuilder b = new StringBuilder("Disruption[").append(year).append(", ").append(scenario)
                .append(": ").append(hit.size()).append(" of ").append(impacts.size())
                .append(" consumers lose supply");
        hit.stream().limit(SHOWN).forEach(i -> b.append("\n  ").append(i));
        if (hit.size() > SHOWN) {
            b.append("\n  ... ").append(hit.size() - SHOWN).append(" more");
        }
        undetermined.forEach(u -> b.append("\n  undetermined: ").append(u));
        return b.append("]").toString();
    }
}
