package org.msp.graph.diversification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Stage;

/**
 * A bloc's supply of a mineral, looked at as one buyer: what its members keep ({@link BlocSupply}), the node whose
 * loss cuts most of it ({@link BlocChokepoint}), how much of it entered each stage in a group of concern
 * ({@link GroupDependence}), how much of it rests on inferred data ({@link BlocCoverage}) and what an export
 * restriction in force does to it ({@link RestrictionEffect}).
 *
 * <p>A member's supply is what its consumer node ({@link SupplyNetwork#consumerNode}: its node at the highest
 * primary stage with supply) keeps, {@link SupplyNetwork#retained}; members that keep nothing are left out. The
 * bloc's figures are its members' figures weighted by what each keeps. The implementation,
 * {@link ProportionalBlocSupply}, propagates losses and traces origins in proportion to flows (Cheng et al.,
 * Nature Communications 2024), without re-routing, except in {@link RestrictionEffect#lostReroute()}.
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * BlocSupplyAlgorithm a = BlocSupplyAlgorithm.of(world, SupplyNetworks.of(world, 2024, "gallium"));
 * Bloc partners = Bloc.group(world, "msp-partners", LocalDate.of(2024, 6, 30));
 * a.chokepoint(partners, "gallium")          // CHN/refining/gallium cuts 99.3% of msp-partners' supply
 * a.dependence(partners, "gallium", Bloc.group(world, "feoc", LocalDate.of(2024, 6, 30)))
 * }</pre>
 */
public interface BlocSupplyAlgorithm {
    /** Returns the network the analysis is bound to. */
    SupplyNetwork network();

    /**
     * Returns the supply of {@code mineral} that the bloc's members keep, member by member. O(members × stages).
     */
    BlocSupply supply(Bloc bloc, String mineral);

    /**
     * Returns the node of the network whose loss alone (proportional propagation, no re-routing) cuts most of the
     * bloc's supply of {@code mineral}, summed over its members; ties go to the node that sorts first. A member's
     * own consumer node does not count for that member. Empty if no member keeps any supply, or no other node's
     * loss cuts any. Unknown sources are not candidates.
     * O(members × (V + E)).
     */
    Optional<BlocChokepoint> chokepoint(Bloc bloc, String mineral);

    /**
     * Returns, for each stage the members' supply of {@code mineral} passed through, the share of the bloc's
     * supply that entered the stage in a member of {@code concern} (proportional tracing), in stage order; empty
     * if no member keeps any supply. O(members × (V + E)) after one tracing of the network.
     */
    List<GroupDependence> dependence(Bloc bloc, String mineral, Bloc concern);

    /**
     * Returns the element of {@link #dependence(Bloc, String, Bloc)} at {@code stage}, which an implementation may
     * compute without tracing the other stages: one pass per member instead of one per member and stage. Empty if no
     * member keeps any supply or none of it entered the stage.
     */
    default Optional<GroupDependence> dependence(Bloc bloc, String mineral, Bloc concern, Stage stage) {
        return dependence(bloc, mineral, concern).stream().filter(g -> g.stage() == stage).findFirst();
    }

    /**
     * Returns how much of the bloc's supply of {@code mineral} rests on inferred edges or unknown sources, and what
     * the network's data lack ({@link org.msp.graph.SupplyCoverage}); empty if no member keeps any supply.
     * O(members × (V + E)).
     */
    Optional<BlocCoverage> coverage(Bloc bloc, String mineral);

    /**
     * Returns what {@code restriction} does when applied as a full ban on its targets on {@code date}
     * ({@link org.msp.graph.scenario.Shock#from}), with the bloc's members' loss. The network must hold the
     * restriction's minerals the effect is wanted on (those it lacks count for nothing). One scenario evaluation
     * ({@link org.msp.graph.scenario.DisruptionAlgorithm}).
     *
     * @throws IllegalArgumentException if the measure is not in force on {@code date} or names a group the dataset
     *                                  lacks
     */
    RestrictionEffect restrictionEffect(Bloc bloc, ExportRestriction restriction, LocalDate date);

    /**
     * Returns the analysis of {@code network} by proportional propagation and tracing; {@code dataset} defines the
     * groups restrictions target and the stockpiles of the network's year.
     */
    static BlocSupplyAlgorithm of(Dataset dataset, SupplyNetwork network) {
        return new ProportionalBlocSupply(dataset, network);
    }
}
