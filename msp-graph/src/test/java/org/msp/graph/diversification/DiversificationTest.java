package org.msp.graph.diversification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.dependency.DependenceBounds;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Reserve;
import org.msp.model.Stage;

/**
 * Hand-worked examples on a gallium network:
 *
 * <pre>
 * CHN/refining own 600 --20--> USA/refining (own 0) <--15-- DEU/refining own 40
 *                      --30--> JPN/refining (own 10) --5--> USA/refining
 * </pre>
 * The USA imports 40 t: 23.75 t of Chinese origin (20 direct, 5 x 30/40 via Japan), 1.25 t Japanese, 15 t German.
 */
class DiversificationTest {
    private static final String GA = "gallium";
    private static final Node CHN = Node.of("CHN", Stage.REFINING, GA);
    private static final Node JPN = Node.of("JPN", Stage.REFINING, GA);
    private static final Node USA = Node.of("USA", Stage.REFINING, GA);
    private static final Node DEU = Node.of("DEU", Stage.REFINING, GA);
    private static final Provenance P = Provenance.user("test");
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    static SupplyNetwork network() {
        return SupplyNetwork.builder(2024).node(CHN, 600).node(JPN, 10).node(USA, 0).node(DEU, 40)
                .edge(CHN, USA, 20).edge(CHN, JPN, 30).edge(JPN, USA, 5).edge(DEU, USA, 15).build();
    }

    static Dataset dataset(Project... projects) {
        Dataset.Builder b = Dataset.builder().name("t").countries("CHN", "DEU", "JPN", "USA", "KAZ").minerals(GA)
                .add(CountryGroup.of("partners", "Partners", LocalDate.of(2022, 6, 14), P, "DEU", "JPN", "USA"))
                .add(CountryGroup.of("feoc", "Foreign entities of concern", LocalDate.of(2022, 1, 1), P, "CHN"))
                .add(Production.of("CHN", GA, Stage.REFINING, 2024, 600, P))
                .add(Production.of("JPN", GA, Stage.REFINING, 2024, 10, P))
                .add(Production.of("DEU", GA, Stage.REFINING, 2024, 40, P))
                .add(Reserve.of("KAZ", GA, 2024, 1000, P));
        for (Project p : projects) {
            b.add(p);
        }
        return b.build();
    }

    @Test
    void groupSupply_directAndLookThroughWithBounds() {
        GroupSupply g = Diversification.of(dataset(), network()).groupSupply("USA", GA,
                Bloc.group(dataset(), "partners", DAY));
        assertEquals(USA, g.consumer());
        assertEquals(40, g.imports(), 1e-12);
        assertEquals(20, g.directTonnes(), 1e-12);
        assertEquals(0.5, g.directShare(), 1e-12);
        DependenceBounds r = g.stages().get(0);
        assertEquals(Stage.REFINING, r.stage());
        // Proportional: (1.25 + 15) / 40; the partners alone: Japan 5 (its link) + Germany 15 = 20 of 40;
        // without them China delivers at most 25, so at least 15 must come from them.
        assertEquals(16.25 / 40, r.proportionalShare(), 1e-9);
        assertEquals(0.5, r.maximumShare(), 1e-9);
        assertEquals(20, r.maximum(), 1e-9);
        assertEquals(15.0 / 40, r.minimumShare(), 1e-9);
        assertTrue(g.toString().startsWith("USA/refining/gallium from partners: direct 50.0% of 40 t imports"),
                g.toString());
    }

    @Test
    void bloc_outsideAGroupIsTheNetworksOtherCountries() {
        Bloc nonFeoc = Bloc.outside(dataset(), "feoc", DAY, network());
        assertEquals(ImmutableSortedSet.of("DEU", "JPN", "USA"), nonFeoc.members());
        assertEquals("outside feoc", nonFeoc.label());
        GroupSupply g = Diversification.of(network()).groupSupply("USA", GA, nonFeoc);
        assertEquals(0.5, g.directShare(), 1e-12);
        assertEquals(16.25 / 40, g.stages().get(0).proportionalShare(), 1e-9);
    }

    @Test
    void candidateSources_rankByHhiAndExposure() {
        Project stated = new Project("ga-de", "German gallium recovery", "DEU", Stage.REFINING,
                ImmutableSortedSet.of(GA), Optional.of(Quantity.tonnes(50)), ProjectStatus.CONSTRUCTION,
                OptionalInt.of(2027), List.of(), List.of(), P);
        Project unstated = new Project("ga-x", "Gallium study", "USA", Stage.REFINING, ImmutableSortedSet.of(GA),
                Optional.empty(), ProjectStatus.ANNOUNCED, OptionalInt.empty(), List.of(), List.of(), P);
        SourceRanking r = CandidateSources.rank(dataset(stated, unstated), GA, Stage.REFINING, 2024, 10, 0.05,
                network(), "USA", "CHN");
        double h0 = sq(600 / 650.0) + sq(10 / 650.0) + sq(40 / 650.0);
        assertEquals(h0, r.hhiBefore(), 1e-12);
        assertEquals(23.75 / 40, r.exposureBefore().getAsDouble(), 1e-9);
        assertEquals(List.of("project:ga-de", "KAZ", "project:ga-x"),
                r.candidates().stream().map(Candidate::label).toList());
        Candidate de = r.candidates().get(0);
        assertEquals(sq(600 / 700.0) + sq(10 / 700.0) + sq(90 / 700.0), de.hhiAfter().getAsDouble(), 1e-12);
        // Assumption: the candidate's tonnes reach the consumer: 23.75 / (40 + 50).
        assertEquals(23.75 / 90, de.exposureAfter().getAsDouble(), 1e-9);
        Candidate kaz = r.candidates().get(1);
        assertEquals(1000, kaz.reserves().getAsDouble(), 0.0);
        assertEquals(0, kaz.currentShare(), 0.0);
        assertEquals(sq(600 / 660.0) + sq(10 / 660.0) + sq(40 / 660.0) + sq(10 / 660.0),
                kaz.hhiAfter().getAsDouble(), 1e-12);
        assertEquals(23.75 / 50, kaz.exposureAfter().getAsDouble(), 1e-9);
        Candidate x = r.candidates().get(2);
        assertTrue(x.hhiAfter().isEmpty() && x.addedTonnes().isEmpty());
        assertEquals("capacity not stated", x.note());
        assertEquals("project:ga-de", r.best().orElseThrow().label());
        assertTrue(r.toString().startsWith("SourceRanking[gallium/refining 2024, each country adds 10 t, HHI now"),
                r.toString());
    }

    @Test
    void candidateSources_byReserveShare_growEachCountryToItsReserveShare() {
        Dataset d = Dataset.builder().name("ni").countries("IDN", "PHL", "AUS", "BRA").minerals("nickel")
                .add(Production.of("IDN", "nickel", Stage.MINING, 2024, 600, P))
                .add(Production.of("PHL", "nickel", Stage.MINING, 2024, 400, P))
                .add(Reserve.of("IDN", "nickel", 2024, 500, P))
                .add(Reserve.of("AUS", "nickel", 2024, 300, P))
                .add(Reserve.of("BRA", "nickel", 2024, 200, P)).build();
        SourceRanking r = CandidateSources.rankByReserveShare(d, "nickel", Stage.MINING, 2024, 0.5);
        // Output 1,000 t; Australia holds 30% of reserves -> adds 300 t, Brazil 20% -> 200 t; Indonesia's 60% share
        // of output is above maxShare.
        assertEquals(List.of("AUS", "BRA"), r.candidates().stream().map(Candidate::label).toList());
        assertEquals(300, r.candidates().get(0).addedTonnes().getAsDouble(), 1e-9);
        assertEquals(sq(600 / 1300.0) + sq(400 / 1300.0) + sq(300 / 1300.0),
                r.candidates().get(0).hhiAfter().getAsDouble(), 1e-12);
        assertEquals(200, r.candidates().get(1).addedTonnes().getAsDouble(), 1e-9);
        assertTrue(r.addedTonnes().isEmpty());
        assertEquals("each country grows to its share of world reserves", r.assumption());
    }

    @Test
    void projectPortfolio_countsByStageRegionMineral() {
        Dataset d = Dataset.builder().name("p").countries("TZA", "CAN", "AUS").minerals("graphite", "cobalt",
                "lithium", "nickel")
                .add(new Project("mahenge", "Mahenge", "TZA", Stage.MINING, ImmutableSortedSet.of("graphite"),
                        Optional.empty(), ProjectStatus.FINANCING, OptionalInt.empty(), List.of(), List.of(), P))
                .add(new Project("co-ref", "Cobalt refinery", "CAN", Stage.REFINING, ImmutableSortedSet.of("cobalt"),
                        Optional.of(Quantity.tonnes(5000)), ProjectStatus.CONSTRUCTION, OptionalInt.of(2026),
                        List.of(), List.of(), P))
                .add(new Project("rec", "Battery recycling", "AUS", Stage.RECYCLING,
                        ImmutableSortedSet.of("lithium", "nickel"), Optional.of(Quantity.tonnes(1000)),
                        ProjectStatus.ANNOUNCED, OptionalInt.empty(), List.of(), List.of(), P))
                .build();
        ProjectPortfolio p = ProjectPortfolio.of(d);
        assertEquals(3, p.projects());
        assertEquals(Map.of("mining", 1, "refining", 1, "recycling", 1), p.byStage());
        assertEquals(Map.of("Africa", 1, "Americas", 1, "Oceania", 1), p.byRegion());
        assertEquals(Map.of("cobalt", 1, "graphite", 1, "lithium", 1, "nickel", 1), p.byMineral());
        assertEquals(Map.of("cobalt", 5000.0), p.statedCapacity());
        assertEquals(2, p.capacityNotStated());
        assertEquals(1, ProjectPortfolio.count(p.bySubregion(), "Northern America"));
        assertTrue(p.toString().contains("stated capacity {cobalt=5,000 t}, not stated for 2"), p.toString());
    }

    @Test
    void projectImpacts_concentrationAndChokepoint() {
        Project stated = new Project("ga-de", "German gallium recovery", "DEU", Stage.REFINING,
                ImmutableSortedSet.of(GA), Optional.of(Quantity.tonnes(50)), ProjectStatus.CONSTRUCTION,
                OptionalInt.of(2027), List.of(), List.of(), P);
        Project unstated = new Project("ga-x", "Gallium study", "USA", Stage.REFINING, ImmutableSortedSet.of(GA),
                Optional.empty(), ProjectStatus.ANNOUNCED, OptionalInt.empty(), List.of(), List.of(), P);
        List<ProjectImpact> all = ProjectImpacts.of(dataset(stated, unstated), 2024, network(), "USA");
        assertEquals(2, all.size());
        ProjectImpact de = all.get(0);
        assertEquals(sq(600 / 650.0) + sq(10 / 650.0) + sq(40 / 650.0), de.hhiBefore().getAsDouble(), 1e-12);
        assertEquals(sq(600 / 700.0) + sq(10 / 700.0) + sq(90 / 700.0), de.hhiAfter().getAsDouble(), 1e-12);
        assertEquals("CHN", de.chokepoint().orElseThrow());
        // China bans: the USA keeps 15 (Germany) + 1.25 (Japan's own): 23.75 of 40 lost. With the project Germany
        // has 90 of 40 (x 2.25) and sends 33.75: the USA keeps 35, loses 5.
        assertEquals(23.75 / 40, de.shortfallBefore().getAsDouble(), 1e-9);
        assertEquals(5.0 / 40, de.shortfallAfter().getAsDouble(), 1e-9);
        assertEquals(0.5, de.shortfallReroutedBefore().getAsDouble(), 1e-9);
        assertEquals(5.0 / 40, de.shortfallReroutedAfter().getAsDouble(), 1e-9);
        ProjectImpact x = all.get(1);
        assertEquals("ga-x/gallium (USA, refining): capacity not stated", x.toString());
        assertTrue(x.hhiAfter().isEmpty() && x.shortfallAfter().isEmpty());
    }

    private static double sq(double x) {
        return x * x;
    }
}
