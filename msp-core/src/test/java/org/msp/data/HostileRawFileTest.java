package org.msp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.data.baci.BaciImporter;
import org.msp.data.facilities.FacilityImporter;
import org.msp.data.iea.IeaImporter;
import org.msp.data.usgs.McsImporter;
import org.msp.io.DataFileException;
import org.msp.model.DataProblem;
import org.msp.model.Facility;

/**
 * The inputs on which {@link HostileRawFileProperties} found an importer throwing something other than
 * {@link DataFileException}, or a problem without a line, kept as examples.
 */
class HostileRawFileTest {
    private static final String IEA_HEADER = "edition,mineral,stage,country,year,value,unit\n";

    private static DataProblem only(DataFileException e) {
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    @Test
    void read_truncatedGzip_namesTheLineWhereInflatingStopped() throws IOException {
        StringBuilder text = new StringBuilder(IEA_HEADER);
        for (int i = 0; i < 2000; i++) {
            text.append("IEA CMDE May 2024 (base year 2023),Copper,Mining,Chile,2023,").append(i).append(",kt\n");
        }
        byte[] gz = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        DataFileException e = assertThrows(DataFileException.class,
                () -> IeaImporter.read(RawFiles.stream(Arrays.copyOf(gz, gz.length / 2)), "iea.csv.gz"));
        DataProblem p = only(e);
        assertTrue(p.location().matches("line [1-9][0-9]*"), p::toString);
        assertTrue(p.message().startsWith("the gzip data is damaged or truncated: "), p::toString);
        assertEquals("iea.csv.gz", e.sourceName());
    }

    @Test
    void read_gzipHeaderOnly_isRefusedAtLineOne() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> BaciImporter.read(RawFiles.stream(new byte[] {0x1f, (byte) 0x8b, 8}), "baci.csv.gz"));
        DataProblem p = only(e);
        assertEquals("line 1", p.location());
        assertTrue(p.message().contains("EOFException"), p::toString); // not "null"
    }

    @Test
    void readWorldCsv_columnYearOutOfRange_isDataFileExceptionNamingTheColumn() {
        // found by the fuzz run: a random byte turned Prod_kg_2023 into Prod_kg_0023
        String text = "\uFEFFSource,Country,Type,Prod_kg_2022,Prod_kg_est_0023,Prod_notes\n"
                + "MCS2024,China,Primary production,600000,600000,\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> McsImporter.readWorldCsv(RawFiles.stream(text, "UTF-8"), "mcs2024-galli_world.csv"));
        DataProblem p = only(e);
        assertEquals("line 1", p.location());
        assertEquals("Prod_kg_est_0023", p.field());
    }

    @Test
    void readSalientCsv_yearOutOfRange_isDataFileExceptionNamingYear() {
        String text = "DataSource,Commodity,Year,NIR_pct\nMCS2024,Gallium,14000,100\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> McsImporter.readSalientCsv(RawFiles.stream(text, "UTF-8"), "mcs2024-galli_salient.csv"));
        DataProblem p = only(e);
        assertEquals("line 2", p.location());
        assertEquals("Year", p.field());
    }

    @Test
    void ieaRead_valueBeyondDoubleRange_isDataFileExceptionNamingValue() {
        for (String value : new String[] {"1e400", "NaN", "Infinity", "1e306"}) {
            String text = IEA_HEADER + "IEA CMDE May 2024 (base year 2023),Copper,Mining,Chile,2023," + value + ",kt\n";
            DataFileException e = assertThrows(DataFileException.class,
                    () -> IeaImporter.read(RawFiles.stream(text, "UTF-8"), "iea.csv"), value);
            DataProblem p = only(e);
            assertEquals("line 2", p.location(), value);
            assertEquals("value", p.field(), value);
        }
    }

    @Test
    void readWorldCsv_figureBeyondDoubleRange_isDataFileException() throws IOException {
        Path file = RawFiles.raw("usgs-mcs2023/world/mcs2023-lithi_world.csv");
        String text = Files.readString(file).replace(",5970,6200,", "," + "9".repeat(400) + ",6200,");
        DataFileException e = assertThrows(DataFileException.class,
                () -> McsImporter.readWorldCsv(RawFiles.stream(text, "UTF-8"), "mcs2023-lithi_world.csv"));
        DataProblem p = only(e);
        assertEquals("line 3", p.location());
        assertTrue(p.message().contains("not a finite number"), p::toString);
    }

    @Test
    void facilityRead_capacityBeyondDoubleRange_isDataFileExceptionNamingTheFeature() throws IOException {
        Path file = RawFiles.raw("usgs-mineral-facilities/INDOPAC_Mineral_facilities.geojson.gz");
        ImportResult real = FacilityImporter.read(file);
        Facility withCapacity = real.facilities().stream().filter(f -> f.capacity().isPresent()).findFirst()
                .orElseThrow();
        ObjectMapper m = new ObjectMapper();
        JsonNode root;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            root = m.readTree(in);
        }
        ArrayNode kept = m.createArrayNode();
        for (JsonNode f : root.get("features")) {
            String uid = f.get("properties").get("FeatureUID").asText();
            if (withCapacity.id().startsWith("usgs-" + uid.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-")) {
                ((ObjectNode) f.get("properties")).put("DsgAttr06", "1e400");
                kept.add(f);
                break;
            }
        }
        assertEquals(1, kept.size(), withCapacity::toString);
        ((ObjectNode) root).set("features", kept);
        byte[] bytes = m.writeValueAsBytes(root);
        DataFileException e = assertThrows(DataFileException.class,
                () -> FacilityImporter.read(RawFiles.stream(bytes), "INDOPAC.geojson", FacilityImporter.Layer.INDO_PACIFIC));
        DataProblem p = only(e);
        assertEquals("$.features[0].properties", p.location());
        assertEquals("DsgAttr06", p.field());
    }

    @Test
    void baciRead_valueOverflowingDollars_isDataFileExceptionNamingValue() {
        String text = "year,exporter,exporter_name,importer,importer_name,hs6,material,value_kusd,qty_t\n"
                + "2024,TJK,Tajikistan,FRA,France,811010,antimony,1e308,6226.77\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> BaciImporter.read(RawFiles.stream(text, "UTF-8"), "baci.csv"));
        DataProblem p = only(e);
        assertEquals("line 2", p.location());
        assertEquals("value_kusd", p.field());
    }

    @Test
    void readMcs2026_importShareAbove100_isDataFileExceptionNamingValue() {
        String header = "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes,"
                + "Is critical mineral 2025,Other notes\n";
        for (String share : new String[] {"101", "9".repeat(400)}) {
            String text = header + "GALLIUM,Import Sources,Gallium,Canada,Import sources 2021-2024,Metal,percent,"
                    + "2021-24," + share + ",,Yes,\n";
            DataFileException e = assertThrows(DataFileException.class,
                    () -> McsImporter.readMcs2026(RawFiles.stream(text, "UTF-8"), "mcs2026.csv"), share);
            DataProblem p = only(e);
            assertEquals("line 2", p.location());
            assertEquals("Value", p.field());
        }
    }

    @Test
    void readPath_missingFile_isDataFileExceptionNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("baci_missing.csv");
        DataFileException e = assertThrows(DataFileException.class, () -> BaciImporter.read(missing));
        assertTrue(e.getMessage().contains("baci_missing.csv"), e::getMessage);
        DataFileException e2 = assertThrows(DataFileException.class,
                () -> McsImporter.readWorldCsv(dir.resolve("mcs2024-galli_world.csv")));
        assertTrue(e2.getMessage().contains("mcs2024-galli_world.csv"), e2::getMessage);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.toByteArray();
    }
}
