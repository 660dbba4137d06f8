package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.msp.world.Datasets;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Production;
import org.msp.model.Stage;

/**
 * Fuzzing of the dataset reader: valid dataset documents are mutated (truncated, retyped, given NaN or
 * infinite, negative or huge numbers, duplicate ids, broken references, deep nesting, long strings, unknown
 * or polymorphic fields, other encodings, stray bytes) and each result is read.
 *
 * <p>The contract checked for every input: the read finishes within {@link #LIMIT}; it either returns a
 * dataset that is fully valid (it writes and reads back to an equal dataset, and the text is a fixed point)
 * or throws {@link DataFileException} naming the source and, for each problem, a JSON path; never any other
 * throwable, and never the reader's "internal error" wrapper (a library defect reported as a data problem).
 *
 * <p>The number of tries comes from jqwik's default ({@code jqwik.tries.default}, 1000 here); the
 * {@code fuzz} Maven profile raises it. The number of inputs read is printed after the class.
 */
class HostileInputProperties {
    /** The longest a single read may take before it counts as a hang. */
    static final Duration LIMIT = Duration.ofSeconds(20);

    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong LOADED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    /** The mutations, each a way a shared or damaged file can go wrong. */
    enum Kind {
        TRUNCATE, BAD_NUMBER, BAD_STRING, DUPLICATE_LINE, DELETE_LINE, SWAP_LINES, BROKEN_REFERENCE,
        DUPLICATE_ID, DEEP_NESTING, LONG_STRING, UNKNOWN_FIELD, POLYMORPHIC_TYPE, ENCODING, STRAY_BYTES,
        RANDOM_BYTE, STRUCTURE, HUGE_QUANTITY
    }

    /** A mutated document: what was done, and the bytes. {@code toString} names the mutation only. */
    record Mutant(String seed, Kind kind, String detail, byte[] bytes) {
        @Override
        public String toString() {
            String d = detail.length() > 120 ? detail.substring(0, 120) + "..." : detail;
            return seed + "/" + kind + ": " + d + " (" + bytes.length + " bytes)";
        }
    }

    private record Seed(String name, String text) {}

    private static final List<Seed> SEEDS = seeds();

    private static List<Seed> seeds() {
        try (InputStream in = HostileInputProperties.class.getResourceAsStream("/org/msp/io/example.json")) {
            String example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Dataset d = DatasetJson.fromString(example, "example.json");
            return List.of(new Seed("example.json", example), new Seed("example-written", DatasetJson.toString(d)),
                    new Seed("world-slice", DatasetJson.toString(worldSlice())),
                    new Seed("world-ore-trade-slice", DatasetJson.toString(worldOreTradeSlice())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded world dataset cut to gallium and germanium, with the whole catalogue and every measure. */
    static Dataset worldSlice() {
        Dataset w = Datasets.world();
        Set<String> keep = Set.of("gallium", "germanium");
        Dataset.Builder b = Dataset.builder().name("world-slice").sourcePriority(w.sourcePriority());
        w.countries().forEach(b::add);
        w.minerals().forEach(b::add);
        w.groups().forEach(b::add);
        w.measures().forEach(b::add);
        for (Production p : w.productions()) {
            if (keep.contains(p.mineral()) && p.producer().isCountry()) {
                b.add(p);
            }
        }
        for (Flow f : w.flows()) {
            if (keep.contains(f.mineral()) && f.from().isCountry() && f.to().isCountry()) {
                b.add(f);
            }
        }
        w.reserves().stream().filter(r -> keep.contains(r.mineral())).forEach(b::add);
        w.importReliances().stream().filter(r -> keep.contains(r.mineral())).forEach(b::add);
        return b.build();
    }

    /**
     * The embedded world's 2024 ore and refinery-feed trade of nickel and copper (the partial HS07 ASEAN and
     * HS22 top-200 CEPII BACI extracts, with their summed multi-code flows), and a few nickel pairs of the
     * values-only 2022 extract, which are gaps.
     */
    static Dataset worldOreTradeSlice() {
        Dataset w = Datasets.world();
        Dataset.Builder b = Dataset.builder().name("world-ore-trade-slice").sourcePriority(w.sourcePriority());
        w.countries().forEach(b::add);
        w.minerals().stream().filter(m -> Set.of("nickel", "copper").contains(m.id())).forEach(b::add);
        w.flows("nickel", Stage.MINING, 2024).forEach(b::add);
        w.flows("copper", Stage.MINING, 2024).stream().limit(40).forEach(b::add);
        w.gaps().stream().filter(g -> g.mineral().equals("nickel") && g.year() == 2022).limit(20).forEach(b::add);
        return b.build();
    }

    // ------------------------------------------------------------------ the property

    @Property
    void everyMutantLoadsValidOrFailsWithDataFileException(@ForAll("mutants") Mutant m) throws IOException {
        Statistics.label("mutation").collect(m.kind());
        boolean viaFile = (m.bytes().length & 3) == 0;
        Path file = null;
        if (viaFile) {
            file = Files.createTempFile("msp-fuzz", ".json");
            Files.write(file, m.bytes());
        }
        try {
            check(m, file);
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void check(Mutant m, Path file) {
        INPUTS.incrementAndGet();
        String source = file == null ? "fuzz.json" : file.toString();
        boolean asText = file == null && (m.bytes().length & 3) == 1;
        Object outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                // a quarter of the inputs through a file, a quarter as text decoded from UTF-8, the rest as a stream
                return file != null ? DatasetJson.read(file)
                        : asText ? DatasetJson.fromString(new String(m.bytes(), StandardCharsets.UTF_8), source)
                        : DatasetJson.read(new ByteArrayInputStream(m.bytes()), source);
            } catch (Throwable t) {
                return t;
            }
        }, () -> "read did not finish within " + LIMIT + ": " + m);
        if (outcome instanceof Dataset) {
            LOADED.incrementAndGet();
            Statistics.label("outcome").collect("loaded");
            Dataset d = (Dataset) outcome;
            String text = DatasetJson.toString(d);
            Dataset again = DatasetJson.fromString(text, "rewritten");
            assertEquals(d, again, () -> "loaded dataset does not round-trip: " + m);
            assertEquals(text, DatasetJson.toString(again), () -> "written text is not a fixed point: " + m);
            assertEquals(d, d.toBuilder().build(), () -> "loaded dataset does not rebuild: " + m);
        } else if (outcome instanceof DataFileException) {
            REFUSED.incrementAndGet();
            Statistics.label("outcome").collect("refused");
            assertNamesThePlace((DataFileException) outcome, source, m.toString());
        } else {
            Throwable t = (Throwable) outcome;
            throw new AssertionError("read threw " + t + " rather than DataFileException: " + m, t);
        }
    }

    /** Checks that {@code e} names {@code source} and locates every problem by a JSON path. */
    static void assertNamesThePlace(DataFileException e, String source, String what) {
        assertEquals(source, e.sourceName(), what);
        assertFalse(e.problems().isEmpty(), what);
        for (DataProblem p : e.problems()) {
            assertTrue(p.location().startsWith("$"), () -> "problem without a JSON path: " + p + " for " + what);
            assertFalse(p.message().isBlank(), what);
            assertFalse(p.message().contains("internal error"), () -> "library defect reported as data: " + p
                    + " for " + what);
        }
        assertTrue(e.getMessage().startsWith(source + ": "), e::getMessage);
    }

    @AfterContainer
    static void reportCount() {
        System.out.printf("HostileInputProperties: %d mutated dataset documents read: %d loaded, %d refused "
                + "with DataFileException, 0 other outcomes%n", INPUTS.get(), LOADED.get(), REFUSED.get());
    }

    // ------------------------------------------------------------------ the mutations

    @Provide
    Arbitrary<Mutant> mutants() {
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 300_000))
                .as((s, k, where, pick, size) -> mutate(SEEDS.get(s), k, where, pick, size));
    }

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] ?)-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?=[,}\\]\\s])");
    private static final Pattern STRING_VALUE = Pattern.compile("(?<=: ?)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern ISO3 = Pattern.compile("\"[A-Z]{3}\"");
    private static final Pattern ID = Pattern.compile("\"id\": ?(\"[^\"]*\")");
    private static final Pattern MEASURE_TYPE = Pattern.compile("\"type\": ?\"[a-z_]+\"");
    private static final Pattern TONNES = Pattern.compile("(?<=\"tonnes\": ?)[-0-9.eE+]+");

    private static final List<String> BAD_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "+Infinity", "-1",
            "-1e-300", "1e309", "-1e309", "1e308", "1.7976931348623157e308", "4.9e-324", "0", "-0", "-0.0",
            "99999999999999999999999", "2147483648", "-2147483649", "1.5", "\"12\"", "true", "null", "[]", "{}",
            "\"NaN\"", "\"Infinity\"", "1" + "0".repeat(150), "0x10", "01", ".5", "1.", "1e", "--1", "1_000");
    private static final List<String> BAD_STRINGS = List.of("1", "null", "true", "[]", "{}", "\"\"", "\" \"",
            "\"\\u0000\"", "\"\\ud800\"", "\"  AUS  \"", "\"aus\"", "\"<script>alert(1)</script>\"",
            "\"../../etc/passwd\"", "\"\uff21\uff35\uff33\"", "\"\\\"\"", "\"\\q\"", "\"line\nbreak\"",
            "\"2024-02-30\"", "\"-999999999-01-01\"", "\"java.lang.Runtime\"", "[\"AUS\"]", "{\"tonnes\": 1}");
    private static final List<String> UNKNOWN_FIELDS = List.of("\"colour\": 1", "\"@class\": \"java.lang.Runtime\"",
            "\"type\": \"java.lang.ProcessBuilder\"", "\"@type\": \"java.net.URL\"", "\"$ref\": \"#/countries/0\"",
            "\"__proto__\": {}", "\"\": null", "\"id\": null");
    private static final List<String> TYPES = List.of("java.lang.Runtime", "java.lang.ProcessBuilder",
            "com.sun.rowset.JdbcRowSetImpl", "Tariff", "TARIFF", "tariff ", "", "org.msp.model.Tariff",
            "export-restriction", "sourcing_rule\u0000");
    private static final List<String> HUGE = List.of("1e300", "1.7976931348623157e308", "1e308", "123456789012345678",
            "9007199254740993", "0.000000000000000000001", "1e-320", "-1e300");
    private static final List<String> ENCODINGS = List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE",
            "ISO-8859-1", "UTF-8+BOM", "UTF-16LE+BOM", "windows-1252");
    private static final List<byte[]> STRAY = List.of(new byte[] {(byte) 0xe9}, new byte[] {(byte) 0xff},
            new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {0},
            new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xfe, (byte) 0xff},
            new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xe2, (byte) 0x82});

    static Mutant mutate(Seed seed, Kind kind, double where, int pick, int size) {
        String t = seed.text();
        int at = (int) Math.min(t.length() - 1, Math.floor(where * t.length()));
        switch (kind) {
            case TRUNCATE:
                return text(seed, kind, "cut at " + at, t.substring(0, at));
            case BAD_NUMBER:
                return replaceMatch(seed, kind, NUMBER, pick, BAD_NUMBERS.get(size % BAD_NUMBERS.size()));
            case BAD_STRING:
                return replaceMatch(seed, kind, STRING_VALUE, pick, BAD_STRINGS.get(size % BAD_STRINGS.size()));
            case DUPLICATE_LINE: {
                List<String> lines = lines(t);
                int i = pick % lines.size();
                lines.add(i, lines.get(i));
                return text(seed, kind, "line " + (i + 1), String.join("\n", lines));
            }
            case DELETE_LINE: {
                List<String> lines = lines(t);
                int i = pick % lines.size();
                lines.remove(i);
                return text(seed, kind, "line " + (i + 1), String.join("\n", lines));
            }
            case SWAP_LINES: {
                List<String> lines = lines(t);
                int i = pick % lines.size();
                int j = size % lines.size();
                String a = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, a);
                return text(seed, kind, "lines " + (i + 1) + " and " + (j + 1), String.join("\n", lines));
            }
            case BROKEN_REFERENCE: {
                List<String> to = List.of("\"XYZ\"", "\"QQQ\"", "\"AAA\"", "\"ZZZ\"", "\"EUR\"");
                return replaceMatch(seed, kind, ISO3, pick, to.get(size % to.size()));
            }
            case DUPLICATE_ID: {
                List<MatchResult> ids = matches(ID, t);
                if (ids.size() < 2) {
                    return text(seed, kind, "no two ids", t);
                }
                MatchResult a = ids.get(pick % ids.size());
                MatchResult b = ids.get((pick + 1 + size % (ids.size() - 1)) % ids.size());
                String idText = t.substring(b.start1, b.end1);
                return text(seed, kind, "id at " + a.start1 + " := " + idText,
                        t.substring(0, a.start1) + idText + t.substring(a.end1));
            }
            case DEEP_NESTING: {
                int brace = t.indexOf('{', at);
                if (brace < 0) {
                    brace = 0;
                }
                String deep = (pick & 1) == 0 ? "[".repeat(size) + "]".repeat(size)
                        : "{\"a\":".repeat(size) + "1" + "}".repeat(size);
                return text(seed, kind, "depth " + size + " after offset " + brace,
                        t.substring(0, brace + 1) + "\"deep\": " + deep + ", " + t.substring(brace + 1));
            }
            case LONG_STRING: {
                int length = size * (1 + pick % 8);
                return replaceMatch(seed, kind, STRING_VALUE, pick, "\"" + "x".repeat(length) + "\"");
            }
            case UNKNOWN_FIELD: {
                int brace = t.indexOf('{', at);
                if (brace < 0) {
                    brace = 0;
                }
                String field = UNKNOWN_FIELDS.get(size % UNKNOWN_FIELDS.size());
                return text(seed, kind, field + " after offset " + brace,
                        t.substring(0, brace + 1) + field + ", " + t.substring(brace + 1));
            }
            case POLYMORPHIC_TYPE:
                return replaceMatch(seed, kind, MEASURE_TYPE, pick,
                        "\"type\": \"" + TYPES.get(size % TYPES.size()) + "\"");
            case ENCODING:
                return encode(seed, ENCODINGS.get(pick % ENCODINGS.size()), at);
            case STRAY_BYTES: {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                byte[] stray = STRAY.get(pick % STRAY.size());
                int p = (int) Math.min(b.length, Math.floor(where * b.length));
                byte[] out = concat(Arrays.copyOfRange(b, 0, p), stray, Arrays.copyOfRange(b, p, b.length));
                return new Mutant(seed.name(), kind, "bytes " + hex(stray) + " at " + p, out);
            }
            case RANDOM_BYTE: {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                int p = (int) Math.min(b.length - 1, Math.floor(where * b.length));
                b[p] = (byte) pick;
                return new Mutant(seed.name(), kind, "byte " + (pick & 0xff) + " at " + p, b);
            }
            case STRUCTURE: {
                String structural = "{}[],:\"\\";
                char c = structural.charAt(pick % structural.length());
                boolean replace = (size & 1) == 0;
                return text(seed, kind, (replace ? "replace with " : "insert ") + c + " at " + at,
                        t.substring(0, at) + c + t.substring(replace ? at + 1 : at));
            }
            case HUGE_QUANTITY:
                return replaceMatch(seed, kind, TONNES, pick, HUGE.get(size % HUGE.size()));
            default:
                throw new IllegalStateException("unhandled mutation " + kind);
        }
    }

    private static Mutant text(Seed seed, Kind kind, String detail, String text) {
        return new Mutant(seed.name(), kind, detail, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mutant replaceMatch(Seed seed, Kind kind, Pattern pattern, int pick, String replacement) {
        String t = seed.text();
        Matcher m = pattern.matcher(t);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text(seed, kind, "no match for " + pattern, t);
        }
        int[] r = found.get(pick % found.size());
        return text(seed, kind, t.substring(r[0], r[1]) + " at " + r[0] + " := " + replacement,
                t.substring(0, r[0]) + replacement + t.substring(r[1]));
    }

    private record MatchResult(int start1, int end1) {}

    private static List<MatchResult> matches(Pattern p, String t) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(new MatchResult(m.start(1), m.end(1)));
        }
        return out;
    }

    private static List<String> lines(String t) {
        return new ArrayList<>(Arrays.asList(t.split("\n", -1)));
    }

    private static Mutant encode(Seed seed, String encoding, int at) {
        // a non-ASCII character in a string value, so that single-byte encodings differ from UTF-8
        String t = seed.text().replaceFirst("\"name\": ?\"", "\"name\": \"Cura\u00e7ao \u00e9\u00e8 \u2013 ");
        byte[] b;
        switch (encoding) {
            case "UTF-8+BOM":
                b = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, t.getBytes(StandardCharsets.UTF_8));
                break;
            case "UTF-16LE+BOM":
                b = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, t.getBytes(StandardCharsets.UTF_16LE));
                break;
            default:
                b = t.getBytes(Charset.forName(encoding));
        }
        return new Mutant(seed.name(), Kind.ENCODING, encoding, b);
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
