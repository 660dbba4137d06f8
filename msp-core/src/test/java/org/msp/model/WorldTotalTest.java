package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.ReportedTotal;
import org.msp.io.DataFileException;
import org.msp.io.DatasetJson;

class WorldTotalTest {
    private static final Provenance USGS_2026 = Provenance.of("usgs", "2026", "Copper: Mine production", "CC0");
    private static final Provenance USGS_2024 = Provenance.of("usgs", "2024", "coppe: Mine production", "PD");
    private static final Provenance IEA = Provenance.of("iea", "May 2024", "2 Total supply", "CC BY 4.0");

    private static Dataset copper() {
        return Dataset.builder().name("copper").countries("CHL", "PER").minerals("copper").sourcePriority(List.of("usgs"))
                .add(Production.of("CHL", "copper", Stage.MINING, 2024, 5_510_000, USGS_2026))
                .add(Production.of("PER", "copper", Stage.MINING, 2024, 2_740_000, USGS_2026))
                .add(Production.of("CHL", "copper", Stage.MINING, 2024, 5_300_000, IEA))
                .add(WorldTotal.of("copper", Stage.MINING, 2024, 23_000_000, USGS_2026)
                        .withRestOfWorld(Quantity.tonnes(2_850_000)))
                .add(WorldTotal.of("copper", Stage.MINING, 2024, 22_000_000, USGS_2024))
                .add(WorldTotal.of("copper", Stage.MINING, 2024, 22_800_000, IEA))
                .build();
    }

    @Test
    void of_needsATotalOrAResidualOnOneBasis() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new WorldTotal("copper",
                Stage.MINING, 2024, Optional.empty(), Optional.empty(), Qualifier.REPORTED, USGS_2026));
        assertTrue(none.getMessage().contains("neither total nor restOfWorld"), none.getMessage());
        IllegalArgumentException bases = assertThrows(IllegalArgumentException.class, () -> new WorldTotal("copper",
                Stage.MINING, 2024, Optional.of(Quantity.tonnes(10)),
                Optional.of(new Quantity(1, Basis.GROSS_WEIGHT)), Qualifier.REPORTED, USGS_2026));
        assertTrue(bases.getMessage().contains("restOfWorld on gross_weight"), bases.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorldTotal.of("Copper!", Stage.MINING, 2024, 1, USGS_2026));
    }

    /** The total of the table's own source and edition, never one of another source or edition. */
    @Test
    void worldTotal_isTheOneOfThePreferredTablesSourceAndEdition() {
        Dataset d = copper();
        WorldTotal w = d.worldTotal("copper", Stage.MINING, 2024).orElseThrow();
        assertEquals(23_000_000, w.total().orElseThrow().tonnes());
        assertEquals(2_850_000, w.restOfWorld().orElseThrow().tonnes());
        assertEquals(22_800_000, d.worldTotal("copper", Stage.MINING, 2024, "iea").orElseThrow().total().get().tonnes());
        assertTrue(d.worldTotal("copper", Stage.REFINING, 2024).isEmpty());
        Dataset noOwnTotal = Dataset.builder().countries("CHL").minerals("copper").sourcePriority(List.of("usgs"))
                .add(Production.of("CHL", "copper", Stage.MINING, 2024, 5_510_000, USGS_2026))
                .add(WorldTotal.of("copper", Stage.MINING, 2024, 22_800_000, IEA)).build();
        assertTrue(noOwnTotal.worldTotal("copper", Stage.MINING, 2024).isEmpty(), "a total of another source");
        assertEquals(3, d.worldTotals().size());
        assertTrue(d.toString().contains("3 worldTotals"), d.toString());
        assertTrue(w.toString().contains("23,000,000 t, rest of world 2,850,000 t"), w.toString());
    }

    @Test
    void build_reportsDuplicateAndUnknownMineral() {
        DatasetValidationException e = assertThrows(DatasetValidationException.class, () -> copper().toBuilder()
                .add(WorldTotal.of("copper", Stage.MINING, 2024, 1, USGS_2026))
                .add(WorldTotal.of("lithium", Stage.MINING, 2024, 1, USGS_2026)).build());
        String m = e.getMessage();
        assertTrue(m.contains("worldTotals[3]") && m.contains("duplicate figure"), m);
        assertTrue(m.contains("worldTotals[4]") && m.contains("unknown mineral 'lithium'"), m);
    }

    @Test
    void json_roundTripsAndStaysOptional() {
        Dataset d = copper();
        String json = DatasetJson.toString(d);
        assertTrue(json.contains("\"worldTotals\""), json);
        assertEquals(d, DatasetJson.fromString(json, "copper.json"));
        Dataset without = Dataset.builder().name("copper").countries("CHL").minerals("copper")
                .add(Production.of("CHL", "copper", Stage.MINING, 2024, 5_510_000, USGS_2026)).build();
        String older = DatasetJson.toString(without);
        assertTrue(!older.contains("worldTotals"), older);
        assertEquals(without, DatasetJson.fromString(older, "older.json"));
        String bad = json.replace("\"tonnes\": 2.3E7", "\"tonnes\": -1").replace("\"tonnes\":2.3E7", "\"tonnes\":-1");
        assertTrue(!bad.equals(json), json);
        DataFileException x = assertThrows(DataFileException.class, () -> DatasetJson.fromString(bad, "bad.json"));
        assertTrue(x.getMessage().contains("$.worldTotals[") && x.getMessage().contains("total.tonnes"), x.getMessage());
    }

    /** The importers' printed lines become one record per table: total and residual together. */
    @Test
    void importResult_joinsTheTotalAndTheResidualOfATable() {
        ReportedTotal total = new ReportedTotal("copper", Stage.MINING, 2024, NameKind.WORLD_TOTAL,
                Quantity.tonnes(23_000_000), Qualifier.REPORTED, USGS_2026);
        ReportedTotal rest = new ReportedTotal("copper", Stage.MINING, 2024, NameKind.REST_OF_WORLD,
                Quantity.tonnes(2_850_000), Qualifier.ESTIMATED, USGS_2026);
        ReportedTotal onlyRest = new ReportedTotal("cobalt", Stage.REFINING, 2023, NameKind.REST_OF_WORLD,
                Quantity.tonnes(20_800), Qualifier.REPORTED, IEA);
        ImportResult r = new ImportResult("x.csv", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(total, rest, onlyRest, total), List.of());
        List<WorldTotal> w = r.worldTotals();
        assertEquals(2, w.size());
        assertEquals(23_000_000, w.get(0).total().orElseThrow().tonnes());
        assertEquals(2_850_000, w.get(0).restOfWorld().orElseThrow().tonnes());
        assertTrue(w.get(0).provenance().note().contains("rest of world estimated"), w.get(0).provenance().note());
        assertTrue(w.get(1).total().isEmpty());
        assertEquals(Qualifier.REPORTED, w.get(1).qualifier());
    }
}
