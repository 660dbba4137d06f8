package org.msp.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Production;
import org.msp.model.Project;
import org.msp.model.Qualifier;
import org.msp.model.Stage;
import org.msp.model.TradeMeasure;

class DatasetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/msp/data");

    private static Map<String, Double> shares(List<Production> table) {
        double total = table.stream().mapToDouble(p -> p.quantity().tonnes()).sum();
        return table.stream().collect(Collectors.toMap(p -> p.producer().id(), p -> p.quantity().tonnes() / total,
                Double::sum));
    }

    @Test
    void world_loadedOnce_sameInstance() {
        assertSame(Datasets.world(), Datasets.world());
        assertTrue(Datasets.world().productions().size() > 3000);
    }

    @Test
    void world_chinaGallium2024_above95Percent() {
        List<Production> table = Datasets.world().productions("gallium", Stage.REFINING, 2024);
        assertTrue(table.size() >= 3, table::toString);
        assertEquals("USGS Mineral Commodity Summaries", table.get(0).provenance().source());
        double china = shares(table).get("CHN");
        assertTrue(china > 0.95, "China's share " + china);
    }

    @Test
    void world_lithiumMining2024_topThreeAreAustraliaChileChina() {
        List<Production> table = Datasets.world().productions("lithium", Stage.MINING, 2024);
        List<String> top = shares(table).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3).map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of("AUS", "CHL", "CHN"), top);
    }

    @Test
    void world_refiningTablesUsgsLacks_comeFromIea() {
        List<Production> cobalt = Datasets.world().productions("cobalt", Stage.REFINING, 2023);
        assertTrue(!cobalt.isEmpty() && cobalt.get(0).provenance().source().startsWith("IEA"), cobalt::toString);
        assertTrue(shares(cobalt).get("CHN") > 0.5);
        List<Production> proj = Datasets.world().productions("lithium", Stage.REFINING, 2030);
        assertTrue(proj.stream().allMatch(p -> p.qualifier() == Qualifier.PROJECTED));
    }

    @Test
    void world_groupsMeasuresProject_asSeedsState() {
        Dataset w = Datasets.world();
        CountryGroup msp = w.group("msp-partners").orElseThrow();
        assertEquals(15, msp.membersOn(LocalDate.of(2025, 6, 26)).size());
        assertTrue(msp.isMember("EUU", LocalDate.of(2023, 1, 1)));
        assertTrue(msp.isMember("BEL", LocalDate.of(2025, 11, 18)));
        assertTrue(msp.provenance().source().startsWith("ISPI (policy analysis)"));
        assertEquals(List.of("CHN", "IRN", "PRK", "RUS"), List.copyOf(w.group("feoc").orElseThrow().everMembers()));
        ExportRestriction gaGe = (ExportRestriction) w.measures().stream()
                .filter(m -> m.id().equals("cn-2023-gallium-germanium")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2023, 8, 1), gaGe.effective());
        assertTrue(gaGe.provenance().source().startsWith("CSIS (policy analysis)"));
        assertTrue(w.measuresInForce(2024).stream().map(TradeMeasure::id).toList().contains("cn-2024-12-ban-usa"));
        Project mahenge = w.project("mahenge-graphite").orElseThrow();
        assertEquals("TZA", mahenge.country());
        assertEquals(40_000_000.0, mahenge.offtakes().get(0).valueUsd().getAsDouble());
        assertTrue(mahenge.addedCapacity().isEmpty());
    }

    @Test
    void world_coverage_gapsVisibleAndTotalsClose() {
        Coverage c = Datasets.worldCoverage();
        assertTrue(c.rows().stream().anyMatch(r -> r.mineral().equals("lithium") && r.withheld() > 0));
        assertTrue(c.tradeCodesWithoutFlows().contains("811231 hafnium"));
        assertTrue(c.totalChecks().size() > 50);
        long close = c.totalChecks().stream().filter(t -> Math.abs(t.ratio() - 1) <= 0.1).count();
        assertTrue(close * 10 >= c.totalChecks().size() * 7, () -> c.totalsOffBy(0.1).toString());
    }

    @Test
    void build_fromCommittedRawFiles_equalsCommittedResource() throws IOException {
        WorldDatasetBuilder.Build b = WorldDatasetBuilder.build(RawFiles.RAW);
        assertEquals(Datasets.world(), b.dataset());
        // compare the JSON, not the gzip bytes: another zlib may compress the same JSON differently
        assertArrayEquals(gunzip(Files.readAllBytes(RESOURCES.resolve(WorldDatasetBuilder.DATASET_FILE))),
                gunzip(WorldDatasetBuilder.gzippedJson(b.dataset())));
        assertEquals(b.results().stream().mapToInt(r -> r.worldTotals().size()).sum(), b.dataset().worldTotals().size());
        assertTrue(b.results().stream().flatMap(r -> r.skipped().stream())
                .noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
