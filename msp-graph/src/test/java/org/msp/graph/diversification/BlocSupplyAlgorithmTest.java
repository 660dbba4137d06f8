package org.msp.graph.diversification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msp.graph.Node;
import org.msp.graph.NodeRole;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.graph.concentration.Concentrations;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Provenance;
import org.msp.model.RestrictionKind;
import org.msp.model.Stage;
import org.msp.world.Datasets;

/**
 * Hand-worked examples on the gallium network of {@link DiversificationTest}, and the partners' gallium supply on
 * the embedded world dataset.
 *
 * <pre>
 * CHN/refining own 600 --20--> USA/refining (own 0) <--15-- DEU/refining own 40
 *                      --30--> JPN/refining (own 10) --5--> USA/refining
 * </pre>
 * The USA keeps all 40 t it receives (23.75 t of Chinese origin); Japan keeps 35 of its 40 t (30 t Chinese, so
 * 26.25 t of what it keeps); Germany keeps 25 t, all German.
 */
class BlocSupplyAlgorithmTest {
    private static final String GA = "gallium";
    private static final Node CHN = Node.of("CHN", Stage.REFINING, GA);
    private static final Node JPN = Node.of("JPN", Stage.REFINING, GA);
    private static final Node USA = Node.of("USA", Stage.REFINING, GA);
    private static final Bloc USA_JPN = Bloc.of("usa-jpn", "USA", "JPN");
    private static final int YEAR = 2024;

    private static BlocSupplyAlgorithm small() {
        return BlocSupplyAlgorithm.of(DiversificationTest.dataset(), DiversificationTest.network());
    }

    @Test
    void supply_whatEachMemberKeeps() {
        BlocSupply s = small().supply(USA_JPN, GA);
        assertEquals(Map.of(JPN, 35.0, USA, 40.0), s.consumers());
        assertEquals(75, s.tonnes(), 1e-12);
        assertTrue(small().supply(Bloc.of("none", "KAZ"), GA).isEmpty());
        assertEquals("gallium supply of usa-jpn: 75 t at 2 consumers (USA/refining/gallium 40 t, "
                + "JPN/refining/gallium 35 t)", s.toString());
    }

    @Test
    void chokepoint_chinaCutsTwoThirds() {
        // Losing China: the USA loses 23.75 of 40 t, Japan 30/40 of the 35 t it keeps; losing Japan: 5 + 35 = 40 t.
        BlocChokepoint c = small().chokepoint(USA_JPN, GA).orElseThrow();
        assertEquals(CHN, c.node());
        assertEquals(23.75 + 26.25, c.tonnesLost(), 1e-9);
        assertEquals(50.0 / 75, c.shareLost(), 1e-12);
        assertEquals(2, c.consumersHit());
        assertEquals(NodeRole.PRODUCER, c.role());
        assertEquals("gallium: CHN/refining/gallium cuts 66.7% of the bloc's supply (50 of 75 t; 2 of 2 consumers hit)",
                c.toString());
        assertTrue(small().chokepoint(Bloc.of("none", "KAZ"), GA).isEmpty());
    }

    @Test
    void dependence_weightedByWhatEachKeeps() {
        List<GroupDependence> d = small().dependence(USA_JPN, GA, Bloc.of("feoc", "CHN"));
        assertEquals(1, d.size());
        assertEquals(Stage.REFINING, d.get(0).stage());
        assertEquals(75, d.get(0).blocSupply(), 1e-12);
        assertEquals((23.75 + 26.25) / 75, d.get(0).share(), 1e-12);
        assertEquals(0, d.get(0).unknown(), 1e-12);
        assertEquals("gallium refining: 66.7% from feoc (unknown origin 0.0%) of 75 t", d.get(0).toString());
    }

    @Test
    void coverage_reportedNetwork_nothingInferred() {
        BlocCoverage c = small().coverage(USA_JPN, GA).orElseThrow();
        assertEquals(0, c.inferredShare(), 1e-12);
        assertTrue(!c.isWeak() || c.unexplainedShare() > 0.2, c.toString());
    }

    @Test
    void restrictionEffect_chineseBan_theBlocLosesWhatCameFromChina() {
        ExportRestriction ban = ExportRestriction.of("cn-ga", "Chinese gallium export ban", "CHN", GA,
                Stage.REFINING, RestrictionKind.BAN, LocalDate.of(YEAR, 1, 1), Provenance.user("test"));
        RestrictionEffect e = small().restrictionEffect(USA_JPN, ban, LocalDate.of(YEAR, 6, 1));
        // without re-routing the partners lose exactly what the loss of the Chinese node cuts
        assertEquals(50.0 / 75, e.blocShareNoReroute(), 1e-9);
        assertTrue(e.lostReroute() <= e.lostNoReroute() + 1e-9, e.toString());
        assertTrue(e.toString().startsWith("cn-ga: "), e.toString());
    }

    @Test
    void world_partnersGalliumChokepointIsTheLargestRefiner() {
        Dataset world = Datasets.world();
        BlocSupplyAlgorithm a = BlocSupplyAlgorithm.of(world, SupplyNetworks.of(world, YEAR, GA));
        Bloc partners = Bloc.group(world, "msp-partners", YEAR);
        BlocChokepoint c = a.chokepoint(partners, GA).orElseThrow();
        String top = Concentrations.of(world, GA, Stage.REFINING, YEAR).top().country();
        assertEquals("CHN", top);
        assertEquals(Node.of(top, Stage.REFINING, GA), c.node());
        assertEquals(NodeRole.PRODUCER, c.role());
        assertEquals(c.consumers(), c.consumersHit(), "every partner that consumes gallium loses with China");
        // What entered refining in China passes through its refining node: its loss cuts at least that share.
        GroupDependence china = a.dependence(partners, GA, Bloc.of("china", "CHN")).stream()
                .filter(g -> g.stage() == Stage.REFINING).findFirst().orElseThrow();
        assertTrue(c.shareLost() >= china.share() - 1e-9, c + " < " + china);
        // USGS MCS 2026: China refines almost all primary gallium; the partners' supply is no exception.
        assertTrue(china.share() > 0.9, china.toString());
        GroupDependence feoc = a.dependence(partners, GA, Bloc.group(world, "feoc", YEAR)).stream()
                .filter(g -> g.stage() == Stage.REFINING).findFirst().orElseThrow();
        assertTrue(feoc.share() >= china.share() - 1e-12, feoc + " < " + china);
        assertEquals(a.supply(partners, GA).tonnes(), feoc.blocSupply(), 1e-9);
    }

    @Test
    void world_chineseGalliumLicensing_asABan_cutsWhatTheChokepointCuts() {
        Dataset world = Datasets.world();
        SupplyNetwork net = SupplyNetworks.of(world, YEAR, GA);
        BlocSupplyAlgorithm a = BlocSupplyAlgorithm.of(world, net);
        Bloc partners = Bloc.group(world, "msp-partners", YEAR);
        ExportRestriction r = world.measuresInForce(YEAR).stream()
                .filter(m -> m instanceof ExportRestriction x && x.country().equals("CHN")
                        && x.minerals().contains(GA) && x.targetCountries().isEmpty() && x.targetGroups().isEmpty())
                .map(ExportRestriction.class::cast).findFirst().orElseThrow();
        LocalDate date = r.effective().isAfter(LocalDate.of(YEAR, 1, 1)) ? r.effective() : LocalDate.of(YEAR, 1, 1);
        RestrictionEffect e = a.restrictionEffect(partners, r, date);
        // China is no partner: a ban on all its refined exports cuts, without re-routing, what the loss of its
        // refining node cuts from the partners (up to the scenario engine's and the chokepoint's supply bases).
        BlocChokepoint c = a.chokepoint(partners, GA).orElseThrow();
        assertEquals(c.shareLost(), e.blocShareNoReroute(), 0.01, e + " vs " + c);
        assertTrue(e.lostReroute() < e.lostNoReroute(), "re-routing through spare capacity helps: " + e);
        assertTrue(e.hardestHit().size() == RestrictionEffect.HARDEST_HIT, e.hardestHit().toString());
        assertTrue(e.toString().length() < 200, e.toString());
    }
}
