package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.model.Dataset;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/**
 * US net import reliance on the embedded world dataset against the USGS's published figures, which the test
 * reads itself from the committed MCS 2026 CSV.
 */
class RelianceAnswersTest {
    private static final Path MCS2026 = Path.of("../msp-core/src/main/data/raw/usgs-mcs2026/"
            + "usgs_mcs2026_commodities_data.csv.gz");
    private static Dataset world;
    private static RelianceAnswers answers;
    /** Raw rows of the MCS 2026 CSV: commodity, statistic, detail, unit, year, value. */
    private static List<List<String>> raw;

    @BeforeAll
    static void load() throws IOException {
        world = Datasets.world();
        answers = RelianceAnswers.of(world);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(MCS2026))) {
            raw = parse(new String(in.readAllBytes(), Charset.forName("windows-1252")));
        }
    }

    /** A plain CSV reader (quoted fields, doubled quotes, CRLF), independent of the library's importer. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                rows.add(List.of(row.get(2), row.get(4), row.get(5), row.get(6), row.get(7), row.get(8)));
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows.subList(1, rows.size());
    }

    /** The USGS figure as the headline shows it: "43" is "43%", E, W and NA stay. */
    private static String form(String value) {
        String v = value.strip();
        return v.equals("E") || v.equals("W") || v.equals("NA") ? v : v + "%";
    }

    /** A commodity name as a mineral id: lower case, without a parenthesis, words joined by hyphens. */
    private static String id(String commodity) {
        return commodity.replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Published NIR values of one year by mineral id, for commodities that name a mineral of the dataset. */
    private static Map<String, List<String>> published(int year) {
        Map<String, List<String>> m = new TreeMap<>();
        for (List<String> r : raw) {
            if (r.get(1).equals("Net import reliance") && r.get(4).equals(Integer.toString(year))
                    && world.mineral(id(r.get(0))).isPresent()) {
                m.computeIfAbsent(id(r.get(0)), k -> new ArrayList<>()).add(form(r.get(5)));
            }
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024})
    void headline_isTheUsgsPublishedFigure_forEveryMineralThatHasOne(int year) {
        Map<String, List<String>> expected = published(year);
        assertTrue(expected.size() >= 40, expected::toString);
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            RelianceAnswer a = answers.answer("USA", e.getKey(), year);
            assertTrue(a.published().isPresent(), () -> "no published figure for " + e);
            if (e.getValue().size() == 1) {
                assertEquals(e.getValue().get(0), a.headline(), a::toString);
            } else {
                assertTrue(e.getValue().contains(a.headline()), () -> e + " / " + a);
            }
            assertTrue(a.headlineSource().startsWith("USGS Mineral Commodity Summaries 2026")
                    || a.published().get().hasFigure() == false, a::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024})
    void berylliumAndBoron_areNetExporters(int year) {
        for (String m : List.of("beryllium", "boron")) {
            RelianceAnswer a = answers.answer("USA", m, year);
            assertTrue(a.isNetExporter(), a::toString);
            assertEquals("E", a.headline(), a::toString);
            assertTrue(a.headlineShare().isEmpty(), "a net exporter has no reliance share: " + a);
        }
    }

    @Test
    void answers2023_areNotBlank_andSayWhyTheComputationIsUndetermined() {
        List<RelianceAnswer> list = answers.answers("USA", 2023);
        long published = list.stream().filter(RelianceAnswer::isPublished).count();
        assertTrue(published >= 40, () -> published + " published of " + list.size());
        for (RelianceAnswer a : list) {
            assertFalse(a.headline().isBlank(), a::toString);
            if (a.computed().isUndetermined() && !a.computed().isNetExporter()) {
                assertFalse(a.computed().reason().isEmpty(), a::toString);
            }
        }
    }

    @Test
    void differences_beyondTheTolerance_areExplained() {
        int compared = 0;
        for (int year : List.of(2023, 2024)) {
            for (RelianceAnswer a : answers.answers("USA", year)) {
                Optional<Boolean> agrees = a.agrees();
                if (agrees.isEmpty()) {
                    continue;
                }
                compared++;
                if (!agrees.get()) {
                    assertTrue(a.note().contains("differs from published") && a.note().contains("trade covers HS"),
                            a::toString);
                } else {
                    assertEquals("", a.note(), a::toString);
                }
            }
        }
        assertTrue(compared >= 15, "computed and published compared for " + compared + " minerals");
    }

    @Test
    void nickel2024_computedFromBaciTradeAndPublishedApparentConsumption() {
        RelianceAnswer a = answers.answer("USA", "nickel", 2024);
        assertEquals(form(rawValue("Nickel", "Net import reliance", 2024)), a.headline());
        ComputedReliance c = a.computed();
        double consumption = Double.parseDouble(rawValue("Nickel", "Consumption: Apparent, total", 2024)
                .replace(",", ""));
        assertEquals(consumption, c.consumption().getAsDouble(), 1e-6);
        assertEquals(Optional.of(Stage.REFINING), c.stage());
        assertTrue(c.method().contains("HS 750210") && c.method().contains("apparent consumption"), c.method());
        assertTrue(c.stockChange().isPresent(), "nickel stocks are published for 2023 and 2024: " + c);
        double expected = (c.imports() - c.exports() - c.stockChange().getAsDouble()) / consumption;
        assertEquals(expected, c.value().getAsDouble(), 1e-12);
        assertEquals(Optional.of(true), a.agrees(), a::toString);
        assertTrue(a.daysOfCover().isPresent(), a::toString);
    }

    @Test
    void withheldProduction_givesBoundsNotAValue() {
        // lithium: U.S. mine production is W in every year, apparent consumption W: never read as zero
        ComputedReliance c = answers.computed("USA", "lithium", 2024);
        assertFalse(c.isPoint(), c::toString);
        assertTrue(c.consumption().isEmpty() && c.production().isEmpty(), c::toString);
        assertTrue(c.caveats().stream().anyMatch(x -> x.contains("production unknown") || x.contains("withheld")),
                c::toString);
    }

    @Test
    void unlistedProducer_isBoundedByTheTablesOtherCountries() throws IOException {
        // Korea is not in the 2024 titanium sponge table, whose "Other countries" row is a dash (zero) in the raw
        // CSV: with the dataset's world totals Korea's production is 0 and its reliance a value, not bounds
        String other;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(MCS2026))) {
            other = new String(in.readAllBytes(), Charset.forName("windows-1252")).lines()
                    .filter(l -> l.contains(",Titanium Sponge Metal,Other countries,Production,") && l.contains(",2024,"))
                    .findFirst().orElseThrow();
        }
        assertTrue(other.contains(",2024,\u2014,"), other);
        ComputedReliance with = answers.computed("KOR", "titanium", 2024);
        assertTrue(with.isPoint(), with::toString);
        assertEquals(Math.min(1, with.netImports() / with.netImports()), with.value().getAsDouble(), 1e-12);
        assertTrue(with.caveats().get(0).contains("\"Other countries\" is 0"), with::toString);
    }

    @Test
    void daysOfCover_isStocksOverConsumption() {
        OptionalDouble d = answers.daysOfCover("USA", "gallium", 2024);
        double stocks = Double.parseDouble(rawValue("Gallium", "Stocks, consumer, yearend", 2024).replace(",", ""));
        double use = Double.parseDouble(rawValue("Gallium", "Consumption, reported", 2024).replace(",", ""));
        assertEquals(stocks / (use / 365), d.getAsDouble(), 1e-9);
    }

    @Test
    void mainSource_isThePublishedImportSource_elseTrade() {
        RelianceAnswer graphite = answers.answer("USA", "graphite", 2024);
        MainImportSource s = graphite.mainSource().orElseThrow();
        assertTrue(s.published(), s::toString);
        assertTrue(s.label().contains("import sources 2021-2024"), s::toString);
        double rawShare = raw.stream().filter(r -> r.get(0).equals("Graphite (Natural)")
                && r.get(1).startsWith("Import sources") && r.get(2).equals("All")).mapToDouble(
                        r -> Double.parseDouble(r.get(5))).max().orElseThrow();
        assertEquals(rawShare / 100, s.share(), 1e-9);
        RelianceAnswer magnets = answers.answer("USA", "magnet-rare-earths", 2024);
        assertFalse(magnets.mainSource().orElseThrow().published(), magnets::toString);
        MainSourceMinerals china = answers.mainSourceMinerals("USA", "CHN", 2024);
        assertTrue(china.mainFrom().containsKey("graphite") && china.count() < china.imported(), china::toString);
    }

    @Test
    void published_prefersTheLatestEdition() {
        Provenance p = answers.answer("USA", "cobalt", 2023).published().orElseThrow().provenance();
        assertEquals("2026", p.edition());
    }

    private static String rawValue(String commodity, String detailPrefix, int year) {
        return raw.stream().filter(r -> r.get(0).equals(commodity) && (r.get(2).startsWith(detailPrefix)
                || r.get(1).equals(detailPrefix)) && r.get(4).equals(Integer.toString(year))).map(r -> r.get(5))
                .findFirst().orElseThrow(() -> new AssertionError(commodity + " " + detailPrefix + " " + year));
    }
}
