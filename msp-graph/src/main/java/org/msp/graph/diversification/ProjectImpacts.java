package org.msp.graph.diversification;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.concentration.SupplierShare;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Project;

/**
 * The effect of each project, once online, on concentration and on a consumer's chokepoint.
 *
 * <p><b>Concentration</b>: the HHI of the project's stage in {@code year} from the dataset's production table,
 * before and with the project's stated capacity added to its host country (see
 * {@link org.msp.graph.concentration.MarketConcentration}). <b>Chokepoint</b>: the stage's largest producer is the
 * chokepoint measured; the consumer's shortfall share if that producer bans all exports of the mineral at the stage
 * ({@link Shock.ExportBan}), without and with the project's supply added ({@link Shock.NewSupply}), under both
 * scenario models ({@link org.msp.graph.scenario.ConsumerImpact}). A project adds supply only through its host
 * node's existing links: one in a country with no link to the consumer changes its chokepoint only through
 * re-routing, and not at all when no link has spare capacity.
 *
 * <p>A project without a stated capacity (or with several minerals and one capacity) is listed with
 * {@code "capacity not stated"} and no figures: none is invented. Running time: one concentration and two scenario
 * evaluations per project and mineral. Stateless and thread-safe.
 */
public final class ProjectImpacts {
    private ProjectImpacts() {
    }

    /**
     * Returns the impact of every project of {@code dataset} on concentration only, ordered by project then mineral.
     */
    public static List<ProjectImpact> of(Dataset dataset, int year) {
        return of(dataset, year, null, null);
    }

    /**
     * Returns the impact of every project of {@code dataset}, ordered by project then mineral, with the chokepoint
     * measured for {@code consumer} on {@code network} (both may be {@code null} to skip it).
     */
    public static List<ProjectImpact> of(Dataset dataset, int year, SupplyNetwork network, String consumer) {
        Objects.requireNonNull(dataset, "dataset");
        ImmutableList.Builder<ProjectImpact> out = ImmutableList.builder();
        List<Project> projects = dataset.projects().stream().sorted(java.util.Comparator.comparing(Project::id)).toList();
        for (Project p : projects) {
            for (String m : p.minerals()) {
                out.add(impact(dataset, year, network, consumer, p, m));
            }
        }
        return out.build();
    }

    private static ProjectImpact impact(Dataset d, int year, SupplyNetwork network, String consumer, Project p,
            String m) {
        OptionalDouble added = Shock.NewSupply.addedTonnes(p, m);
        String note = Shock.NewSupply.unstatedReason(p);
        Optional<MarketConcentration> base = Optional.empty();
        if (!d.productions(m, p.stage(), year).isEmpty()) {
            try {
                base = Optional.of(Concentrations.of(d, m, p.stage(), year));
            } catch (IllegalArgumentException e) {
                note = join(note, "no positive production of " + m + " at " + p.stage() + " in " + year);
            }
        } else {
            note = join(note, "no production of " + m + " at " + p.stage() + " in " + year);
        }
        OptionalDouble hhiBefore = base.map(b -> OptionalDouble.of(b.hhi())).orElse(OptionalDouble.empty());
        OptionalDouble hhiAfter = OptionalDouble.empty();
        if (base.isPresent() && added.isPresent()) {
            MarketConcentration b = base.get();
            TreeMap<String, Double> tonnes = new TreeMap<>();
            for (SupplierShare s : b.shares()) {
                tonnes.put(s.country(), s.tonnes());
            }
            tonnes.merge(p.country(), added.getAsDouble(), Double::sum);
            hhiAfter = OptionalDouble.of(MarketConcentration.of(m, p.stage(), year, tonnes, b.restOfWorld(),
                    b.source()).hhi());
        }
        Optional<String> choke = Optional.empty();
        OptionalDouble[] sf = {OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty()};
        if (network != null && consumer != null && base.isPresent() && added.isPresent()
                && network.minerals().contains(m)) {
            String top = base.get().top().country();
            choke = Optional.of(top);
            Shock.ExportBan ban = Shock.ExportBan.of(top, m, p.stage());
            Optional<ConsumerImpact> before = Scenarios.run(network, Scenario.of(ban)).impact(consumer, m);
            Optional<ConsumerImpact> after = Scenarios.run(network, Scenario.of(ban,
                    new Shock.NewSupply(p.country(), m, p.stage(), added.getAsDouble(), p.id()))).impact(consumer, m);
            if (before.isPresent() && after.isPresent()) {
                sf[0] = OptionalDouble.of(before.get().shortfallShare());
                sf[1] = OptionalDouble.of(after.get().shortfallShare());
                sf[2] = OptionalDouble.of(before.get().shortfallShareRerouted());
                sf[3] = OptionalDouble.of(after.get().shortfallShareRerouted());
            } else {
                note = join(note, consumer + " has no supply of " + m + " in the network");
            }
        }
        return new ProjectImpact(p.id(), m, p.country(), p.stage(), added, hhiBefore, hhiAfter, choke, sf[0], sf[1],
                sf[2], sf[3], note);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
