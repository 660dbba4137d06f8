package org.msp.data;

import org.msp.world.WorldDatasetBuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.msp.data.baci.BaciAseanImporter;
import org.msp.data.baci.BaciHs22TopFlowsImporter;
import org.msp.data.baci.BaciImporter;
import org.msp.data.baci.BaciTopPartnersImporter;
import org.msp.data.baci.BaciTradeValue;
import org.msp.data.baci.BaciValuesImporter;
import org.msp.data.facilities.FacilityImporter;
import org.msp.data.iea.IeaImporter;
import org.msp.data.iea.IeaJsonImporter;
import org.msp.data.usgs.McsImporter;
import org.msp.data.usitc.UsImportValue;
import org.msp.data.usitc.UsitcImporter;
import org.msp.data.wgi.WgiImporter;
import org.msp.data.eucrm.EolRirImporter;
import org.msp.model.GovernanceScore;
import org.msp.model.RecyclingInputRate;
import org.msp.io.DataFileException;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.DatasetValidationException;

/**
 * Fuzzing of the raw-file importers: real lines of the committed source files (USGS MCS 2023/2024 world and
 * salient CSVs, the MCS 2026 single CSV, the IEA, USITC and CEPII BACI extracts (HS17 2024, HS07 ASEAN, HS17
 * 2022 values only, the HS22 top-flow JSON), the USGS facility GeoJSON layers, the IEA May 2025 JSON, the WGI
 * and EU EoL-RIR CSVs)
 * are mutated (truncation, missing and extra columns, quotes left open, NaN, infinities, negative and huge
 * numbers, very long values, unknown names, other encodings, stray bytes, BOMs, gzip damage, deep nesting)
 * and read.
 *
 * <p>The contract checked for every input: the read finishes within {@link #LIMIT}; it either returns a
 * result whose every row is accounted for (imported, or skipped with a reason) and whose records make a
 * valid dataset, or throws {@link DataFileException} naming the file and a line (or, for GeoJSON, a JSON
 * path); never another throwable. The count of inputs read is printed after the class.
 */
class HostileRawFileProperties {
    /** The longest a single read may take before it counts as a hang. */
    static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Pattern LOCATION = Pattern.compile("line [1-9][0-9]*|\\$.*");

    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong LOADED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    /** The mutations. */
    enum Kind {
        TRUNCATE, DELETE_LINE, DUPLICATE_LINE, DROP_FIELD, EXTRA_FIELD, OPEN_QUOTE, BAD_NUMBER, LONG_VALUE,
        BAD_NAME, ENCODING, STRAY_BYTES, RANDOM_BYTE, CRLF, BLANK_LINES, GZIP, DEEP_NESTING
    }

    /** One source: a file name the importer accepts, its reader, and real lines of it as text. */
    record Source(String name, String fileName, BiFunction<InputStream, String, Object> reader, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A mutated file: what was done, and the bytes; {@code toString} names the mutation only. */
    record Mutant(Source source, Kind kind, String detail, byte[] bytes) {
        @Override
        public String toString() {
            String d = detail.length() > 120 ? detail.substring(0, 120) + "..." : detail;
            return source.name() + "/" + kind + ": " + d + " (" + bytes.length + " bytes)";
        }
    }

    private static final List<Source> SOURCES = sources();

    private static List<Source> sources() {
        List<Source> s = new ArrayList<>();
        s.add(csv("mcs2024 world gallium", "usgs-mcs2024/world/mcs2024-galli_world.csv", 100,
                McsImporter::readWorldCsv));
        s.add(csv("mcs2023 world lithium", "usgs-mcs2023/world/mcs2023-lithi_world.csv", 100,
                McsImporter::readWorldCsv));
        s.add(csv("mcs2024 salient gallium", "usgs-mcs2024/salient/mcs2024-galli_salient.csv", 100,
                McsImporter::readSalientCsv));
        s.add(csv("mcs2023 salient rare earths", "usgs-mcs2023/salient/mcs2023-raree_salient.csv", 100,
                McsImporter::readSalientCsv));
        s.add(csv("iea", "iea/iea_cmde_supply_by_country.csv", 40, IeaImporter::read));
        s.add(csv("baci", "cepii-baci/baci_hs17_V202601_critical_2024_bilateral.csv.gz", 40, BaciImporter::read));
        s.add(csv("usitc", "usitc/usitc_us_trade_by_partner_annual.csv.gz", 40, UsitcImporter::read));
        s.add(csv("wgi", WorldDatasetBuilder.WGI_FILE, 40, WgiImporter::read));
        s.add(csv("eu eol-rir", WorldDatasetBuilder.EOL_RIR_FILE, 40, EolRirImporter::read));
        s.add(csv("baci hs07 asean", "cepii-baci-asean-minerals-2010-2024/baci-asean-minerals-bilateral-2010-2024.csv.gz",
                40, BaciAseanImporter::read));
        s.add(csv("baci hs17 2022 values", "cepii-baci-2022-complete/baci_hs17_V202601_2022_critical30_value_usd.csv.gz",
                40, (in, n) -> BaciValuesImporter.read(in, n, 2022)));
        s.add(hs22TopFlows());
        s.add(topPartners());
        s.add(mcs2026());
        s.add(geojson("facilities africa", "usgs-mineral-facilities/AFR_Mineral_Facilities.geojson.gz",
                FacilityImporter.Layer.AFRICA));
        s.add(geojson("facilities indo-pacific", "usgs-mineral-facilities/INDOPAC_Mineral_facilities.geojson.gz",
                FacilityImporter.Layer.INDO_PACIFIC));
        s.add(iea2025());
        return List.copyOf(s);
    }

    private static byte[] rawBytes(String relative) {
        Path p = RawFiles.raw(relative);
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                : Files.newInputStream(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source csv(String name, String relative, int lines,
            BiFunction<InputStream, String, Object> reader) {
        String text = new String(rawBytes(relative), StandardCharsets.UTF_8);
        String fileName = Path.of(relative).getFileName().toString().replaceFirst("\\.gz$", "");
        List<String> all = Arrays.asList(text.split("\n", -1));
        return new Source(name, fileName, reader, String.join("\n", all.subList(0, Math.min(lines, all.size())))
                + "\n");
    }

    /** The MCS 2026 header and the rows of the gallium, germanium and lithium chapters. */
    private static Source mcs2026() {
        String text = new String(rawBytes("usgs-mcs2026/usgs_mcs2026_commodities_data.csv.gz"),
                Charset.forName("windows-1252"));
        List<String> all = Arrays.asList(text.split("\n", -1));
        StringBuilder b = new StringBuilder(all.get(0)).append('\n');
        for (String line : all) {
            if (line.startsWith("GALLIUM,") || line.startsWith("GERMANIUM,") || line.startsWith("LITHIUM,")) {
                b.append(line).append('\n');
            }
        }
        return new Source("mcs2026", "usgs_mcs2026_commodities_data.csv", McsImporter::readMcs2026, b.toString());
    }

    /**
     * The BACI HS22 top-flow JSON cut to three headings (copper ore, nickel, coal: one skipped) of 2024, five
     * pairs each, pretty-printed so that line mutations hit single members.
     */
    private static Source hs22TopFlows() {
        try {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = (ObjectNode) m.readTree(rawBytes("cepii-baci-hs22-metals-topflows/flows.json.gz"));
            ObjectNode flows = m.createObjectNode();
            ObjectNode totals = m.createObjectNode();
            for (String id : List.of("copper_ore", "nickel", "coal")) {
                ArrayNode pairs = m.createArrayNode();
                ArrayNode all = (ArrayNode) root.get("flows").get(id).get("2024");
                for (int i = 0; i < 5; i++) {
                    ObjectNode p = ((ObjectNode) all.get(i)).deepCopy();
                    p.remove(List.of("es", "is"));
                    pairs.add(p);
                }
                flows.set(id, m.createObjectNode().set("2024", pairs));
                totals.set(id, m.createObjectNode().set("2024", root.get("totals").get(id).get("2024")));
            }
            root.set("flows", flows);
            root.set("totals", totals);
            return new Source("baci hs22 top flows", "flows.json", BaciHs22TopFlowsImporter::read,
                    m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2020 top-partner edge lists cut to three materials (cobalt, germanium: skipped, lithium), six edges each. */
    private static Source topPartners() {
        try {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = (ObjectNode) m.readTree(rawBytes("cepii-baci-topflows-2017-2022/flows_2020.json.gz"));
            ObjectNode materials = m.createObjectNode();
            for (String label : List.of("cobalt", "germanium", "lithium")) {
                ArrayNode all = (ArrayNode) root.get("materials").get(label);
                ArrayNode kept = m.createArrayNode();
                for (int i = 0; i < 6; i++) {
                    kept.add(all.get(i));
                }
                materials.set(label, kept);
            }
            ObjectNode cut = m.createObjectNode();
            cut.set("year", root.get("year"));
            cut.set("source", root.get("source"));
            cut.set("materials", materials);
            return new Source("baci top partners", "flows_2020.json", BaciTopPartnersImporter::read,
                    m.writerWithDefaultPrettyPrinter().writeValueAsString(cut));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first twelve features of a facility layer, as the layer prints them. */
    private static Source geojson(String name, String relative, FacilityImporter.Layer layer) {
        try {
            ObjectMapper m = new ObjectMapper();
            JsonNode root = m.readTree(rawBytes(relative));
            ArrayNode features = (ArrayNode) root.get("features");
            ArrayNode kept = m.createArrayNode();
            for (int i = 0; i < Math.min(12, features.size()); i++) {
                kept.add(features.get(i));
            }
            ((ObjectNode) root).set("features", kept);
            String fileName = Path.of(relative).getFileName().toString().replaceFirst("\\.gz$", "");
            return new Source(name, fileName, (in, n) -> FacilityImporter.read(in, n, layer),
                    m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A part of the IEA May 2025 JSON, pretty-printed: the lithium and rare-earth supply tables (with the two note
     * lines), lithium total demand, two clean-technology minerals and one technology.
     */
    private static Source iea2025() {
        try {
            ObjectMapper m = new ObjectMapper();
            JsonNode root = m.readTree(rawBytes("iea-2025/iea_cmde_2025_edition_base2024.json"));
            ObjectNode kept = m.createObjectNode();
            kept.set("source", root.get("source"));
            ObjectNode supply = kept.putObject("supply");
            supply.set("Lithium", root.get("supply").get("Lithium"));
            supply.set("Rare Earth Elements", root.get("supply").get("Rare Earth Elements"));
            kept.putObject("totalDemand").set("Lithium", root.get("totalDemand").get("Lithium"));
            ObjectNode clean = kept.putObject("cleantechByMineral");
            clean.set("Lithium", root.get("cleantechByMineral").get("Lithium"));
            clean.set("Gallium", root.get("cleantechByMineral").get("Gallium"));
            kept.putObject("byTechnology").set("Grid battery storage", root.get("byTechnology").get("Grid battery storage"));
            return new Source("iea 2025 json", "iea_cmde_2025_edition_base2024.json", IeaJsonImporter::read,
                    m.writerWithDefaultPrettyPrinter().writeValueAsString(kept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the property

    @Property
    void everyMutantImportsCompletelyOrFailsWithDataFileException(@ForAll("mutants") Mutant m) {
        Statistics.label("source").collect(m.source().name());
        Statistics.label("mutation").collect(m.kind());
        INPUTS.incrementAndGet();
        String fileName = m.source().fileName();
        Object outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                return m.source().reader().apply(new ByteArrayInputStream(m.bytes()), fileName);
            } catch (Throwable t) {
                return t;
            }
        }, () -> "import did not finish within " + LIMIT + ": " + m);
        if (outcome instanceof ImportResult) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("imported");
            checkComplete((ImportResult) outcome, m);
        } else if (outcome instanceof IeaJsonImporter.Result) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("imported");
            IeaJsonImporter.Result r = (IeaJsonImporter.Result) outcome;
            checkComplete(r.imported(), m);
            Dataset.Builder b = Dataset.builder().name("fuzz");
            r.imported().addTo(b, true);
            r.demands().stream().map(org.msp.model.Demand::mineral).distinct()
                    .filter(x -> !r.imported().mineralIds().contains(x))
                    .forEach(x -> b.add(org.msp.model.Minerals.find(x).orElseThrow()));
            r.demands().forEach(b::add);
            try {
                assertEquals(r.demands().size(), b.build().demands().size(), m::toString);
            } catch (DatasetValidationException e) {
                throw new AssertionError("the demands do not make a dataset: " + m + "\n" + e.getMessage(), e);
            }
        } else if (outcome instanceof UsitcImporter.Result) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("imported");
            for (UsImportValue v : ((UsitcImporter.Result) outcome).values()) {
                assertTrue(Double.isFinite(v.valueUsd()) && v.valueUsd() >= 0, () -> "bad value " + v + ": " + m);
            }
        } else if (outcome instanceof WgiImporter.Result w) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("imported");
            Dataset.Builder b = Dataset.builder();
            w.scores().stream().map(GovernanceScore::country).distinct().forEach(c -> b.countries(c));
            for (GovernanceScore g : w.scores()) {
                assertTrue(g.scaled() >= 0 && g.scaled() <= 10, () -> "bad score " + g + ": " + m);
                b.add(g);
            }
            assertEquals(w.scores().size(), b.build().governanceScores().size(), m::toString);
        } else if (outcome instanceof EolRirImporter.Result e) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("imported");
            Dataset.Builder b = Dataset.builder().countries(EolRirImporter.REGION);
            e.rates().stream().map(RecyclingInputRate::mineral).distinct().forEach(x -> b.minerals(x));
            e.rates().forEach(b::add);
            assertEquals(e.rates().size(), b.build().recyclingInputRates().size(), m::toString);
        } else if (outcome instanceof BaciTopPartnersImporter.Result) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("imported");
            for (BaciTradeValue v : ((BaciTopPartnersImporter.Result) outcome).values()) {
                assertTrue(Double.isFinite(v.valueUsd()) && v.valueUsd() >= 0, () -> "bad value " + v + ": " + m);
            }
        } else if (outcome instanceof DataFileException) {
            REFUSED.incrementAndGet();
            Statistics.label("outcome").collect("refused");
            assertNamesThePlace((DataFileException) outcome, fileName, m);
        } else {
            Throwable t = (Throwable) outcome;
            throw new AssertionError("import threw " + t + " rather than DataFileException: " + m, t);
        }
    }

    private static void checkComplete(ImportResult r, Mutant m) {
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)),
                () -> "a row was read but neither imported nor skipped: " + m + "\n" + r.skipped());
        try {
            Dataset d = r.toDataset("fuzz");
            assertEquals(r.recordCount(), d.productions().size() + d.reserves().size() + d.flows().size()
                    + d.facilities().size() + d.gaps().size() + d.importReliances().size()
                    + d.importSources().size() + d.demands().size() + d.stockpiles().size() + d.prices().size(),
                    () -> "records lost on the way to a dataset: " + m);
        } catch (DatasetValidationException e) {
            throw new AssertionError("the importer returned records that do not make a dataset: " + m + "\n"
                    + e.getMessage(), e);
        }
    }

    private static void assertNamesThePlace(DataFileException e, String fileName, Mutant m) {
        assertEquals(fileName, e.sourceName(), m::toString);
        assertFalse(e.problems().isEmpty(), m::toString);
        for (DataProblem p : e.problems()) {
            assertTrue(LOCATION.matcher(p.location()).matches(),
                    () -> "problem without a line or JSON path: '" + p + "' for " + m);
            assertFalse(p.message().isBlank(), m::toString);
        }
    }

    @AfterContainer
    static void reportCount() {
        System.out.printf("HostileRawFileProperties: %d mutated raw source files read: %d imported, %d refused "
                + "with DataFileException, 0 other outcomes%n", INPUTS.get(), LOADED.get(), REFUSED.get());
    }

    // ------------------------------------------------------------------ the mutations

    @Provide
    Arbitrary<Mutant> mutants() {
        return Combinators.combine(Arbitraries.of(SOURCES), Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 300_000))
                .as(HostileRawFileProperties::mutate);
    }

    private static final List<String> BAD_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "-1", "-0", "1e309",
            "1e308", "1.7976931348623157e308", "99999999999999999999999", "2147483648", "-2147483649", "\"1,5\"",
            "1.2.3", "0x10", "--", "W", "NA", "\"\"", " ", "1e", "1" + "0".repeat(400), "12abc", "٣", "+5",
            "-999999", "4.9e-324", "\"-5,000\"", "(1)", ">50", "<1", "E", "XX", "-", "\u00a0");
    private static final List<String> BAD_NAMES = List.of("Narnia", "", " ", "\"China, People's Republic of\"",
            "CHINA", "china", "\u00a0China", "Chin\u00e4", "<script>", "World total", "Other countries", "XXX",
            "Soviet Union", "\"\"\"", "Korea", "Congo", "Total");
    private static final List<String> ENCODINGS = List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE",
            "ISO-8859-1", "UTF-8+BOM", "UTF-8+BOM+BOM", "UTF-16LE+BOM");
    private static final List<byte[]> STRAY = List.of(new byte[] {(byte) 0xe9}, new byte[] {(byte) 0xff},
            new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0x81}, new byte[] {(byte) 0x8d, (byte) 0x90},
            new byte[] {0}, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xfe, (byte) 0xff},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {0x1f, (byte) 0x8b});

    static Mutant mutate(Source s, Kind kind, double where, int pick, int size) {
        String t = s.text();
        int at = (int) Math.min(t.length() - 1, Math.floor(where * t.length()));
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        int li = pick % lines.size();
        switch (kind) {
            case TRUNCATE:
                return text(s, kind, "cut at " + at, t.substring(0, at));
            case DELETE_LINE:
                lines.remove(li);
                return text(s, kind, "line " + (li + 1), String.join("\n", lines));
            case DUPLICATE_LINE:
                lines.add(li, lines.get(li));
                return text(s, kind, "line " + (li + 1), String.join("\n", lines));
            case DROP_FIELD:
            case EXTRA_FIELD:
            case BAD_NUMBER:
            case LONG_VALUE:
            case BAD_NAME: {
                String line = lines.get(li);
                List<int[]> cells = cells(line);
                int[] c = cells.get(size % cells.size());
                String replacement;
                switch (kind) {
                    case DROP_FIELD:
                        replacement = null;
                        break;
                    case EXTRA_FIELD:
                        replacement = line.substring(c[0], c[1]) + (size % 2 == 0 ? "," : ",extra");
                        break;
                    case BAD_NUMBER:
                        replacement = BAD_NUMBERS.get(pick % BAD_NUMBERS.size());
                        break;
                    case LONG_VALUE:
                        replacement = "9".repeat(size * (1 + pick % 4));
                        break;
                    default:
                        replacement = BAD_NAMES.get(pick % BAD_NAMES.size());
                }
                String mutated = replacement == null
                        ? line.substring(0, Math.max(0, c[0] - 1)) + line.substring(c[1])
                        : line.substring(0, c[0]) + replacement + line.substring(c[1]);
                lines.set(li, mutated);
                return text(s, kind, "line " + (li + 1) + " cell " + line.substring(c[0], c[1]) + " := "
                        + (replacement == null ? "(dropped)" : replacement), String.join("\n", lines));
            }
            case OPEN_QUOTE:
                return text(s, kind, "quote at " + at, t.substring(0, at) + "\"" + t.substring(at));
            case ENCODING:
                return encode(s, ENCODINGS.get(pick % ENCODINGS.size()));
            case STRAY_BYTES: {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                byte[] stray = STRAY.get(pick % STRAY.size());
                int p = (int) Math.min(b.length, Math.floor(where * b.length));
                return new Mutant(s, kind, "bytes " + hex(stray) + " at " + p,
                        concat(Arrays.copyOfRange(b, 0, p), stray, Arrays.copyOfRange(b, p, b.length)));
            }
            case RANDOM_BYTE: {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                int p = (int) Math.min(b.length - 1, Math.floor(where * b.length));
                b[p] = (byte) pick;
                return new Mutant(s, kind, "byte " + (pick & 0xff) + " at " + p, b);
            }
            case CRLF:
                return text(s, kind, (pick & 1) == 0 ? "CRLF" : "CR", t.replace("\n", (pick & 1) == 0 ? "\r\n" : "\r"));
            case BLANK_LINES:
                lines.add(li, (pick & 1) == 0 ? "" : ",,,,");
                return text(s, kind, "blank line at " + (li + 1), String.join("\n", lines));
            case GZIP: {
                byte[] gz = gzip(t.getBytes(StandardCharsets.UTF_8));
                int cut = (int) Math.max(3, Math.floor(where * gz.length));
                if ((pick & 1) == 0) {
                    return new Mutant(s, kind, "gzip cut at " + cut, Arrays.copyOf(gz, Math.min(cut, gz.length - 1)));
                }
                gz[Math.min(cut, gz.length - 1)] ^= (byte) (1 + pick % 255);
                return new Mutant(s, kind, "gzip byte flipped at " + cut, gz);
            }
            case DEEP_NESTING: {
                // in GeoJSON a nested member of a feature; in CSV a cell of brackets
                int brace = t.indexOf('{', at);
                int p = brace < 0 ? at : brace + 1;
                String deep = (pick & 1) == 0 ? "[".repeat(size) + "]".repeat(size)
                        : "{\"a\":".repeat(size) + "1" + "}".repeat(size);
                return text(s, kind, "depth " + size + " at " + p, t.substring(0, p) + "\"deep\": " + deep + ", "
                        + t.substring(p));
            }
            default:
                throw new IllegalStateException("unhandled mutation " + kind);
        }
    }

    /** Returns the [start, end) of each comma-separated cell of {@code line}, quotes ignored. */
    private static List<int[]> cells(String line) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    private static Mutant text(Source s, Kind kind, String detail, String text) {
        return new Mutant(s, kind, detail, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mutant encode(Source s, String encoding) {
        String t = s.text();
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] b;
        switch (encoding) {
            case "UTF-8+BOM":
                b = concat(bom, t.getBytes(StandardCharsets.UTF_8));
                break;
            case "UTF-8+BOM+BOM":
                b = concat(bom, bom, t.getBytes(StandardCharsets.UTF_8));
                break;
            case "UTF-16LE+BOM":
                b = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, t.getBytes(StandardCharsets.UTF_16LE));
                break;
            default:
                b = t.getBytes(Charset.forName(encoding));
        }
        return new Mutant(s, Kind.ENCODING, encoding, b);
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x & 0xff));
        }
        return s.toString();
    }
}
