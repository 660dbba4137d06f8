package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.msp.data.CountryNames;
import org.msp.world.Datasets;
import org.msp.data.ResolvedName;
import org.msp.data.iea.IeaImporter;
import org.msp.data.usgs.McsImporter;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;

/**
 * Shares of world output on the embedded dataset against what the sources publish, the expectations computed
 * in the test from the committed raw files, not typed in and not by the library's concentration code:
 *
 * <ul>
 *   <li>USGS Mineral Commodity Summaries 2026: for every 2024 table the dataset takes from it, each country's
 *       share is its figure over the table's "World total" row of the raw CSV, within 1.5 points (the totals
 *       are rounded);</li>
 *   <li>IEA Critical Minerals Data Explorer: for every table of every IEA edition in the dataset, base year
 *       and projections, the top-3 share agrees with the "Top 3 share" the IEA publishes beside it, read from
 *       the raw files under {@code msp-core/src/main/data/raw/iea*} (the flat CSV of the workbook, or the
 *       JSON form with {@code supply.<mineral>.<stage>.top3Share}).</li>
 * </ul>
 */
class WorldSharesTest {
    private static final Path RAW = Path.of("../msp-core/src/main/data/raw");
    private static final Dataset WORLD = Datasets.world();

    // ------------------------------------------------------------------ USGS MCS 2026

    /** One raw table of MCS 2026: the country figures (ISO3 to value in the file's unit) and the world total. */
    private record RawTable(Map<String, Double> countries, Optional<Double> worldTotal) {}

    @Test
    void usgs2024_everyCountryShare_isItsFigureOverTheUsgsWorldTotal() throws IOException {
        Map<String, RawTable> raw = usgs2026Tables(2024);
        int tables = 0;
        int withTotal = 0;
        int countries = 0;
        List<String> off = new ArrayList<>();
        for (String mineral : mineralIds()) {
            for (Stage stage : Stage.values()) {
                List<Production> table = WORLD.productions(mineral, stage, 2024);
                if (table.isEmpty() || !table.get(0).provenance().source().equals(McsImporter.SOURCE)
                        || !table.get(0).provenance().edition().equals("2026")) {
                    continue;
                }
                tables++;
                MarketConcentration r = Concentrations.of(WORLD, mineral, stage, 2024);
                // a dataset table may join raw statistics of one chapter (tellurium: refinery production, and
                // Sweden's "refinery production: concentrate"); the world total is the one printed among them
                TreeSet<String> rawTables = new TreeSet<>();
                table.forEach(p -> rawTables.add(p.provenance().table()));
                TreeSet<Double> totals = new TreeSet<>();
                for (String name : rawTables) {
                    assertTrue(raw.containsKey(name), () -> "no raw rows for " + name);
                    raw.get(name).worldTotal().ifPresent(totals::add);
                }
                assertTrue(totals.size() <= 1, () -> mineral + "/" + stage + ": several world totals " + totals);
                if (totals.isEmpty()) {
                    assertEquals(MarketConcentration.Denominator.LISTED_COUNTRIES, r.denominator(), r::toString);
                    continue;
                }
                withTotal++;
                assertTrue(r.isShareOfWorld(), r::toString);
                for (Production p : table) {
                    String iso = p.producer().id();
                    Double v = raw.get(p.provenance().table()).countries().get(iso);
                    assertTrue(v != null, () -> "no raw figure of " + iso + " in " + p.provenance().table());
                    double expected = v / totals.first();
                    countries++;
                    if (Math.abs(r.share(iso) - expected) > 0.015) {
                        off.add(String.format(Locale.ROOT, "%s/%s %s: %.1f%% vs USGS %.1f%%", mineral, stage, iso,
                                r.share(iso) * 100, expected * 100));
                    }
                }
            }
        }
        assertTrue(tables >= 40, "2024 USGS tables: " + tables);
        assertTrue(withTotal >= 30, "2024 USGS tables with a world total: " + withTotal);
        assertTrue(countries > 300, "country shares checked: " + countries);
        assertTrue(off.isEmpty(), () -> off.size() + " shares off by more than 1.5 points: " + off);
    }

    /** The analysts' example: Chile 5,510 of a 23,000 kt world, 24.0%; the rest of the world named. */
    @Test
    void copperMining2024_chileIsAQuarterOfTheWorld() throws IOException {
        RawTable t = usgs2026Tables(2024).get("Copper: Mine production");
        MarketConcentration r = Concentrations.of(WORLD, "copper", Stage.MINING, 2024);
        assertEquals(t.countries().get("CHL") / t.worldTotal().orElseThrow(), r.share("CHL"), 1e-9);
        assertEquals(t.worldTotal().get() * 1000, r.totalTonnes(), 1e-3);
        assertTrue(r.restOfWorldShare() > 0.1, r::toString);
        assertTrue(r.toString().contains("rest of world"), r::toString);
        assertTrue(r.listedOnly().share("CHL") > r.share("CHL") + 0.02, r::toString);
    }

    /** USGS withholds the U.S. figure of refined silicon: never zero, inside the rest of the world, named. */
    @Test
    void silicon2024_withheldUsFigureIsInTheRestOfTheWorld() throws IOException {
        MarketConcentration r = Concentrations.of(WORLD, "silicon", Stage.REFINING, 2024);
        assertEquals(java.util.Set.of("USA"), r.withheld(), r::toString);
        assertEquals(0.0, r.share("USA"), r::toString);
        assertTrue(r.toString().contains("including USA (no figure)"), r::toString);
        assertEquals(r.withheld(), r.listedOnly().withheld());
    }

    /** Reads the world tables of the MCS 2026 CSV for {@code year}, keyed "Commodity: statistic" as provenance. */
    private static Map<String, RawTable> usgs2026Tables(int year) throws IOException {
        Path file = RAW.resolve("usgs-mcs2026/usgs_mcs2026_commodities_data.csv.gz");
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            text = new String(in.readAllBytes(), Charset.forName("windows-1252"));
        }
        Map<String, Map<String, Double>> countries = new TreeMap<>();
        Map<String, Double> totals = new TreeMap<>();
        List<List<String>> rows = csv(text);
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < 9 || !r.get(1).strip().startsWith("World") || !r.get(7).strip().equals(Integer.toString(year))) {
                continue;
            }
            String label = r.get(5).replace('\u00a0', ' ').strip().replaceAll("(?i)([:,]\\s*|\\s*\\()rounded\\)?$", "")
                    .strip();
            String key = r.get(2).strip() + ": " + label;
            String name = r.get(3).strip();
            Optional<Double> v = number(r.get(8));
            if (name.toLowerCase(Locale.ROOT).startsWith("world total")) {
                v.ifPresent(x -> totals.put(key, x));
                continue;
            }
            Optional<ResolvedName> n = CountryNames.resolve(name);
            if (v.isPresent() && n.isPresent() && n.get().isCountry()) {
                countries.computeIfAbsent(key, k -> new TreeMap<>()).put(n.get().iso3().orElseThrow(), v.get());
            }
        }
        Map<String, RawTable> out = new TreeMap<>();
        countries.forEach((k, c) -> out.put(k, new RawTable(c, Optional.ofNullable(totals.get(k)))));
        return out;
    }

    /** A figure of the raw CSV: thousands separators removed, "—" zero, W / NA / bounds / text none. */
    private static Optional<Double> number(String cell) {
        String c = cell.strip().replace(",", "");
        if (c.equals("\u2014") || c.equals("--")) {
            return Optional.of(0.0);
        }
        try {
            return Optional.of(Double.parseDouble(c));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Splits RFC 4180 CSV text into rows of fields. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                f.append(ch);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }

    private static TreeSet<String> mineralIds() {
        TreeSet<String> ids = new TreeSet<>();
        WORLD.productions().forEach(p -> ids.add(p.mineral()));
        return ids;
    }

    // ------------------------------------------------------------------ IEA

    /** One published IEA table: the sum of its country rows (kt) and its "Top 3 share". */
    private record Published(String file, String mineral, Stage stage, int year, double countriesKt, double top3) {}

    @Test
    void iea_everyTableOfEveryEdition_hasThePublishedTop3Share() throws IOException {
        List<Published> published = ieaPublished();
        assertFalse(published.isEmpty(), "no published IEA top-3 shares under " + RAW);
        TreeSet<String> editions = new TreeSet<>();
        WORLD.productions().stream().filter(p -> p.provenance().source().equals(IeaImporter.SOURCE))
                .forEach(p -> editions.add(p.provenance().edition()));
        assertFalse(editions.isEmpty(), "the dataset holds no IEA table");
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        List<String> notTheLargest = new ArrayList<>();
        for (String edition : editions) {
            Dataset one = edition(edition);
            TreeSet<String> tables = new TreeSet<>();
            one.productions().forEach(p -> tables.add(p.mineral() + "|" + p.stage().name() + "|" + p.year()));
            for (String key : tables) {
                String[] k = key.split("\\|");
                String mineral = k[0];
                Stage stage = Stage.valueOf(k[1]);
                int year = Integer.parseInt(k[2]);
                MarketConcentration r = ConcentrationAlgorithm.ofProduction(one, IeaImporter.SOURCE)
                        .concentration(mineral, stage, year);
                assertEquals(MarketConcentration.Denominator.WORLD_TOTAL, r.denominator(), r::toString);
                double listedKt = r.listedTonnes() / 1000;
                List<Published> match = published.stream().filter(p -> p.year() == year && p.stage() == stage
                        && sameMineral(mineral, p.mineral()) && Math.abs(p.countriesKt() - listedKt) <= 1e-6 * listedKt + 1e-9)
                        .toList();
                assertTrue(!match.isEmpty(), () -> "no published IEA top-3 share for " + edition + " " + key
                        + " (countries " + listedKt + " kt) under " + RAW + "/iea*");
                Published p = match.get(0);
                checked++;
                if (Math.abs(r.topShare(3) - p.top3()) <= 1e-3) {
                    continue;
                }
                // The IEA's figure may sum three countries that are not the three largest (graphite battery
                // grade 2023: China, Japan and the United States, not Germany): then it is the share of some
                // three listed countries, below the true top-3 share.
                String line = String.format(Locale.ROOT, "%s %s/%s %d: %.2f%% vs IEA %.2f%% (%s)", edition, mineral,
                        stage, year, r.topShare(3) * 100, p.top3() * 100, p.file());
                if (r.topShare(3) > p.top3() && isSumOfThreeShares(r, p.top3())) {
                    notTheLargest.add(line);
                } else {
                    wrong.add(line);
                }
            }
        }
        assertTrue(checked >= 48, "IEA tables checked: " + checked);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " top-3 shares differ: " + wrong);
        assertTrue(notTheLargest.size() * 20 <= checked, () -> "IEA figures not of the three largest: " + notTheLargest);
    }

    /** Returns whether some three listed countries' shares sum to {@code share}, within 0.1 point. */
    private static boolean isSumOfThreeShares(MarketConcentration r, double share) {
        List<SupplierShare> s = r.shares();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                for (int k = j + 1; k < s.size(); k++) {
                    if (Math.abs(s.get(i).share() + s.get(j).share() + s.get(k).share() - share) <= 1e-3) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The analysts' example: China 14,788 of the IEA's 31,922 kt of refined copper in 2030, 46.3%. */
    @Test
    void ieaCopperRefining2030_chinaIsUnderHalf() {
        MarketConcentration r = ConcentrationAlgorithm.ofProduction(edition(IeaImporter.EDITION), IeaImporter.SOURCE)
                .concentration("copper", Stage.REFINING, 2030);
        assertEquals(0.463, r.share("CHN"), 0.001, r::toString);
        assertTrue(r.listedOnly().share("CHN") > 0.7, r::toString);
    }

    /** The world dataset cut to one IEA edition: its productions and world totals, every country and mineral. */
    private static Dataset edition(String edition) {
        Dataset.Builder b = Dataset.builder().name("iea " + edition);
        WORLD.countries().forEach(b::add);
        WORLD.minerals().forEach(b::add);
        WORLD.facilities().forEach(b::add);
        WORLD.productions().stream().filter(p -> isIea(p.provenance(), edition)).forEach(b::add);
        WORLD.worldTotals().stream().filter(w -> isIea(w.provenance(), edition)).forEach(b::add);
        return b.build();
    }

    private static boolean isIea(Provenance p, String edition) {
        return p.source().equals(IeaImporter.SOURCE) && p.edition().equals(edition);
    }

    private static boolean sameMineral(String id, String publishedName) {
        String n = publishedName.toLowerCase(Locale.ROOT);
        return id.contains("rare-earth") ? n.contains("rare earth") : n.contains(id);
    }

    private static Stage ieaStage(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("mining") ? Stage.MINING : Stage.REFINING;
    }

    private static boolean isCountryRow(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return !(n.equals("total") || n.startsWith("total ") || n.equals("top 3 share") || n.equals("rest of world")
                || n.startsWith("notes") || n.startsWith("\u201c") || n.startsWith("\""));
    }

    /** Reads every published top-3 share in the raw IEA files (flat CSV or JSON form). */
    private static List<Published> ieaPublished() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(RAW)) {
            files = s.filter(p -> RAW.relativize(p).toString().startsWith("iea"))
                    .filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).sorted().toList();
        }
        List<Published> out = new ArrayList<>();
        for (Path f : files) {
            if (f.toString().endsWith(".csv")) {
                out.addAll(ieaCsv(f));
            } else {
                out.addAll(ieaJson(f));
            }
        }
        return out;
    }

    private static List<Published> ieaCsv(Path f) throws IOException {
        List<List<String>> rows = csv(Files.readString(f, StandardCharsets.UTF_8));
        if (rows.isEmpty() || !rows.get(0).equals(List.of("edition", "mineral", "stage", "country", "year", "value", "unit"))) {
            return List.of();
        }
        Map<String, double[]> tables = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < 7) {
                continue;
            }
            String key = r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(4);
            double[] t = tables.computeIfAbsent(key, x -> new double[] {0, Double.NaN});
            if (r.get(3).strip().equalsIgnoreCase("Top 3 share")) {
                t[1] = Double.parseDouble(r.get(5));
            } else if (isCountryRow(r.get(3))) {
                t[0] += Double.parseDouble(r.get(5));
            }
        }
        List<Published> out = new ArrayList<>();
        tables.forEach((k, t) -> {
            String[] p = k.split("\\|");
            if (!Double.isNaN(t[1])) {
                out.add(new Published(f.getFileName().toString(), p[1], ieaStage(p[2]), Integer.parseInt(p[3]), t[0],
                        t[1]));
            }
        });
        return out;
    }

    private static List<Published> ieaJson(Path f) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Published> out = new ArrayList<>();
        JsonNode supply = root.path("supply");
        for (Iterator<Map.Entry<String, JsonNode>> m = supply.fields(); m.hasNext();) {
            Map.Entry<String, JsonNode> mineral = m.next();
            for (Iterator<Map.Entry<String, JsonNode>> s = mineral.getValue().fields(); s.hasNext();) {
                Map.Entry<String, JsonNode> stage = s.next();
                JsonNode top3 = stage.getValue().path("top3Share");
                for (Iterator<Map.Entry<String, JsonNode>> y = top3.fields(); y.hasNext();) {
                    Map.Entry<String, JsonNode> year = y.next();
                    double sum = 0;
                    for (Iterator<Map.Entry<String, JsonNode>> c = stage.getValue().path("countries").fields(); c.hasNext();) {
                        Map.Entry<String, JsonNode> country = c.next();
                        if (isCountryRow(country.getKey()) && country.getValue().path(year.getKey()).isNumber()) {
                            sum += country.getValue().path(year.getKey()).doubleValue();
                        }
                    }
                    out.add(new Published(f.getFileName().toString(), mineral.getKey(), ieaStage(stage.getKey()),
                            Integer.parseInt(year.getKey()), sum, year.getValue().doubleValue()));
                }
            }
        }
        return out;
    }

    /** The world totals are in the dataset itself: one per USGS 2024 table with a printed total. */
    @Test
    void worldTotals_pairWithTheirTable() {
        WorldTotal w = WORLD.worldTotal("copper", Stage.MINING, 2024).orElseThrow();
        assertEquals(WORLD.productions("copper", Stage.MINING, 2024).get(0).provenance().edition(),
                w.provenance().edition());
        assertTrue(w.restOfWorld().isPresent(), w::toString);
    }
}
