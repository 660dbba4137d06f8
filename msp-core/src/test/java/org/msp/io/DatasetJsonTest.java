package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.DataGap;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.ExportRestriction;
import org.msp.model.Facility;
import org.msp.model.FacilityStatus;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.GapKind;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Location;
import org.msp.model.Membership;
import org.msp.model.Mineral;
import org.msp.model.MineralGroup;
import org.msp.model.Offtake;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Production;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Region;
import org.msp.model.Reserve;
import org.msp.model.RestrictionKind;
import org.msp.model.SourcingRule;
import org.msp.model.Stage;
import org.msp.model.Stockpile;
import org.msp.model.Tariff;

class DatasetJsonTest {
    private static final String EXAMPLE = "/org/msp/io/example.json";

    // ------------------------------------------------------------------ the example document

    static Dataset expectedExample() {
        Provenance usgs = new Provenance("usgs", "MCS 2025", "", "public domain", "");
        Provenance company = Provenance.of("company", "2024", "", "fair use");
        Provenance kores = Provenance.of("kores", "2024", "", "fair use").withNote("illustrative");
        LocalDate msp = LocalDate.of(2022, 6, 14);
        return Dataset.builder().name("example").sourcePriority(List.of("usgs"))
                .add(new Country("AUS", "Australia", Region.OCEANIA, "Australia and New Zealand"))
                .add(new Country("CHN", "China", Region.ASIA, "Eastern Asia"))
                .add(new Country("KOR", "Korea, Republic of", Region.ASIA, "Eastern Asia"))
                .add(new Country("TZA", "Tanzania", Region.AFRICA, "Eastern Africa"))
                .add(new Country("USA", "United States", Region.AMERICAS, "Northern America"))
                .add(Mineral.of("gallium", "Gallium", MineralGroup.NONE, List.of("us-2025", "eu-2023")))
                .add(Mineral.of("graphite", "Graphite (natural)", MineralGroup.NONE, List.of("us-2025", "eu-2023")))
                .add(Mineral.of("lithium", "Lithium", MineralGroup.NONE, List.of("us-2025", "eu-2023")))
                .add(new CountryGroup("msp", "Minerals Security Partnership", List.of(Membership.of("USA", msp),
                        Membership.of("AUS", msp), Membership.of("KOR", msp)),
                        Provenance.of("state.gov", "2022", "", "public domain")))
                .add(new Facility("kwinana", "Kwinana lithium hydroxide refinery", "AUS", Stage.REFINING,
                        ImmutableSortedSet.of("lithium"), Optional.of(new Quantity(24000, Basis.GROSS_WEIGHT)),
                        Optional.of("Tianqi Lithium Energy Australia"), FacilityStatus.OPERATING,
                        Optional.of(Location.of(-32.2, 115.77)), company.withNote("nameplate capacity")))
                .add(new Production(Actor.country("AUS"), "lithium", Stage.MINING, 2024, Quantity.tonnes(88_000),
                        Qualifier.ESTIMATED, usgs.withTable("world mine production")))
                .add(new Production(Actor.facility("kwinana"), "lithium", Stage.REFINING, 2024,
                        Quantity.tonnes(1500), Qualifier.REPORTED, company))
                .add(Reserve.of("AUS", "lithium", 2024, 7_000_000, usgs))
                .add(Flow.of("AUS", "CHN", "lithium", Stage.MINING, 2024, 80_000.5, usgs).withValueUsd(1.2e9))
                .add(Stockpile.of("KOR", "gallium", 2024, 12.5, kores))
                .add(Demand.of("KOR", "gallium", 2024, 60, kores))
                .add(new Project("mahenge", "Mahenge graphite", "TZA", Stage.MINING, ImmutableSortedSet.of("graphite"),
                        Optional.empty(), ProjectStatus.FINANCING, OptionalInt.empty(), List.of("MSP Finance Network"),
                        List.of(Offtake.ofValue("POSCO", 40e6)),
                        Provenance.of("msp", "2024", "", "public domain")))
                .add(new ExportRestriction("chn-gallium-2023", "Export licensing for gallium", "CHN",
                        ImmutableSortedSet.of("gallium"), Stage.REFINING, RestrictionKind.LICENSING,
                        LocalDate.of(2023, 8, 1), Optional.of(LocalDate.of(2024, 12, 3)), ImmutableSortedSet.of(),
                        ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(),
                        Provenance.of("mofcom", "2023", "", "public domain")))
                .add(new ExportRestriction("chn-gallium-2024", "Export ban on gallium to the US", "CHN",
                        ImmutableSortedSet.of("gallium"), Stage.REFINING, RestrictionKind.BAN,
                        LocalDate.of(2024, 12, 3), Optional.empty(), ImmutableSortedSet.of("USA"),
                        ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(),
                        Provenance.of("mofcom", "2024", "", "public domain")))
                .add(new Tariff("usa-graphite-2025", "Duties on Chinese active anode material", "USA",
                        ImmutableSortedSet.of("graphite"), Stage.MATERIAL, 7.21, LocalDate.of(2025, 7, 17),
                        Optional.empty(), ImmutableSortedSet.of("CHN"), ImmutableSortedSet.of(),
                        Provenance.of("commerce", "2025", "", "public domain")))
                .add(new SourcingRule("usa-ira-feoc", "IRA foreign-entity-of-concern exclusion", "USA",
                        ImmutableSortedSet.of("lithium", "graphite"), Stage.REFINING, LocalDate.of(2025, 1, 1),
                        Optional.empty(), ImmutableSortedSet.of("CHN"), ImmutableSortedSet.of(),
                        Provenance.of("treasury", "2024", "", "public domain")))
                .add(new DataGap(Actor.country("USA"), "gallium", Stage.REFINING, 2024, "production",
                        GapKind.WITHHELD, usgs))
                .add(new ImportReliance("USA", "gallium", 2024, 1.0, Qualifier.REPORTED, usgs))
                .add(new ImportSource("USA", "gallium", "CHN", 2020, 2023, 0.21, usgs))
                .build();
    }

    private static Dataset readExample() throws IOException {
        try (InputStream in = DatasetJsonTest.class.getResourceAsStream(EXAMPLE)) {
            return DatasetJson.read(in, EXAMPLE);
        }
    }

    @Test
    void read_exampleDocument_givesExpectedDataset() throws IOException {
        Dataset d = readExample();
        assertEquals(expectedExample(), d);
        assertEquals(2, d.productions().size());
        assertEquals(OptionalDouble.of(1.2e9), d.flows().get(0).valueUsd());
        assertEquals(FlowOrigin.REPORTED, d.flows().get(0).origin());
        assertEquals(4, d.measures().size());
    }

    @Test
    void write_thenRead_givesEqualDatasetAndSameText() throws IOException {
        Dataset d = readExample();
        String text = DatasetJson.toString(d);
        Dataset back = DatasetJson.fromString(text, "<string>");
        assertEquals(d, back);
        assertEquals(text, DatasetJson.toString(back));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(d, out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void toString_layout_oneRecordPerLineTwoSpaceIndentTrailingNewline() throws IOException {
        String text = DatasetJson.toString(readExample());
        assertTrue(text.startsWith("{\n  \"format\": \"msp-dataset\",\n  \"version\": 1,\n  \"name\": \"example\",\n"),
                text);
        assertTrue(text.endsWith("\n}\n"), text);
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("\n  \"countries\": [\n    {\"iso3\": \"AUS\", \"name\": \"Australia\", "
                + "\"region\": \"oceania\", \"subregion\": \"Australia and New Zealand\"},\n"), text);
        assertTrue(text.contains("\"type\": \"sourcing_rule\""), text);
        assertTrue(text.contains("\"capacity\": {\"tonnes\": 24000.0, \"basis\": \"gross_weight\"}"), text);
        assertTrue(text.contains("\"producer\": \"facility:kwinana\""), text);
        assertTrue(text.contains("\"effective\": \"2023-08-01\", \"until\": \"2024-12-03\""), text);
        // empty optional fields and empty lists are left out
        assertFalse(text.contains("\"table\": \"\""), text);
        assertFalse(text.contains("\"targetGroups\""), text);
        // "{", 3 header lines, sourcePriority on 3 lines, 14 lists of 24 records in all (each list adds its
        // opening and closing line), "}"
        assertEquals(1 + 3 + 3 + (14 * 2 + 24) + 1, text.split("\n").length, text);
    }

    @Test
    void write_prices_roundTripAndDocumentsWithoutThemStillRead() {
        Provenance usgs = Provenance.of("USGS Mineral Commodity Summaries", "2026", "Salient Statistics", "CC0");
        Dataset d = Dataset.builder().name("prices").minerals("gallium", "cobalt")
                .add(new Price("gallium", 2024, 717_000.5, Basis.CONTENT, "gallium, 99.99%, producer price",
                        PriceKind.PRICE, Qualifier.ESTIMATED, usgs))
                .add(new Price("cobalt", 2023, 0.1 + 0.2, Basis.GROSS_WEIGHT, "unit value of imports",
                        PriceKind.UNIT_VALUE, Qualifier.REPORTED, usgs.withNote("footnote")))
                .build();
        String text = DatasetJson.toString(d);
        assertTrue(text.contains("{\"mineral\": \"gallium\", \"year\": 2024, \"usdPerTonne\": 717000.5, "
                + "\"basis\": \"content\", \"description\": \"gallium, 99.99%, producer price\", "
                + "\"kind\": \"price\", \"qualifier\": \"estimated\""), text);
        Dataset back = DatasetJson.fromString(text, "prices.json");
        assertEquals(d, back);
        assertEquals(0.1 + 0.2, back.price("cobalt", 2023).orElseThrow().usdPerTonne());
        assertEquals(text, DatasetJson.toString(back));
        // a document without the list reads as a dataset without prices
        assertEquals(List.of(), DatasetJson.fromString(text.replaceAll("(?s),\\n  \"prices\": \\[.*\\]", ""),
                "old.json").prices());
    }

    @Test
    void read_priceWithUnknownKind_namesPathAndField() {
        String doc = "{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"x\", \"minerals\": "
                + "[{\"id\": \"gallium\", \"name\": \"Gallium\", \"group\": \"none\", \"criticalLists\": []}], "
                + "\"prices\": [{\"mineral\": \"gallium\", \"year\": 2024, \"usdPerTonne\": 1, \"basis\": "
                + "\"content\", \"description\": \"d\", \"kind\": \"quote\", \"qualifier\": \"reported\", "
                + "\"provenance\": {\"source\": \"s\", \"edition\": \"e\", \"licence\": \"l\"}}]}";
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.fromString(doc, "bad.json"));
        assertTrue(e.getMessage().contains("$.prices[0]") && e.getMessage().contains("kind"), e.getMessage());
    }

    @Test
    void write_toPath_thenReadPath_roundTrips(@TempDir Path dir) throws IOException {
        Dataset d = readExample();
        Path file = dir.resolve("example.json");
        DatasetJson.write(d, file);
        assertEquals(d, DatasetJson.read(file));
        assertEquals(DatasetJson.toString(d), Files.readString(file));
    }

    @Test
    void write_catalogueCountriesAndMinerals_roundTrips() {
        Provenance p = Provenance.of("usgs", "MCS 2025", "t1", "public domain");
        Dataset d = Dataset.builder().name("catalogue")
                .add(Country.of("CHN")).add(Country.of("COD")).add(Country.of("CIV")).add(Country.of("KOR"))
                .add(Mineral.of("cobalt")).add(Mineral.of("graphite")).add(Mineral.of("graphite-synthetic"))
                .add(Production.of("COD", "cobalt", Stage.MINING, 2023, 170_000, p))
                .add(Flow.of("COD", "CHN", "cobalt", Stage.MINING, 2023, 0.1 + 0.2, p))
                .add(Flow.of("CIV", "KOR", "graphite", Stage.MINING, 2023, 1e-300, p))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(d, out);
        Dataset back = DatasetJson.read(new ByteArrayInputStream(out.toByteArray()), "catalogue.json");
        assertEquals(d, back);
        assertEquals(Country.of("CIV"), back.countries().get(1));
        assertEquals("Côte d'Ivoire", back.countries().get(1).name());
        assertEquals(Mineral.of("graphite-synthetic"), back.mineral("graphite-synthetic").orElseThrow());
        assertEquals(0.1 + 0.2, back.flows("cobalt", Stage.MINING, 2023).get(0).quantity().tonnes());
    }

    // ------------------------------------------------------------------ bad input

    private static final String PROVENANCE = "{\"source\": \"s\", \"edition\": \"1\", \"licence\": \"l\"}";
    private static final String COUNTRIES = "[{\"iso3\": \"AUS\", \"name\": \"Australia\", \"region\": \"oceania\", "
            + "\"subregion\": \"Australia and New Zealand\"}, {\"iso3\": \"CHN\", \"name\": \"China\", "
            + "\"region\": \"asia\", \"subregion\": \"Eastern Asia\"}]";

    /** A flow record of lithium at mining in 2024, with {@code extra} fields appended. */
    private static String flow(String from, String to, String tonnes, String extra) {
        return "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"mineral\": \"lithium\", \"stage\": \"mining\", "
                + "\"year\": 2024, \"quantity\": {\"tonnes\": " + tonnes + ", \"basis\": \"content\"}, "
                + "\"origin\": \"reported\", \"provenance\": " + PROVENANCE + extra + "}";
    }

    private static String document(String countries, String... flows) {
        return "{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"t\",\n"
                + "\"countries\": " + countries + ",\n"
                + "\"minerals\": [{\"id\": \"lithium\", \"name\": \"Lithium\", \"group\": \"none\"}],\n"
                + "\"flows\": [\n" + String.join(",\n", flows) + "\n]}\n";
    }

    private static DataFileException refused(String json) {
        return assertThrows(DataFileException.class, () -> DatasetJson.fromString(json, "bad.json"));
    }

    private static DataProblem only(DataFileException e) {
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        assertEquals("bad.json", e.sourceName());
        return e.problems().get(0);
    }

    @Test
    void fromString_validDocument_reads() {
        Dataset d = DatasetJson.fromString(document(COUNTRIES, flow("AUS", "CHN", "5", "")), "ok.json");
        assertEquals(5.0, d.flows().get(0).quantity().tonnes());
    }

    @Test
    void read_unknownField_namesPathAndField() {
        DataProblem p = only(refused(document(COUNTRIES, flow("AUS", "CHN", "5", ", \"colour\": \"red\""))));
        assertEquals("$.flows[0]", p.location());
        assertEquals("colour", p.field());
        assertTrue(p.message().contains("unknown field 'colour'"), p.message());
    }

    @Test
    void read_missingField_namesPathAndField() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", "").replace("\"mineral\": \"lithium\", ", ""));
        DataProblem p = only(refused(json));
        assertEquals("$.flows[0]", p.location());
        assertEquals("mineral", p.field());
        assertTrue(p.message().startsWith("missing field 'mineral'"), p.message());
    }

    @Test
    void read_wrongType_namesPathAndField() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", "").replace("\"year\": 2024", "\"year\": \"2024\""));
        DataFileException e = refused(json);
        DataProblem p = only(e);
        assertEquals("$.flows[0].year", e.path());
        assertTrue(p.message().startsWith("expected an integer, found a string"), p.message());
    }

    @Test
    void read_fractionalYear_isWrongType() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", "").replace("\"year\": 2024", "\"year\": 2024.5"));
        assertEquals("$.flows[0].year", refused(json).path());
    }

    @Test
    void read_negativeTonnes_namesNestedPath() {
        DataFileException e = refused(document(COUNTRIES, flow("AUS", "CHN", "-1.0", "")));
        DataProblem p = only(e);
        assertEquals("$.flows[0].quantity", p.location());
        assertEquals("tonnes", p.field());
        assertEquals("$.flows[0].quantity.tonnes", e.path());
        assertTrue(p.message().contains("Quantity.tonnes is negative: -1.0"), p.message());
        assertTrue(p.message().endsWith("(line 5)"), p.message());
    }

    @Test
    void read_nanToken_isRefusedWithLineAndColumn() {
        DataFileException e = refused(document(COUNTRIES, flow("AUS", "CHN", "NaN", "")));
        DataProblem p = only(e);
        assertEquals("$.flows[0].quantity.tonnes", e.path());
        assertTrue(p.message().contains("NaN"), p.message());
        assertTrue(p.message().contains("line 5, column"), p.message());
    }

    @Test
    void read_infinityToken_isRefused() {
        DataFileException e = refused(document(COUNTRIES, flow("AUS", "CHN", "-Infinity", "")));
        assertTrue(only(e).message().contains("Infinity"), e.getMessage());
        assertEquals("$.flows[0].quantity.tonnes", e.path());
    }

    @Test
    void read_nanString_isWrongType() {
        DataFileException e = refused(document(COUNTRIES, flow("AUS", "CHN", "\"NaN\"", "")));
        assertEquals("$.flows[0].quantity.tonnes", e.path());
        assertTrue(only(e).message().startsWith("expected a number, found a string"), e.getMessage());
    }

    @Test
    void read_numberBeyondDoubleRange_isOutOfRange() {
        DataFileException e = refused(document(COUNTRIES, flow("AUS", "CHN", "1e400", "")));
        assertEquals("$.flows[0].quantity.tonnes", e.path());
        assertTrue(only(e).message().startsWith("number out of range"), e.getMessage());
    }

    @Test
    void read_badIso3_namesCountryField() {
        DataFileException e = refused(document(COUNTRIES.replace("\"AUS\"", "\"Aus\""), flow("AUS", "CHN", "5", "")));
        assertEquals(2, e.problems().size(), e::getMessage);
        DataProblem first = e.problems().get(0);
        assertEquals("$.countries[0]", first.location());
        assertEquals("iso3", first.field());
        assertTrue(first.message().contains("ISO 3166-1 alpha-3"), first.message());
        assertEquals("$.flows[0].from", e.problems().get(1).location() + "." + e.problems().get(1).field());
    }

    @Test
    void read_referenceToRefusedRecord_isNotReportedTwice() {
        DataFileException e = refused(document(COUNTRIES.replace("\"oceania\"", "\"down under\""),
                flow("AUS", "CHN", "5", "")));
        DataProblem p = only(e);
        assertEquals("$.countries[0].region", e.path());
        assertTrue(p.message().startsWith("unknown region 'down under'; expected one of africa, americas"),
                p.message());
    }

    @Test
    void read_badActorText_namesField() {
        DataFileException e = refused(document(COUNTRIES, flow("au", "CHN", "5", "")));
        assertEquals("$.flows[0].from", e.path());
    }

    @Test
    void read_brokenReference_namesRecordAndField() {
        DataFileException e = refused(document(COUNTRIES, flow("AUS", "JPN", "5", "")));
        DataProblem p = only(e);
        assertEquals("$.flows[0]", p.location());
        assertEquals("to", p.field());
        assertEquals("unknown country 'JPN'", p.message());
    }

    @Test
    void read_duplicateId_namesSecondRecordAndFirst() {
        String countries = COUNTRIES.replace("]", ", {\"iso3\": \"AUS\", \"name\": \"Australia 2\", "
                + "\"region\": \"oceania\", \"subregion\": \"x\"}]");
        DataProblem p = only(refused(document(countries, flow("AUS", "CHN", "5", ""))));
        assertEquals("$.countries[2]", p.location());
        assertEquals("iso3", p.field());
        assertEquals("duplicate id 'AUS' (first at $.countries[0])", p.message());
    }

    @Test
    void read_truncatedFile_namesLineAndColumn() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", ""));
        DataProblem p = only(refused(json.substring(0, json.length() / 2 + 20)));
        assertTrue(p.message().contains("end-of-input"), p.message());
        assertTrue(p.message().matches("(?s).*\\(line \\d+, column \\d+\\)"), p.message());
    }

    @Test
    void read_duplicateJsonKey_isRefused() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", ", \"year\": 2025"));
        DataFileException e = refused(json);
        DataProblem p = only(e);
        assertTrue(p.message().contains("Duplicate field 'year'"), p.message());
        assertTrue(p.location().startsWith("$.flows[0]"), p.location());
    }

    @Test
    void read_deepNesting_isRefusedWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", ", \"deep\": " + deep));
        DataProblem p = only(refused(json));
        assertTrue(p.message().contains("nesting depth"), p.message());
        assertTrue(p.location().startsWith("$.flows[0].deep"), p.location());
    }

    @Test
    void read_stringLongerThanLimit_isRefused() {
        String longName = "x".repeat(1_000_001);
        String json = document(COUNTRIES.replace("\"Australia\"", "\"" + longName + "\""), flow("AUS", "CHN", "5", ""));
        DataProblem p = only(refused(json));
        assertTrue(p.message().contains("String value length"), p.message());
        assertEquals("$.countries[0].name", p.location());
    }

    @Test
    void read_documentLargerThanLimit_isRefused() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", ""), flow("CHN", "AUS", "5", ""));
        DatasetJson.Limits small = DatasetJson.Limits.DEFAULT.withMaxDocumentLength(200);
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "big.json", small));
        assertTrue(e.getMessage().contains("Document length"), e.getMessage());
        assertEquals("big.json", e.sourceName());
        // the same document reads within the default limits
        assertEquals(2, DatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "big.json")
                .flows().size());
    }

    @Test
    void read_severalBadRecords_reportsAllAtFileIndices() {
        String json = document(COUNTRIES,
                flow("AUS", "CHN", "-1", ""),                      // [0] negative tonnes
                flow("AUS", "CHN", "5", ""),                       // [1] fine
                flow("AUS", "CHN", "5", ", \"colour\": 1"),        // [2] unknown field
                flow("CHN", "JPN", "5", ""),                       // [3] broken reference, builder index 1
                flow("AUS", "CHN", "5", "").replace("2024", "\"x\""), // [4] wrong type
                flow("AUS", "CHN", "6", ""));                      // [5] duplicate figure of [1]
        DataFileException e = refused(json);
        List<String> paths = e.problems().stream().map(DataFileException::path).collect(Collectors.toList());
        assertEquals(List.of("$.flows[0].quantity.tonnes", "$.flows[2].colour", "$.flows[4].year", "$.flows[3].to",
                "$.flows[5]"), paths, e::getMessage);
        assertTrue(e.problems().get(4).message().startsWith("duplicate figure: same as $.flows[1]"),
                e.problems().get(4).message());
        assertTrue(e.getMessage().startsWith("bad.json: 5 problems:\n  $.flows[0].quantity.tonnes: "), e.getMessage());
    }

    @Test
    void read_unknownMeasureType_isRefusedWithoutLoadingAClass() {
        String json = "{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"t\", \"measures\": ["
                + "{\"type\": \"java.lang.ProcessBuilder\", \"id\": \"x\"}, {\"@class\": \"java.lang.Object\"}]}";
        DataFileException e = refused(json);
        assertEquals(2, e.problems().size(), e::getMessage);
        assertEquals("$.measures[0].type", e.path());
        assertTrue(e.problems().get(0).message().startsWith("unknown trade measure type 'java.lang.ProcessBuilder'"));
        assertEquals("$.measures[1].type", DataFileException.path(e.problems().get(1)));
    }

    @Test
    void read_wrongFormatAndVersion_areRefused() {
        DataFileException e = refused("{\"format\": \"geojson\", \"version\": 2, \"name\": \"t\"}");
        assertEquals(List.of("$.format", "$.version"),
                e.problems().stream().map(DataFileException::path).collect(Collectors.toList()));
    }

    @Test
    void read_missingHeader_isRefused() {
        DataFileException e = refused("{\"countries\": []}");
        assertEquals(List.of("$.format", "$.version", "$.name"),
                e.problems().stream().map(DataFileException::path).collect(Collectors.toList()));
    }

    @Test
    void read_notAnObject_orEmpty_isRefused() {
        assertTrue(refused("[1, 2]").getMessage().contains("expected a JSON object"));
        assertTrue(refused("").getMessage().contains("empty document"));
        assertTrue(refused("   \n").getMessage().contains("empty document"));
    }

    @Test
    void read_trailingContent_isRefused() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", "")) + "{}";
        assertTrue(refused(json).getMessage().contains("after the end of the document"));
    }

    @Test
    void read_missingFile_isDataFileExceptionNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.read(file));
        assertEquals(file.toString(), e.sourceName());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    @Test
    void read_failingStream_isDataFileException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.read(failing, "stream"));
        assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void read_enumInOtherCase_isRefusedListingTheValues() {
        String json = document(COUNTRIES, flow("AUS", "CHN", "5", "").replace("\"mining\"", "\"Mining\""));
        DataProblem p = only(refused(json));
        assertEquals("stage", p.field());
        assertTrue(p.message().startsWith("unknown stage 'Mining'; expected one of mining, refining, material, "
                + "component, end_use, recycling"), p.message());
    }

    @Test
    void dataFileException_listsAtMostTwentyProblems() {
        List<DataProblem> many = ImmutableList.copyOf(java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> new DataProblem("$.flows[" + i + "]", "to", "bad")).iterator());
        DataFileException e = new DataFileException("f.json", many);
        assertEquals(25, e.problems().size());
        assertTrue(e.getMessage().endsWith("\n  ... and 5 more"), e.getMessage());
        assertEquals("$.flows[0].to", e.path());
        assertThrows(IllegalArgumentException.class, () -> new DataFileException("f.json", List.of()));
    }

    // ------------------------------------------------------------------ the README section and the module

    @Test
    void docsExample_parses() throws IOException {
        String text = Files.readString(Path.of("..", "README.md"));
        int section = text.indexOf("## The dataset file format");
        assertTrue(section >= 0, "no section 'The dataset file format'");
        int start = text.indexOf("```json\n", section) + "```json\n".length();
        String json = text.substring(start, text.indexOf("```", start));
        Dataset d = DatasetJson.fromString(json, "README.md");
        assertEquals("lithium example", d.name());
        assertEquals(List.of("AUS", "CHN"), d.countries().stream().map(Country::iso3).collect(Collectors.toList()));
        assertEquals(1, d.flows().size());
        assertEquals(88_000.0, d.productions().get(0).quantity().tonnes());
        assertTrue(d.measures().get(0) instanceof ExportRestriction);
    }

    @Test
    void mspJacksonModule_isFoundByServiceLoader() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        assertTrue(m.getRegisteredModuleIds().contains(MspJacksonModule.NAME)
                || m.getRegisteredModuleIds().contains(MspJacksonModule.class.getName()), () -> m.getRegisteredModuleIds()
                .toString());
        assertEquals("{\"tonnes\":12.5,\"basis\":\"gross_weight\"}",
                m.writeValueAsString(new Quantity(12.5, Basis.GROSS_WEIGHT)));
        assertEquals("\"facility:kwinana\"", m.writeValueAsString(Actor.facility("kwinana")));
        assertEquals(Stage.END_USE, m.readValue("\"end_use\"", Stage.class));
    }

    @Test
    void mapper_refusesBadRecordWithDataFileException() {
        com.fasterxml.jackson.databind.ObjectMapper m = DatasetJson.mapper();
        DataFileException e = assertThrows(DataFileException.class,
                () -> m.readValue("{\"tonnes\": -1, \"basis\": \"content\", \"unit\": \"kg\"}", Quantity.class));
        assertEquals(List.of("$.unit", "$.tonnes"),
                e.problems().stream().map(DataFileException::path).collect(Collectors.toList()), e::getMessage);
    }

    @Test
    void mapper_defaultPrettyPrinter_writesTheFileLayout() throws IOException {
        Dataset d = readExample();
        String text = DatasetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d);
        assertEquals(DatasetJson.toString(d), text + "\n");
    }

    @Test
    void mapper_refusesDuplicateKeys() {
        com.fasterxml.jackson.databind.ObjectMapper m = DatasetJson.mapper();
        assertThrows(com.fasterxml.jackson.core.JsonParseException.class,
                () -> m.readValue("{\"tonnes\": 1, \"tonnes\": 2, \"basis\": \"content\"}", Quantity.class));
    }
}
