package org.msp.graph.diversification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.chokepoint.RemovalImpact;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Provenance;
import org.msp.model.RestrictionKind;
import org.msp.model.Stage;

/**
 * The invariants of every {@link BlocSupplyAlgorithm} on generated networks with facilities, unknown sources and
 * recycling loops: shares lie in [0, 1], a bloc never loses more than it keeps, the chokepoint is the node whose
 * loss cuts most, dependence grows with the group of concern, and an export ban's losses fall with re-routing.
 * Implement {@link #algorithm(Dataset, SupplyNetwork)} once per implementation.
 */
interface BlocSupplyAlgorithmContract {
    /** A rounding allowance for sums of shares. */
    double EPS = 1e-9;

    /** Returns the implementation under test. */
    BlocSupplyAlgorithm algorithm(Dataset dataset, SupplyNetwork network);

    /** A dataset with nothing in it: the generated networks need no groups, and have no stockpiles. */
    private static Dataset empty() {
        return Dataset.builder().name("empty").build();
    }

    @Provide
    default Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2).withUnknownSources()
                .withRecyclingLoops();
    }

    /** Returns the bloc of the network countries whose bit is set in {@code mask}. */
    private static Bloc bloc(String label, int mask) {
        TreeSet<String> members = new TreeSet<>();
        for (int i = 0; i < SupplyArbitraries.NETWORK_COUNTRIES.size(); i++) {
            if ((mask >> i & 1) == 1) {
                members.add(SupplyArbitraries.NETWORK_COUNTRIES.get(i));
            }
        }
        return new Bloc(label, members);
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void supply_isWhatMembersKeep(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask) {
        Bloc b = bloc("b", mask);
        BlocSupply s = algorithm(empty(), net).supply(b, SupplyArbitraries.NETWORK_MINERAL);
        double sum = 0;
        for (String m : b.members()) {
            Optional<Node> cn = net.consumerNode(m, SupplyArbitraries.NETWORK_MINERAL);
            if (cn.isPresent() && net.retained(cn.get()) > 0) {
                assertEquals(net.retained(cn.get()), s.consumers().get(cn.get()), 0.0, cn.get().toString());
                sum += net.retained(cn.get());
            }
        }
        assertEquals(sum, s.tonnes(), EPS * (1 + sum));
        assertTrue(s.consumers().keySet().stream().allMatch(n -> b.contains(n.actor().id())), s.toString());
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void chokepoint_cutsMostAndNoMoreThanTheBlocKeeps(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask) {
        String mineral = SupplyArbitraries.NETWORK_MINERAL;
        Bloc b = bloc("b", mask);
        BlocSupplyAlgorithm a = algorithm(empty(), net);
        BlocSupply s = a.supply(b, mineral);
        Optional<BlocChokepoint> c = a.chokepoint(b, mineral);
        // the loss of each node, summed over the members; a member's own consumer node does not count for it
        Map<Node, RemovalImpact> impacts = Chokepoints.removalImpacts(net, s.consumers().keySet());
        double most = 0;
        for (Node u : net.nodes()) {
            if (u.isUnknownSource()) {
                continue;
            }
            double lost = 0;
            for (var e : s.consumers().entrySet()) {
                if (!e.getKey().equals(u)) {
                    lost += impacts.get(e.getKey()).shareLost(u) * e.getValue();
                }
            }
            most = Math.max(most, lost);
        }
        if (c.isEmpty()) {
            assertEquals(0, most, 0.0, "no chokepoint, yet a node's loss cuts the bloc's supply");
            return;
        }
        BlocChokepoint cp = c.get();
        assertTrue(cp.shareLost() >= 0 && cp.shareLost() <= 1, cp.toString());
        assertTrue(cp.tonnesLost() > 0 && cp.tonnesLost() <= cp.blocSupply() * (1 + EPS) + EPS, cp.toString());
        assertEquals(s.tonnes(), cp.blocSupply(), 0.0);
        assertEquals(s.consumers().size(), cp.consumers());
        assertTrue(cp.consumersHit() >= 1 && cp.consumersHit() <= cp.consumers(), cp.toString());
        assertTrue(!cp.node().isUnknownSource(), cp.toString());
        // no node's loss cuts more than the chokepoint's
        assertEquals(most, cp.tonnesLost(), EPS * (1 + s.tonnes()), cp.toString());
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void dependence_sharesInUnitIntervalAndGrowWithTheGroup(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask, @ForAll @IntRange(min = 0, max = 4095) int concern,
            @ForAll @IntRange(min = 0, max = 4095) int more) {
        String mineral = SupplyArbitraries.NETWORK_MINERAL;
        Bloc b = bloc("b", mask);
        BlocSupplyAlgorithm a = algorithm(empty(), net);
        double supply = a.supply(b, mineral).tonnes();
        List<GroupDependence> small = a.dependence(b, mineral, bloc("g", concern));
        List<GroupDependence> large = a.dependence(b, mineral, bloc("g+", concern | more));
        assertEquals(small.size(), large.size());
        assertEquals(a.supply(b, mineral).isEmpty(), small.isEmpty());
        for (int i = 0; i < small.size(); i++) {
            GroupDependence g = small.get(i);
            assertTrue(i == 0 || small.get(i - 1).stage().compareTo(g.stage()) < 0, small.toString());
            assertTrue(g.share() >= 0 && g.share() <= 1 + EPS, g.toString());
            assertTrue(g.unknown() >= 0 && g.share() + g.unknown() <= 1 + EPS, g.toString());
            assertTrue(g.blocSupply() > 0 && g.blocSupply() <= supply * (1 + EPS), g.toString());
            assertEquals(g.stage(), large.get(i).stage());
            assertTrue(g.share() <= large.get(i).share() + EPS, g + " > " + large.get(i));
        }
    }

    /**
     * The bloc's dependence is its members' tracing ({@link LookThroughDependencyAlgorithm}) averaged with weights
     * what each keeps: the share of a one-member bloc is the tracing's share, and a bloc's share times its supply
     * is the sum of its members' shares times theirs.
     */
    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void dependence_isTheMembersTracingWeightedByWhatEachKeeps(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask, @ForAll @IntRange(min = 0, max = 4095) int concern) {
        String mineral = SupplyArbitraries.NETWORK_MINERAL;
        Bloc b = bloc("b", mask);
        Bloc g = bloc("g", concern);
        BlocSupplyAlgorithm a = algorithm(empty(), net);
        LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(net);
        Map<Stage, double[]> sums = new TreeMap<>();
        for (var e : a.supply(b, mineral).consumers().entrySet()) {
            Bloc alone = new Bloc("m", new TreeSet<>(Set.of(e.getKey().actor().id())));
            Dependence d = tracing.dependence(e.getKey());
            for (GroupDependence m : a.dependence(alone, mineral, g)) {
                double expected = g.members().stream().mapToDouble(c -> d.share(m.stage(), c)).sum();
                assertEquals(expected, m.share(), EPS, m.toString());
                assertEquals(e.getValue(), m.blocSupply(), 0.0, m.toString());
                double[] acc = sums.computeIfAbsent(m.stage(), k -> new double[2]);
                acc[0] += m.blocSupply();
                acc[1] += m.share() * m.blocSupply();
            }
        }
        List<GroupDependence> all = a.dependence(b, mineral, g);
        assertEquals(sums.keySet(), all.stream().map(GroupDependence::stage).collect(Collectors.toSet()));
        for (GroupDependence x : all) {
            double[] acc = sums.get(x.stage());
            assertEquals(acc[0], x.blocSupply(), EPS * (1 + acc[0]), x.toString());
            assertEquals(acc[1], x.share() * x.blocSupply(), EPS * (1 + acc[0]), x.toString());
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void coverage_sharesInUnitInterval(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask) {
        String mineral = SupplyArbitraries.NETWORK_MINERAL;
        BlocSupplyAlgorithm a = algorithm(empty(), net);
        Optional<BlocCoverage> c = a.coverage(bloc("b", mask), mineral);
        assertEquals(a.supply(bloc("b", mask), mineral).isEmpty(), c.isEmpty());
        c.ifPresent(v -> {
            assertTrue(v.inferredShare() >= 0 && v.inferredShare() <= 1 + EPS, v.toString());
            assertTrue(v.unexplainedShare() >= 0 && v.unexplainedShare() <= 1 + EPS, v.toString());
        });
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void restrictionEffect_blocLosesAtMostItsSupplyAndReroutingHelps(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<Node> producers = new ArrayList<>();
        for (Node n : net.nodes()) {
            if (n.isCountry() && !n.isUnknownSource()) {
                producers.add(n);
            }
        }
        if (producers.isEmpty()) {
            return;
        }
        Node banned = producers.get(pick % producers.size());
        ExportRestriction r = ExportRestriction.of("ban", "generated ban", banned.actor().id(), banned.mineral(),
                banned.stage(), RestrictionKind.BAN, LocalDate.of(net.year(), 1, 1), Provenance.user("property"));
        RestrictionEffect e = algorithm(empty(), net).restrictionEffect(bloc("b", mask), r,
                LocalDate.of(net.year(), 1, 1));
        assertTrue(e.blocShareNoReroute() >= 0 && e.blocShareNoReroute() <= 1 + EPS, e.toString());
        assertTrue(e.lostNoReroute() >= -EPS && e.lostNoReroute() <= e.baseline() * (1 + EPS) + EPS, e.toString());
        assertTrue(e.lostReroute() >= -EPS && e.lostReroute() <= e.lostNoReroute() * (1 + EPS) + EPS, e.toString());
        assertTrue(e.hardestHit().size() <= RestrictionEffect.HARDEST_HIT
                && e.hardestHit().size() <= e.consumersHit(), e.toString());
        List<ConsumerImpact> h = e.hardestHit();
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.get(i - 1).shortfall() >= h.get(i).shortfall(), h.toString());
        }
    }

    /**
     * The dependence at one stage is exactly that stage's element of the dependence at every stage, whether it is
     * asked before or after it, on a fresh algorithm or on one that has traced the network already.
     */
    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void dependenceAtOneStage_isThatStagesElement(@ForAll("networks") SupplyNetwork net,
            @ForAll @IntRange(min = 0, max = 4095) int mask, @ForAll @IntRange(min = 0, max = 4095) int concern) {
        String mineral = SupplyArbitraries.NETWORK_MINERAL;
        Bloc b = bloc("b", mask);
        Bloc g = bloc("g", concern);
        BlocSupplyAlgorithm before = algorithm(empty(), net);
        Map<Stage, java.util.Optional<GroupDependence>> first = new TreeMap<>();
        for (Stage s : Stage.values()) {
            first.put(s, before.dependence(b, mineral, g, s));
        }
        List<GroupDependence> all = before.dependence(b, mineral, g);
        // Now that every stage is traced (and kept per network), a new algorithm's answer at one stage is read from it.
        BlocSupplyAlgorithm after = algorithm(empty(), net);
        for (Stage s : Stage.values()) {
            java.util.Optional<GroupDependence> expected = all.stream().filter(x -> x.stage() == s).findFirst();
            assertEquals(expected, first.get(s), s::toString);
            assertEquals(expected, after.dependence(b, mineral, g, s), s::toString);
        }
    }
}
