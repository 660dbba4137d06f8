package org.msp.graph.arbitraries.internal;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import net.jqwik.api.arbitraries.IntegerArbitrary;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.ScenarioArbitrary;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Shock;
import org.msp.model.Stage;

/**
 * The implementation of {@link ScenarioArbitrary}: shocks on the countries, minerals and stages of one network,
 * each drawn from integer genes so that a shock shrinks to its simplest form (a full ban on all destinations, a
 * total capacity loss) and a scenario to fewer shocks. Immutable.
 */
public final class DefaultScenarioArbitrary extends ArbitraryDecorator<Scenario> implements ScenarioArbitrary {
    private final List<String> countries;
    private final List<String> minerals;
    private final List<Stage> stages;
    private final int minShocks;
    private final int maxShocks;
    private final boolean lossesOnly;

    /** Returns the arbitrary of 0 to 4 shocks of every kind against {@code network}. */
    public static DefaultScenarioArbitrary of(SupplyNetwork network) {
        TreeSet<String> cs = new TreeSet<>();
        TreeSet<Stage> ss = new TreeSet<>();
        for (Node v : network.nodes()) {
            if (!v.isUnknownSource() && v.isCountry()) {
                cs.add(v.actor().id());
                ss.add(v.stage());
            }
        }
        List<String> ms = new ArrayList<>(network.minerals());
        return new DefaultScenarioArbitrary(cs.isEmpty() ? ImmutableList.of("AUS") : ImmutableList.copyOf(cs),
                ms.isEmpty() ? ImmutableList.of("lithium") : ImmutableList.copyOf(ms),
                ss.isEmpty() ? ImmutableList.of(Stage.MINING) : ImmutableList.copyOf(ss), 0, 4, false);
    }

    private DefaultScenarioArbitrary(List<String> countries, List<String> minerals, List<Stage> stages, int minShocks,
            int maxShocks, boolean lossesOnly) {
        this.countries = countries;
        this.minerals = minerals;
        this.stages = stages;
        this.minShocks = minShocks;
        this.maxShocks = maxShocks;
        this.lossesOnly = lossesOnly;
    }

    @Override
    public ScenarioArbitrary withShocks(int min, int max) {
        Preconditions.checkArgument(min >= 0 && min <= max, "withShocks: need 0 <= min <= max, got %s, %s", min, max);
        return new DefaultScenarioArbitrary(countries, minerals, stages, min, max, lossesOnly);
    }

    @Override
    public ScenarioArbitrary lossesOnly() {
        return new DefaultScenarioArbitrary(countries, minerals, stages, minShocks, maxShocks, true);
    }

    @Override
    protected Arbitrary<Scenario> arbitrary() {
        Arbitrary<Shock> shock = lossesOnly ? Arbitraries.oneOf(exportBans(), capacityLosses())
                : Arbitraries.oneOf(exportBans(), capacityLosses(), newSupply(), demandGrowth(), recycling());
        return shock.list().ofMinSize(minShocks).ofMaxSize(maxShocks).map(Scenario::of);
    }

    /** Severity {@code 1 - g/100}: shrinks to 1, a full ban. */
    private static Arbitrary<Double> fullByDefault() {
        return uniform(0, 100).map(g -> (100 - g) / 100.0);
    }

    /** Export bans: severity, and targets (none, meaning all destinations, is the simplest). */
    public Arbitrary<Shock> exportBans() {
        return Combinators.combine(Arbitraries.of(countries), Arbitraries.of(minerals), Arbitraries.of(stages),
                fullByDefault(), Arbitraries.subsetOf(countries))
                .as((c, m, s, sev, targets) -> new Shock.ExportBan(c, ImmutableSortedSet.of(m), s, sev,
                        ImmutableSortedSet.copyOf(targets), ImmutableSortedSet.of(), ImmutableSortedMap.of(), ""));
    }

    /** Capacity losses at a country's node. */
    public Arbitrary<Shock> capacityLosses() {
        return Combinators.combine(Arbitraries.of(countries), Arbitraries.of(minerals), Arbitraries.of(stages),
                fullByDefault()).as(Shock.CapacityLoss::of);
    }

    private Arbitrary<Shock> newSupply() {
        return Combinators.combine(Arbitraries.of(countries), Arbitraries.of(minerals), Arbitraries.of(stages),
                uniform(0, 1000))
                .as((c, m, s, t) -> new Shock.NewSupply(c, m, s, t, "generated"));
    }

    private Arbitrary<Shock> demandGrowth() {
        return Combinators.combine(Arbitraries.of(countries), Arbitraries.of(minerals),
                uniform(0, 100)).as((c, m, g) -> new Shock.DemandGrowth(c, m, g / 100.0));
    }

    private Arbitrary<Shock> recycling() {
        return Combinators.combine(Arbitraries.of(countries), Arbitraries.of(minerals),
                uniform(0, 100)).as((c, m, g) -> new Shock.RecyclingShare(c, m, g / 100.0));
    }

    /** Returns the configuration, e.g. {@code ScenarioArbitrary[0-4 shocks on [AUS, CHN], [lithium], ...]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ScenarioArbitrary[%d-%d %sshocks on %s, %s, %s]", minShocks, maxShocks,
                lossesOnly ? "loss " : "", countries, minerals, stages);
    }

    /**
     * Integers spread evenly over [min, max]: jqwik's default distribution favours values near the shrinking
     * target, which would make almost every gene zero (no edges, no supply). Shrinking still goes to min.
     */
    static IntegerArbitrary uniform(int min, int max) {
        return net.jqwik.api.Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }
}
