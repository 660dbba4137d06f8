package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Provenance;

/**
 * World demand for a mineral in a future year under a named scenario, against the latest observed year: the
 * growth a projection such as the IEA's Stated Policies Scenario implies, turned into {@link Shock.DemandGrowth}
 * shocks for the consumers of a network.
 *
 * <p><b>Definition.</b> From a dataset's world demand over all uses ({@link Demand#WORLD}, no sector): the
 * projected figure {@code D(scenario, year)} and the observed figure {@code D(base)} of the latest observed year
 * {@code base <= year}, both of one source and edition (the latest edition when there are several). Growth
 * {@code g = D(scenario, year) / D(base) - 1}. {@link #shocks(SupplyNetwork)} gives every consumer of the mineral
 * in a network the same growth: the network's consumers are assumed to grow with the world, since the source
 * has no country breakdown; supply stays at the network's year, so the shortfall is what today's supply chain
 * lacks against the projected requirement.
 *
 * <pre>{@code
 * DemandOutlook li = DemandOutlook.require(world, "lithium", "steps", 2030);   // IEA STEPS: x2.2 from 2024
 * Scenario s = Scenario.of(Shock.ExportBan.of("CHN", "lithium", Stage.REFINING)).and(li.scenario(net));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mineral    mineral id
 * @param scenario   scenario id ({@code steps}, {@code aps}, {@code nze} for the IEA)
 * @param baseYear   the observed year the growth is measured from
 * @param baseTonnes world demand in the base year, tonnes
 * @param year       the projected year
 * @param tonnes     world demand in {@code year} under the scenario, tonnes
 * @param provenance where the projected figure comes from
 */
public record DemandOutlook(String mineral, String scenario, int baseYear, double baseTonnes, int year, double tonnes,
        Provenance provenance) {
    public DemandOutlook {
        Objects.requireNonNull(mineral, "DemandOutlook.mineral is null");
        Objects.requireNonNull(scenario, "DemandOutlook.scenario is null");
        checkArgument(baseYear <= year, "DemandOutlook.baseYear %s is after year %s", baseYear, year);
        checkArgument(baseTonnes > 0 && Double.isFinite(baseTonnes),
                "DemandOutlook.baseTonnes is not positive and finite: %s", baseTonnes);
        checkArgument(tonnes >= 0 && Double.isFinite(tonnes), "DemandOutlook.tonnes is negative or not finite: %s",
                tonnes);
        Objects.requireNonNull(provenance, "DemandOutlook.provenance is null");
    }

    /**
     * Returns the outlook of {@code mineral} under {@code scenario} (case-insensitive) in {@code year}, or empty
     * if the dataset lacks the projected or the observed world total. Running time: linear in the number of
     * demand figures.
     */
    public static Optional<DemandOutlook> of(Dataset dataset, String mineral, String scenario, int year) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(mineral, "mineral");
        String s = Objects.requireNonNull(scenario, "scenario").toLowerCase(Locale.ROOT);
        Optional<Demand> projected = worldTotals(dataset, mineral)
                .filter(d -> d.year() == year && d.scenario().equals(Optional.of(s)))
                .max(Comparator.comparing(d -> d.provenance().edition()));
        if (projected.isEmpty()) {
            return Optional.empty();
        }
        Provenance p = projected.get().provenance();
        Optional<Demand> base = worldTotals(dataset, mineral)
                .filter(d -> d.isObserved() && d.year() <= year && d.provenance().source().equals(p.source())
                        && d.provenance().edition().equals(p.edition()))
                .max(Comparator.comparingInt(Demand::year));
        if (base.isEmpty() || base.get().quantity().tonnes() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new DemandOutlook(mineral, s, base.get().year(), base.get().quantity().tonnes(), year,
                projected.get().quantity().tonnes(), p));
    }

    /**
     * Returns the outlook of {@code mineral} under {@code scenario} in {@code year}.
     *
     * @throws IllegalArgumentException naming what the dataset lacks: the scenario, the year, or a world total
     *                                  for the mineral (the IEA gives only clean-technology demand for most
     *                                  minerals)
     */
    public static DemandOutlook require(Dataset dataset, String mineral, String scenario, int year) {
        return of(dataset, mineral, scenario, year).orElseThrow(() -> new IllegalArgumentException(
                explain(dataset, mineral, scenario.toLowerCase(Locale.ROOT), year)));
    }

    private static String explain(Dataset dataset, String mineral, String scenario, int year) {
        String head = "no world demand projection for " + mineral + " under " + scenario.toUpperCase(Locale.ROOT)
                + " in " + year + ": ";
        List<Demand> world = dataset.demands().stream().filter(d -> d.isWorld() && d.mineral().equals(mineral))
                .toList();
        if (world.isEmpty()) {
            return head + "the dataset has no world demand for " + mineral;
        }
        if (world.stream().noneMatch(Demand::isAllUses)) {
            return head + "the dataset has only sector demand for " + mineral + " ("
                    + world.stream().map(d -> d.sector().orElseThrow()).distinct().sorted()
                            .collect(Collectors.joining(", ")) + "), not its total over all uses";
        }
        TreeSet<String> scenarios = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        world.stream().filter(Demand::isAllUses).forEach(d -> {
            d.scenario().ifPresent(scenarios::add);
            if (d.scenario().isPresent()) {
                years.add(d.year());
            }
        });
        return head + "the dataset has scenarios " + scenarios + " and projected years " + years;
    }

    /** Returns every world total-demand outlook of {@code scenario} in {@code year}, by mineral. */
    public static List<DemandOutlook> all(Dataset dataset, String scenario, int year) {
        return dataset.demands().stream().filter(d -> d.isWorld() && d.isAllUses()).map(Demand::mineral).distinct()
                .sorted().map(m -> of(dataset, m, scenario, year)).flatMap(Optional::stream)
                .collect(ImmutableList.toImmutableList());
    }

    private static java.util.stream.Stream<Demand> worldTotals(Dataset dataset, String mineral) {
        return dataset.demands().stream().filter(d -> d.isWorld() && d.isAllUses() && d.mineral().equals(mineral));
    }

    /** Returns the relative growth from the base year, {@code tonnes / baseTonnes - 1} (negative for a fall). */
    public double growth() {
        return tonnes / baseTonnes - 1;
    }

    /**
     * Returns one {@link Shock.DemandGrowth} of {@link #growth()} for each country that consumes the mineral in
     * {@code network} (every country with a node of the mineral, facilities counted for their host), sorted by
     * country.
     *
     * @throws IllegalArgumentException if demand falls ({@link Shock.DemandGrowth} models growth only: a fall
     *                                  would need supply to be withdrawn, which no shock states)
     */
    public List<Shock.DemandGrowth> shocks(SupplyNetwork network) {
        Objects.requireNonNull(network, "network");
        checkArgument(tonnes >= baseTonnes, "world demand for %s falls under %s from %s to %s (%s%%); DemandGrowth "
                + "models growth only", mineral, scenario.toUpperCase(Locale.ROOT), baseYear, year, pct(growth()));
        TreeSet<String> consumers = new TreeSet<>();
        for (Node n : network.nodes()) {
            if (!n.isUnknownSource() && n.mineral().equals(mineral)) {
                network.country(n).ifPresent(consumers::add);
            }
        }
        return consumers.stream().map(c -> new Shock.DemandGrowth(c, mineral, growth()))
                .collect(ImmutableList.toImmutableList());
    }

    /** Returns the scenario of {@link #shocks(SupplyNetwork)}. */
    public Scenario scenario(SupplyNetwork network) {
        return Scenario.of(shocks(network));
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%+.1f", x * 100);
    }

    /**
     * Returns e.g. {@code "lithium STEPS 2030: 455,487 t world demand, +122.2% on 2024 (205,000 t) [IEA Critical
     * Minerals Data Explorer May 2025]"}.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %d: %,.0f t world demand, %s%% on %d (%,.0f t) [%s %s]", mineral,
                scenario.toUpperCase(Locale.ROOT), year, tonnes, pct(growth()), baseYear, baseTonnes,
                provenance.source(), provenance.edition());
    }
}
