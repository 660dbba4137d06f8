package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Actor;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.FlowOrigin;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.RestrictionKind;
import org.msp.model.Stage;
import org.msp.model.Stockpile;

/**
 * Hand-worked examples on a small gallium network:
 *
 * <pre>
 * CHN/refining own 600 --20--> USA/refining (own 0)
 *                      --30--> JPN/refining (own 10) --5--> USA/refining
 * </pre>
 * Baseline retained supply: CHN 550, JPN 35, USA 25.
 */
class ScenarioTest {
    private static final String GA = "gallium";
    private static final Node CHN = Node.of("CHN", Stage.REFINING, GA);
    private static final Node JPN = Node.of("JPN", Stage.REFINING, GA);
    private static final Node USA = Node.of("USA", Stage.REFINING, GA);
    private static final Provenance P = Provenance.user("test");

    static SupplyNetwork gallium() {
        return SupplyNetwork.builder(2024).node(CHN, 600).node(JPN, 10).node(USA, 0)
                .edge(CHN, USA, 20).edge(CHN, JPN, 30).edge(JPN, USA, 5).build();
    }

    private static ConsumerImpact impact(Disruption r, String c) {
        return r.impact(c, GA).orElseThrow();
    }

    @Test
    void run_emptyScenario_changesNothing() {
        Disruption r = Scenarios.run(gallium(), Scenario.EMPTY);
        assertEquals(3, r.impacts().size());
        assertEquals(List.of("CHN", "JPN", "USA"), r.impacts().stream().map(ConsumerImpact::country).toList());
        assertEquals(550, impact(r, "CHN").baseline(), 1e-12);
        assertEquals(35, impact(r, "JPN").baseline(), 1e-12);
        for (ConsumerImpact i : r.impacts()) {
            assertEquals(i.baseline(), i.noRerouting(), 0.0);
            assertEquals(i.baseline(), i.rerouting(), 0.0);
            assertTrue(i.daysOfCover().isUnbounded());
            assertEquals("unbounded", i.daysOfCover().toString());
            assertTrue(i.causes().isEmpty());
        }
        assertTrue(r.hardestHit().isEmpty());
    }

    @Test
    void exportBan_all_passesLossDownstreamInProportion() {
        SupplyNetwork net = gallium();
        Disruption r = Scenarios.run(net, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)),
                Stockpiles.of(Stockpile.of("USA", GA, 2024, 10, P)));
        // JPN keeps its own 10 of 40: ratio 1/4; it retains 35/4 = 8.75 and sends 5/4 = 1.25 to the USA.
        ConsumerImpact jpn = impact(r, "JPN");
        assertEquals(8.75, jpn.noRerouting(), 1e-12);
        assertEquals(0.75, jpn.shortfallShare(), 1e-12);
        ConsumerImpact usa = impact(r, "USA");
        assertEquals(25, usa.baseline(), 1e-12);
        assertEquals(1.25, usa.noRerouting(), 1e-12);
        assertEquals(23.75, usa.shortfall(), 1e-12);
        assertEquals(0.95, usa.shortfallShare(), 1e-12);
        // Re-routing over existing links at their tonnes: JPN can send at most 5 to the USA.
        assertEquals(5, usa.rerouting(), 1e-9);
        assertEquals(10, jpn.rerouting(), 1e-9);
        // Stockpile cover: 10 t / (23.75 t / 365 d) = 153.68 days; re-routed: 10 / (20 / 365) = 182.5 days.
        assertEquals(10 * 365 / 23.75, usa.daysOfCover().days().getAsDouble(), 1e-9);
        assertEquals(182.5, usa.daysOfCoverRerouted().days().getAsDouble(), 1e-9);
        assertTrue(impact(r, "JPN").daysOfCover().isUnknown());
        assertEquals("no stockpile data", impact(r, "JPN").daysOfCover().toString());
        // China keeps what it retained; the banned tonnes leave the market.
        assertEquals(550, impact(r, "CHN").noRerouting(), 1e-12);
        assertEquals(List.of(new Cause(CHN, 1.0)), usa.causes());
        assertEquals("CHN/refining/gallium 100%", usa.causes().get(0).toString());
        assertEquals(2, r.hardestHit().size());
        assertEquals("USA", r.hardestHit().get(0).country());
        // The network is unchanged.
        assertEquals(20, net.edge(CHN, USA).orElseThrow().tonnes(), 0.0);
        assertEquals(25, net.throughput(USA), 0.0);
    }

    /**
     * A facility-level network:
     * <pre>
     * facility:cn1 (in CHN) own 100 --40--> USA/refining
     *                                --10--> facility:jp1 (in JPN) --10--> JPN/refining
     *                                --50--> CHN/refining (a domestic delivery)
     * facility:xx1 (host unknown) own 20 --20--> USA/refining
     * </pre>
     * China's ban cuts cn1's exports to the USA and to the Japanese facility, not its delivery at home, and not
     * the facility whose host the network does not know.
     */
    @Test
    void exportBan_reachesTheBanningCountrysFacilitiesAndForeignFacilities() {
        Node cn1 = Node.of(Actor.facility("cn1"), Stage.REFINING, GA);
        Node jp1 = Node.of(Actor.facility("jp1"), Stage.REFINING, GA);
        Node xx1 = Node.of(Actor.facility("xx1"), Stage.REFINING, GA);
        SupplyNetwork net = SupplyNetwork.builder(2024).node(cn1, 100).node(xx1, 20)
                .facilityCountry("cn1", "CHN").facilityCountry("jp1", "JPN")
                .edge(cn1, USA, 40).edge(cn1, jp1, 10).edge(jp1, JPN, 10).edge(cn1, CHN, 50).edge(xx1, USA, 20)
                .build();
        assertEquals(Optional.of("CHN"), net.country(cn1));
        assertEquals(Optional.empty(), net.country(xx1));
        Disruption r = Scenarios.run(net, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)));
        assertEquals(60, impact(r, "USA").baseline(), 1e-12);
        assertEquals(20, impact(r, "USA").noRerouting(), 1e-12);
        assertEquals(0, impact(r, "JPN").noRerouting(), 1e-12);
        assertEquals(50, impact(r, "CHN").noRerouting(), 1e-12);
        assertEquals(List.of(new Cause(cn1, 1.0)), impact(r, "USA").causes());
        // A facility's retained supply counts for its host: jp1 passes everything on, cn1 nothing left.
        assertEquals(10, impact(r, "JPN").baseline(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> SupplyNetwork.builder(2024).facilityCountry("cn1", "CHN").facilityCountry("cn1", "JPN"));
    }

    @Test
    void exportBan_targetsAndExemptions_hitOnlyThoseDestinations() {
        Disruption towardsUsa = Scenarios.run(gallium(),
                Shock.ExportBan.of("CHN", GA, Stage.REFINING).towards("USA"));
        assertEquals(5, impact(towardsUsa, "USA").noRerouting(), 1e-12);
        assertEquals(35, impact(towardsUsa, "JPN").noRerouting(), 1e-12);
        Disruption exemptJpn = Scenarios.run(gallium(),
                Shock.ExportBan.of("CHN", GA, Stage.REFINING).exempting("JPN"));
        assertEquals(5, impact(exemptJpn, "USA").noRerouting(), 1e-12);
        Disruption half = Scenarios.run(gallium(),
                Shock.ExportBan.of("CHN", GA, Stage.REFINING).withSeverity(0.5));
        // JPN: 10 + 15 = 25 of 40 (ratio 0.625) -> 3.125 to USA; USA 10 + 3.125.
        assertEquals(13.125, impact(half, "USA").noRerouting(), 1e-12);
    }

    @Test
    void exportBan_fromRestriction_resolvesGroupsOnTheDate() {
        CountryGroup allies = CountryGroup.of("allies", "Allies", LocalDate.of(2020, 1, 1), P, "JPN");
        ExportRestriction r = new ExportRestriction("cn-ga", "gallium export licensing", "CHN",
                ImmutableSortedSet.of(GA), Stage.REFINING, RestrictionKind.LICENSING, LocalDate.of(2023, 8, 1),
                Optional.empty(), ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(),
                ImmutableSortedSet.of("allies"), P);
        Dataset d = Dataset.builder().name("t").countries("CHN", "JPN", "USA").minerals(GA).add(allies).add(r)
                .build();
        Shock.ExportBan ban = Shock.from(r, d, LocalDate.of(2024, 6, 1));
        assertEquals(ImmutableSortedSet.of("JPN"), ban.exempt());
        assertTrue(ban.targets().isEmpty());
        assertEquals(1.0, ban.severity());
        assertTrue(ban.hits("USA"));
        assertFalse(ban.hits("JPN"));
        Disruption res = Scenarios.run(gallium(), ban);
        assertEquals(5, impact(res, "USA").noRerouting(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shock.from(r, d, LocalDate.of(2023, 1, 1)));
        assertTrue(e.getMessage().contains("cn-ga"), e.getMessage());
    }

    @Test
    void exportBan_unknownOriginShare_cutsUnexplainedSupplyOfHitCountries() {
        // JPN re-exports more than it has: 12 of its 40 come from ?JPN/refining/gallium.
        Node unknown = Node.unknownSourceOf(JPN);
        SupplyNetwork net = SupplyNetwork.builder(2024).node(CHN, 600).node(JPN, 0).node(unknown, 12).node(USA, 0)
                .edge(CHN, USA, 20).edge(CHN, JPN, 28).edge(unknown, JPN, 12).edge(JPN, USA, 5).build();
        Shock.ExportBan plain = Shock.ExportBan.of("CHN", GA, Stage.REFINING);
        assertEquals(12.0 / 40 * 35, impact(Scenarios.run(net, plain), "JPN").noRerouting(), 1e-12);
        Shock.ExportBan half = plain.withUnknownOriginShare(0.5);
        assertTrue(half.toString().endsWith("unknown origin gallium 50%"), half.toString());
        Disruption r = Scenarios.run(net, half);
        // ?JPN keeps 6 of 12: JPN 6 of 40 (0.15), retains 35 * 0.15, sends 0.75 to the USA.
        assertEquals(0.15 * 35, impact(r, "JPN").noRerouting(), 1e-12);
        assertEquals(0.75, impact(r, "USA").noRerouting(), 1e-12);
        // The unexplained supply's loss is put on the banning country's node.
        assertEquals(List.of(new Cause(CHN, 1.0)), impact(r, "JPN").causes());
        // Towards the USA only: JPN is not hit, so its unknown source is not either.
        Disruption usaOnly = Scenarios.run(net, half.towards("USA"));
        assertEquals(12.0 / 40 * 35 + 28.0 / 40 * 35, impact(usaOnly, "JPN").noRerouting(), 1e-12);
    }

    @Test
    void exportBan_unknownOriginFromProduction_usesTheProductionShare() {
        Dataset d = Dataset.builder().name("t").countries("CHN", "JPN", "USA").minerals(GA)
                .add(org.msp.model.Production.of("CHN", GA, Stage.REFINING, 2024, 990, P))
                .add(org.msp.model.Production.of("JPN", GA, Stage.REFINING, 2024, 10, P)).build();
        Shock.ExportBan b = Shock.ExportBan.of("CHN", GA, Stage.REFINING).withUnknownOriginFromProduction(d, 2024);
        assertEquals(0.99, b.unknownOriginShare().get(GA), 1e-12);
        assertTrue(Shock.ExportBan.of("CHN", GA, Stage.MINING).withUnknownOriginFromProduction(d, 2024)
                .unknownOriginShare().isEmpty());
    }

    @Test
    void capacityLoss_scalesTheNodeAndEverythingDownstream() {
        Disruption r = Scenarios.run(gallium(), Shock.CapacityLoss.of("CHN", GA, Stage.REFINING, 0.5));
        // CHN 300 of 600: sends 10 to USA, 15 to JPN; JPN 25 of 40 (0.625): 3.125 to USA, retains 21.875.
        assertEquals(275, impact(r, "CHN").noRerouting(), 1e-12);
        assertEquals(21.875, impact(r, "JPN").noRerouting(), 1e-12);
        assertEquals(13.125, impact(r, "USA").noRerouting(), 1e-12);
        assertEquals(0.475, impact(r, "USA").shortfallShare(), 1e-12);
        assertEquals(List.of(new Cause(CHN, 1.0)), impact(r, "USA").causes());
    }

    @Test
    void causes_splitTheLossAmongShockedNodes() {
        // CHN loses half (USA loses 10 direct + 15/40*5 via JPN... ) and JPN stops entirely.
        Disruption r = Scenarios.run(gallium(), Shock.CapacityLoss.of("CHN", GA, Stage.REFINING, 0.5),
                Shock.CapacityLoss.of("JPN", GA, Stage.REFINING, 1.0));
        ConsumerImpact usa = impact(r, "USA");
        // USA gets 10 from CHN, nothing from JPN: loses 15 = 10 (CHN direct) + 5 (JPN's out-flow, all lost at JPN).
        assertEquals(10, usa.noRerouting(), 1e-12);
        // Channel CHN: 10 direct + nf(JPN)=0 times upstream 15/40*5 -> 10; channel JPN: (1-0)*t(JPN)=40 -> 5 of it.
        assertEquals(2, usa.causes().size());
        assertEquals(CHN, usa.causes().get(0).node());
        assertEquals(10.0 / 15, usa.causes().get(0).share(), 1e-12);
        assertEquals(JPN, usa.causes().get(1).node());
        assertEquals(5.0 / 15, usa.causes().get(1).share(), 1e-12);
    }

    @Test
    void reRouting_usesSpareEdgeAndNodeCapacity() {
        SupplyNetwork net = SupplyNetwork.builder(2024).node(CHN, 600).node(JPN, 10, 30).node(USA, 0)
                .edge(CHN, USA, 20).edge(CHN, JPN, 30)
                .edge(JPN, USA, 5, 20, FlowOrigin.REPORTED, P).build();
        Disruption r = Scenarios.run(net, Shock.ExportBan.of("CHN", GA, Stage.REFINING));
        ConsumerImpact usa = impact(r, "USA");
        assertEquals(1.25, usa.noRerouting(), 1e-12);
        // JPN can produce 30 and the link carries 20: the USA could get 20 of its 25.
        assertEquals(20, usa.rerouting(), 1e-9);
        assertEquals(0.2, usa.shortfallShareRerouted(), 1e-9);
    }

    @Test
    void facilityOutage_stopsEveryNodeOfTheFacility() {
        Node plant = Node.of(Actor.facility("ga-plant"), Stage.REFINING, GA);
        SupplyNetwork net = SupplyNetwork.builder(2024).node(plant, 8).node(JPN, 2).edge(plant, JPN, 8).build();
        Disruption r = Scenarios.run(net, new Shock.FacilityOutage("ga-plant"));
        assertEquals(10, impact(r, "JPN").baseline(), 1e-12);
        assertEquals(2, impact(r, "JPN").noRerouting(), 1e-12);
        assertEquals(List.of(new Cause(plant, 1.0)), impact(r, "JPN").causes());
        assertEquals(1, r.impacts().size()); // the facility is no consumer
    }

    @Test
    void demandGrowth_raisesTheRequirementNotTheFlows() {
        Disruption r = Scenarios.run(gallium(), Scenario.of(new Shock.DemandGrowth("USA", GA, 0.2)),
                Stockpiles.of(Stockpile.of("USA", GA, 2024, 10, P)));
        ConsumerImpact usa = impact(r, "USA");
        assertEquals(30, usa.requirement(), 1e-12);
        assertEquals(25, usa.noRerouting(), 1e-12);
        assertEquals(5, usa.shortfall(), 1e-12);
        assertEquals(1.0 / 6, usa.shortfallShare(), 1e-12);
        // 10 t / (5 t / 365 d) = 730 days.
        assertEquals(730, usa.daysOfCover().days().getAsDouble(), 1e-9);
        assertEquals("730.0 days", usa.daysOfCover().toString());
        // Re-routing cannot find more than the links carry: the USA's links are full.
        assertEquals(25, usa.rerouting(), 1e-9);
    }

    @Test
    void newSupply_flowsOnInProportion_orIsCreditedWhereNoNodeExists() {
        Disruption r = Scenarios.run(gallium(), new Shock.NewSupply("JPN", GA, Stage.REFINING, 20, "p1"),
                new Shock.NewSupply("AUS", GA, Stage.REFINING, 7, "p2"));
        // JPN 60 of 40 (1.5): retains 52.5, sends 7.5 to the USA (20 + 7.5).
        assertEquals(52.5, impact(r, "JPN").noRerouting(), 1e-12);
        assertEquals(27.5, impact(r, "USA").noRerouting(), 1e-12);
        assertEquals(0, impact(r, "USA").shortfall(), 0.0);
        ConsumerImpact aus = impact(r, "AUS");
        assertEquals(0, aus.baseline(), 0.0);
        assertEquals(7, aus.noRerouting(), 1e-12);
    }

    @Test
    void newSupply_fromProject_needsAStatedCapacity() {
        Project stated = new Project("ga-jp", "Gallium plant", "JPN", Stage.REFINING, ImmutableSortedSet.of(GA),
                Optional.of(Quantity.tonnes(12)), ProjectStatus.CONSTRUCTION, OptionalInt.of(2027), List.of(),
                List.of(), P);
        Shock.NewSupply s = Shock.NewSupply.from(stated);
        assertEquals(12, s.tonnes(), 0.0);
        assertEquals("JPN", s.country());
        assertEquals("ga-jp", s.label());
        Project unstated = new Project("ga-x", "Gallium plant", "JPN", Stage.REFINING, ImmutableSortedSet.of(GA),
                Optional.empty(), ProjectStatus.ANNOUNCED, OptionalInt.empty(), List.of(), List.of(), P);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shock.NewSupply.from(unstated));
        assertTrue(e.getMessage().contains("capacity not stated"), e.getMessage());
    }

    @Test
    void newSupply_fromProject_ofSeveralMineralsCreditsNoneOfThem() {
        // One stated capacity for a gallium-germanium plant is not the capacity of either: crediting all of it to
        // the named mineral (the old rule of from(project, mineral)) counted it once per mineral.
        Project both = new Project("ga-ge", "Gallium-germanium plant", "JPN", Stage.REFINING,
                ImmutableSortedSet.of(GA, "germanium"), Optional.of(Quantity.tonnes(12)), ProjectStatus.CONSTRUCTION,
                OptionalInt.of(2027), List.of(), List.of(), P);
        assertTrue(Shock.NewSupply.addedTonnes(both, GA).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shock.NewSupply.from(both, GA));
        assertTrue(e.getMessage().contains("capacity not stated per mineral"), e.getMessage());
        Project one = new Project("ga-jp", "Gallium plant", "JPN", Stage.REFINING, ImmutableSortedSet.of(GA),
                Optional.of(Quantity.tonnes(12)), ProjectStatus.CONSTRUCTION, OptionalInt.of(2027), List.of(),
                List.of(), P);
        assertEquals(12, Shock.NewSupply.addedTonnes(one, GA).getAsDouble(), 0.0);
        assertTrue(Shock.NewSupply.addedTonnes(one, "germanium").isEmpty(), "a mineral the project lacks");
    }

    @Test
    void recyclingShare_addsAShareOfBaselineUse() {
        Disruption r = Scenarios.run(gallium(), new Shock.RecyclingShare("USA", GA, 0.1));
        // No USA recycling node: 10% of 25 t is credited straight to the USA.
        assertEquals(27.5, impact(r, "USA").noRerouting(), 1e-12);
        Node usaRec = Node.of("USA", Stage.RECYCLING, GA);
        SupplyNetwork withRecycler = SupplyNetwork.builder(2024).node(CHN, 600).node(usaRec, 1).node(USA, 0)
                .edge(CHN, USA, 20).edge(usaRec, USA, 1).build();
        Disruption r2 = Scenarios.run(withRecycler, new Shock.RecyclingShare("USA", GA, 0.5));
        // USA retains 21; the recycler gets +10.5, all of which it passes to USA refining (ratio 11.5).
        assertEquals(21 + 10.5, impact(r2, "USA").noRerouting(), 1e-9);
    }

    @Test
    void daysOfCover_threeCases() {
        assertSame(DaysOfCover.unbounded(), DaysOfCover.of(OptionalDouble.of(5), 0));
        assertTrue(DaysOfCover.of(OptionalDouble.empty(), 0).isUnbounded());
        assertTrue(DaysOfCover.of(OptionalDouble.empty(), 3).isUnknown());
        assertEquals(36.5, DaysOfCover.of(OptionalDouble.of(1), 10).days().getAsDouble(), 1e-12);
        assertEquals(0, DaysOfCover.of(OptionalDouble.of(0), 10).days().getAsDouble(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> DaysOfCover.of(OptionalDouble.of(1), -1));
    }

    @Test
    void scenario_composesAndPrints() {
        Scenario a = Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING));
        Scenario b = Scenario.of(Shock.CapacityLoss.of("JPN", GA, Stage.REFINING, 0.25));
        Scenario ab = a.and(b);
        assertEquals(ImmutableList.of(a.shocks().get(0), b.shocks().get(0)), ab.shocks());
        assertTrue(ab.isLossOnly());
        assertFalse(ab.and(new Shock.DemandGrowth("USA", GA, 0.1)).isLossOnly());
        assertEquals("Scenario[export ban CHN/refining/gallium -> all; capacity loss 25% at JPN/refining/gallium]",
                ab.toString());
        Disruption r1 = Scenarios.run(gallium(), ab);
        Disruption r2 = Scenarios.run(gallium(), b.and(a));
        for (int i = 0; i < r1.impacts().size(); i++) {
            assertEquals(r1.impacts().get(i).noRerouting(), r2.impacts().get(i).noRerouting(), 1e-12);
        }
        assertTrue(r1.toString().startsWith("Disruption[2024, Scenario[export ban"), r1.toString());
    }

    @Test
    void shocks_rejectBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Shock.CapacityLoss.of("CHN", GA, Stage.MINING, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Shock.ExportBan.of("china", GA, Stage.MINING));
        assertThrows(IllegalArgumentException.class, () -> new Shock.DemandGrowth("USA", GA, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Shock.NewSupply("USA", GA, Stage.MINING, -1, ""));
    }
}
