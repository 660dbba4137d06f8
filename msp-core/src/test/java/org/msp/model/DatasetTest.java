package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final Provenance P = Provenance.of("USGS Mineral Commodity Summaries", "2026",
            "World Mine Production", "Public domain");
    private static final Provenance IEA = Provenance.of("IEA Critical Minerals Data Explorer", "May 2024",
            "Total supply", "CC BY 4.0");

    private static Dataset.Builder base() {
        return Dataset.builder().name("test").countries("AUS", "CHN", "KOR", "USA").minerals("lithium", "gallium");
    }

    private static DataProblem onlyProblem(Dataset.Builder b) {
        DatasetValidationException e = assertThrows(DatasetValidationException.class, b::build);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void build_unknownCountry_namesRecordAndField() {
        DataProblem p = onlyProblem(base().add(Flow.of("AUS", "JPN", "lithium", Stage.MINING, 2024, 5, P)));
        assertEquals("flows[0]", p.location());
        assertEquals("to", p.field());
        assertEquals("unknown country 'JPN'", p.message());
    }

    @Test
    void build_unknownMineral_namesRecordAndField() {
        DataProblem p = onlyProblem(base().add(Production.of("AUS", "cobalt", Stage.MINING, 2024, 5, P)));
        assertEquals("productions[0]", p.location());
        assertEquals("mineral", p.field());
        assertEquals("unknown mineral 'cobalt'", p.message());
    }

    @Test
    void build_unknownFacility_isReported() {
        DataProblem p = onlyProblem(base().add(new Production(Actor.facility("greenbushes"), "lithium",
                Stage.MINING, 2024, Quantity.tonnes(1), Qualifier.REPORTED, P)));
        assertEquals("producer", p.field());
        assertEquals("unknown facility 'greenbushes'", p.message());
    }

    @Test
    void countryOf_countryAndFacility_givesHostCountry() {
        Dataset d = base().add(Facility.of("greenbushes", "Greenbushes", "AUS", Stage.MINING, "lithium", P)).build();
        assertEquals("KOR", d.countryOf(Actor.country("KOR")));
        assertEquals("AUS", d.countryOf(Actor.facility("greenbushes")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.countryOf(Actor.facility("talison")));
        assertEquals("dataset test has no facility 'talison'", e.getMessage());
    }

    @Test
    void mineralsWithData_andLatestTradeYear_readTheFigures() {
        Dataset empty = base().build();
        assertTrue(empty.latestTradeYear().isEmpty());
        assertEquals(List.of(), List.copyOf(empty.mineralsWithData(2024)));
        Dataset d = base().add(Production.of("AUS", "lithium", Stage.MINING, 2023, 5, P))
                .add(Flow.of("CHN", "KOR", "gallium", Stage.REFINING, 2022, 1, P))
                .add(Flow.of("AUS", "CHN", "lithium", Stage.MINING, 2021, 4, P)).build();
        assertEquals(2022, d.latestTradeYear().getAsInt());
        assertEquals(List.of("lithium"), List.copyOf(d.mineralsWithData(2023)));
        assertEquals(List.of(), List.copyOf(d.mineralsWithTrade(2023)));
        assertEquals(List.of("gallium"), List.copyOf(d.mineralsWithData(2022)));
        assertEquals(List.of("gallium"), List.copyOf(d.mineralsWithTrade(2022)));
        assertEquals(List.of(), List.copyOf(d.mineralsWithData(2024)));
    }

    @Test
    void build_duplicateIds_areReportedWithFirstPlace() {
        DatasetValidationException e = assertThrows(DatasetValidationException.class,
                () -> base().countries("CHN").minerals("gallium").build());
        assertEquals(List.of(
                new DataProblem("countries[4]", "iso3", "duplicate id 'CHN' (first at countries[1])"),
                new DataProblem("minerals[2]", "id", "duplicate id 'gallium' (first at minerals[1])")),
                e.problems());
    }

    @Test
    void build_duplicateFigure_sameSource_isReported_otherSource_isKept() {
        Production a = Production.of("CHN", "gallium", Stage.REFINING, 2024, 750, P);
        Production b = Production.of("CHN", "gallium", Stage.REFINING, 2024, 760, P);
        DataProblem p = onlyProblem(base().add(a).add(b));
        assertEquals("productions[1]", p.location());
        assertTrue(p.message().startsWith("duplicate figure: same as productions[0]"), p.message());

        Production c = Production.of("CHN", "gallium", Stage.REFINING, 2024, 760, IEA);
        assertEquals(2, base().add(a).add(c).build().productions().size());
    }

    @Test
    void build_groupMemberThatDoesNotExist_isReported() {
        CountryGroup g = CountryGroup.of("msp-partners", "MSP partners", LocalDate.of(2022, 6, 14), P, "USA", "JPN");
        DataProblem p = onlyProblem(base().add(g));
        assertEquals("groups[0]", p.location());
        assertEquals("memberships[0].country", p.field()); // memberships sort by country: JPN before USA
        assertEquals("unknown country 'JPN'", p.message());
    }

    @Test
    void build_measureNamingUnknownGroup_isReported() {
        ExportRestriction r = new ExportRestriction("cn-ga-2023", "Export licensing of gallium", "CHN",
                ImmutableSortedSet.of("gallium"), Stage.REFINING, RestrictionKind.LICENSING, LocalDate.of(2023, 8, 1),
                Optional.empty(), ImmutableSortedSet.of(), ImmutableSortedSet.of("msp-partners"),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(), P);
        DataProblem p = onlyProblem(base().add(r));
        assertEquals("measures[0]", p.location());
        assertEquals("targetGroups", p.field());
    }

    @Test
    void build_facilityProductionAtWrongStage_isReported() {
        Facility f = Facility.of("greenbushes", "Greenbushes", "AUS", Stage.MINING, "lithium", P);
        DataProblem p = onlyProblem(base().add(f).add(new Production(f.actor(), "lithium", Stage.REFINING, 2024,
                Quantity.tonnes(1), Qualifier.REPORTED, P)));
        assertEquals("stage", p.field());
        assertEquals("facility 'greenbushes' works at stage mining, not refining", p.message());
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        Dataset.Builder b = base()
                .add(Flow.of("AUS", "JPN", "lithium", Stage.MINING, 2024, 5, P))
                .add(Production.of("BRA", "niobium", Stage.MINING, 2024, 5, P))
                .add(Stockpile.of("JPN", "gallium", 2024, 5, P))
                .add(Demand.of("KOR", "nickel", 2024, 5, P));
        DatasetValidationException e = assertThrows(DatasetValidationException.class, b::build);
        assertEquals(5, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("dataset has 5 problems:"), e.getMessage());
    }

    @Test
    void records_refuseNegativeNaNAndSelfFlows() {
        assertThrows(IllegalArgumentException.class, () -> Production.of("AUS", "lithium", Stage.MINING, 2024, -1, P));
        assertThrows(IllegalArgumentException.class,
                () -> Production.of("AUS", "lithium", Stage.MINING, 2024, Double.NaN, P));
        IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
                () -> Flow.of("AUS", "AUS", "lithium", Stage.MINING, 2024, 1, P));
        assertTrue(self.getMessage().contains("same actor"), self.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Flow.of("AUS", "CHN", "lithium", Stage.MINING, 2024, 1, P)
                .withValueUsd(-5));
        assertThrows(IllegalArgumentException.class, () -> Actor.country("chn"));
        assertThrows(IllegalArgumentException.class, () -> Mineral.of("Gallium"));
        assertThrows(NullPointerException.class, () -> Production.of("AUS", "lithium", null, 2024, 1, P));
        assertThrows(IllegalArgumentException.class, () -> Production.of("AUS", "lithium", Stage.MINING, 1850, 1, P));
    }

    @Test
    void lists_areSortedWhateverTheInsertionOrder() {
        Dataset a = base().add(Production.of("CHN", "lithium", Stage.MINING, 2024, 41_000, P))
                .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 88_000, P)).build();
        Dataset b = base().add(Production.of("AUS", "lithium", Stage.MINING, 2024, 88_000, P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2024, 41_000, P)).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("AUS", a.productions().get(0).producer().id());
        assertEquals(a, a.toBuilder().build());
    }

    @Test
    void productions_takeOneSourcePerTable_byPriority() {
        Dataset.Builder b = base()
                .add(Production.of("AUS", "lithium", Stage.MINING, 2023, 86_000, P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2023, 33_000, P))
                .add(Production.of("AUS", "lithium", Stage.MINING, 2023, 90_000, IEA))
                .add(Production.of("AUS", "lithium", Stage.MINING, 2023, 84_000,
                        Provenance.of("USGS Mineral Commodity Summaries", "2024", "", "Public domain")));
        Dataset usgsFirst = b.sourcePriority(List.of("USGS Mineral Commodity Summaries")).build();
        List<Production> t = usgsFirst.productions("lithium", Stage.MINING, 2023);
        assertEquals(2, t.size());
        assertTrue(t.stream().allMatch(p -> p.provenance().edition().equals("2026")), t::toString);
        Dataset ieaFirst = b.sourcePriority(List.of("IEA Critical Minerals Data Explorer")).build();
        assertEquals(List.of(90_000.0), ieaFirst.productions("lithium", Stage.MINING, 2023).stream()
                .map(p -> p.quantity().tonnes()).toList());
        List<Production> explicit = ieaFirst.productions("lithium", Stage.MINING, 2023,
                "USGS Mineral Commodity Summaries");
        assertEquals(List.of(86_000.0, 33_000.0).stream().sorted().toList(),
                explicit.stream().map(p -> p.quantity().tonnes()).sorted().toList(),
                "an explicit source gives its latest edition only");
        assertTrue(usgsFirst.productions("lithium", Stage.REFINING, 2023).isEmpty());
    }

    @Test
    void groups_membershipIsDated() {
        CountryGroup g = new CountryGroup("msp-partners", "MSP partners", List.of(
                Membership.of("USA", LocalDate.of(2022, 6, 14)),
                Membership.of("KOR", LocalDate.of(2022, 6, 14)),
                Membership.of("AUS", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))), P);
        Dataset d = base().add(g).build();
        assertEquals(ImmutableSortedSet.of("KOR", "USA"), d.members("msp-partners", LocalDate.of(2022, 12, 31)));
        assertEquals(ImmutableSortedSet.of("AUS", "KOR", "USA"), d.members("msp-partners", 2023));
        assertEquals(ImmutableSortedSet.of("KOR", "USA"), d.members("msp-partners", 2024));
        assertThrows(IllegalArgumentException.class, () -> d.members("asean", 2024));
        assertThrows(IllegalArgumentException.class, () -> new CountryGroup("g", "G", List.of(
                Membership.of("USA", LocalDate.of(2022, 1, 1)), Membership.of("USA", LocalDate.of(2023, 1, 1))), P));
    }

    @Test
    void queries_flowsIntoAndMeasuresInForce() {
        ExportRestriction ban = ExportRestriction.of("cn-ga", "Export licensing of gallium", "CHN", "gallium",
                Stage.REFINING, RestrictionKind.LICENSING, LocalDate.of(2023, 8, 1), P);
        Dataset d = base()
                .add(Flow.of("CHN", "KOR", "gallium", Stage.REFINING, 2024, 20, P))
                .add(Flow.of("CHN", "USA", "gallium", Stage.REFINING, 2024, 5, P))
                .add(Flow.of("AUS", "CHN", "lithium", Stage.MINING, 2024, 80_000, P))
                .add(ban).build();
        assertEquals(1, d.flowsInto("KOR", "gallium", 2024).size());
        assertEquals(2, d.flowsOutOf("CHN", "gallium", 2024).size());
        assertEquals(List.of(ban), d.measuresInForce(2023));
        assertTrue(d.measuresInForce(2022).isEmpty());
        assertEquals(Optional.of(ban), d.measure("cn-ga"));
    }

    @Test
    void toString_isOneBoundedLine_andSummaryCounts() {
        Dataset d = base().add(Production.of("AUS", "lithium", Stage.MINING, 2024, 88_000, P)).build();
        assertEquals("Dataset[test, 4 countries, 2 minerals, 1 productions, years 2024-2024]", d.toString());
        assertTrue(d.summary().contains("productions   1"), d.summary());
        assertFalse(d.toString().contains("\n"));
    }

    @Test
    void projectsAndOfftakes_holdWhatSourcesState() {
        Project mahenge = new Project("mahenge", "Mahenge graphite project", "TZA", Stage.MINING,
                ImmutableSortedSet.of("graphite"), Optional.empty(), ProjectStatus.FINANCING, OptionalInt.empty(),
                List.of(), List.of(Offtake.ofValue("POSCO", 40_000_000)), P);
        assertTrue(mahenge.toString().contains("POSCO $40,000,000"), mahenge.toString());
        Dataset.Builder b = Dataset.builder().countries("TZA").minerals("graphite").add(mahenge);
        assertEquals(1, b.build().projects().size());
        assertThrows(IllegalArgumentException.class, () -> new Offtake("POSCO", OptionalDouble.of(-1), Optional.empty()));
    }

    @Test
    void catalogues_readWell() {
        assertEquals("KOR (South Korea)", Country.of("KOR").toString());
        assertEquals(Region.ASIA, Country.of("KOR").region());
        assertTrue(Mineral.of("gallium").isOn("us-2025"));
        assertEquals(MineralGroup.RARE_EARTHS, Mineral.of("neodymium").group());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Country.of("XYZ"));
        assertTrue(e.getMessage().contains("XYZ"));
        assertEquals(Stage.REFINING, Stage.parse("Processing"));
        assertEquals(Actor.facility("mine-1"), Actor.parse(Actor.facility("mine-1").toString()));
    }
}
