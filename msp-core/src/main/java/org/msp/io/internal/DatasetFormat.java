package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msp.io.DataFileException;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.DatasetValidationException;

/**
 * The top level of the dataset document: writes a {@link Dataset} and reads one from a streaming parser,
 * one record at a time, collecting every problem before it gives up.
 *
 * <p>Reading adds the records of each list to a {@link Dataset.Builder} in file order and remembers, for
 * each record the builder holds, its index in the file, so that the problems of
 * {@link Dataset.Builder#build()} ({@code flows[3]}) are reported at their JSON path ({@code $.flows[5]}
 * when two earlier flows were refused). Thread-safe: all state lives in one call.
 */
public final class DatasetFormat {
    /** The value of the {@code "format"} field. */
    public static final String FORMAT = "msp-dataset";
    /** The format version this library writes and reads. */
    public static final int VERSION = 1;

    private static final Pattern LIST_INDEX = Pattern.compile("^(\\w+)\\[(\\d+)\\]$");
    private static final Pattern LIST_REFERENCE = Pattern.compile("\\b(\\w+)\\[(\\d+)\\]");
    private static final Pattern UNKNOWN_REFERENCE = Pattern.compile("^unknown (country|mineral|group|facility) '(.*)'$");

    /** One list of the document. */
    private record Section<T>(String name, Codec<T> codec, BiConsumer<Dataset.Builder, T> add,
            Function<Dataset, List<T>> get, String kind, String idField) {
        void write(JsonGenerator g, Dataset d) throws IOException {
            Codecs.list(g, name, codec, get.apply(d));
        }
    }

    private static final List<Section<?>> SECTIONS = List.of(
            new Section<>("countries", Codecs.COUNTRY, (b, x) -> b.add(x), Dataset::countries, "country", "iso3"),
            new Section<>("minerals", Codecs.MINERAL, (b, x) -> b.add(x), Dataset::minerals, "mineral", "id"),
            new Section<>("groups", Codecs.GROUP, (b, x) -> b.add(x), Dataset::groups, "group", "id"),
            new Section<>("facilities", Codecs.FACILITY, (b, x) -> b.add(x), Dataset::facilities, "facility", "id"),
            new Section<>("productions", Codecs.PRODUCTION, (b, x) -> b.add(x), Dataset::productions, "", ""),
            new Section<>("reserves", Codecs.RESERVE, (b, x) -> b.add(x), Dataset::reserves, "", ""),
            new Section<>("flows", Codecs.FLOW, (b, x) -> b.add(x), Dataset::flows, "", ""),
            new Section<>("stockpiles", Codecs.STOCKPILE, (b, x) -> b.add(x), Dataset::stockpiles, "", ""),
            new Section<>("demands", Codecs.DEMAND, (b, x) -> b.add(x), Dataset::demands, "", ""),
            new Section<>("projects", Codecs.PROJECT, (b, x) -> b.add(x), Dataset::projects, "", ""),
            new Section<>("measures", Codecs.MEASURE, (b, x) -> b.add(x), Dataset::measures, "", ""),
            new Section<>("gaps", Codecs.GAP, (b, x) -> b.add(x), Dataset::gaps, "", ""),
            new Section<>("importReliances", Codecs.IMPORT_RELIANCE, (b, x) -> b.add(x), Dataset::importReliances,
                    "", ""),
            new Section<>("importSources", Codecs.IMPORT_SOURCE, (b, x) -> b.add(x), Dataset::importSources, "", ""),
            new Section<>("worldTotals", Codecs.WORLD_TOTAL, (b, x) -> b.add(x), Dataset::worldTotals, "", ""),
            new Section<>("prices", Codecs.PRICE, (b, x) -> b.add(x), Dataset::prices, "", ""),
            new Section<>("governanceScores", Codecs.GOVERNANCE_SCORE, (b, x) -> b.add(x), Dataset::governanceScores,
                    "", ""),
            new Section<>("recyclingInputRates", Codecs.RECYCLING_INPUT_RATE, (b, x) -> b.add(x),
                    Dataset::recyclingInputRates, "", ""),
            new Section<>("conversions", Codecs.CONVERSION, (b, x) -> b.add(x), Dataset::conversions, "", ""));
    private static final Map<String, Section<?>> BY_NAME = byName();

    private static Map<String, Section<?>> byName() {
        Map<String, Section<?>> m = new LinkedHashMap<>();
        SECTIONS.forEach(s -> m.put(s.name(), s));
        return m;
    }

    /** Reads a JSON tree for the value at the parser's current token. */
    @FunctionalInterface
    public interface TreeReader {
        /** Reads the value starting at the current token and leaves the parser on its last token. */
        JsonNode read(JsonParser p) throws IOException;
    }

    private DatasetFormat() {}

    // ------------------------------------------------------------------ writing

    /**
     * Writes {@code d} as one JSON object: format, version, name, sourcePriority, then the lists in a fixed
     * order; empty lists are left out. Runs in time linear in the number of records.
     */
    public static void write(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("name", d.name());
        Codecs.texts(g, "sourcePriority", d.sourcePriority(), false);
        for (Section<?> s : SECTIONS) {
            s.write(g, d);
        }
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ the lists, for DatasetSnapshot's tests

    /** Returns the number of lists of the document. */
    static int listCount() {
        return SECTIONS.size();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a dataset document from {@code p}, which stands on the document's first token or before it.
     * Leaves the parser on the closing brace.
     *
     * @throws DataFileException naming {@code sourceName} and every problem found
     */
    public static Dataset read(JsonParser p, TreeReader trees, String sourceName) {
        return new Reading(p, trees, sourceName).run();
    }

    /** The state of one read. */
    private static final class Reading {
        private final JsonParser p;
        private final TreeReader trees;
        private final String sourceName;
        private final Problems problems = new Problems();
        private final Dataset.Builder builder = Dataset.builder();
        /** For each list, the file index of each record the builder holds. */
        private final Map<String, List<Integer>> fileIndex = new HashMap<>();
        /** For each kind of entity, the ids of the records that were refused. */
        private final Map<String, Set<String>> refusedIds = new HashMap<>();

        Reading(JsonParser p, TreeReader trees, String sourceName) {
            this.p = p;
            this.trees = trees;
            this.sourceName = sourceName;
        }

        Dataset run() {
            try {
                readDocument();
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                problems.add(pathOf(p.getParsingContext()), "", e.getOriginalMessage() + where(at));
                throw new DataFileException(sourceName, problems.list(), e);
            } catch (IOException e) {
                problems.add("$", "", "cannot read: " + e);
                throw new DataFileException(sourceName, problems.list(), e);
            }
            Dataset d = null;
            try {
                d = builder.build();
            } catch (DatasetValidationException e) {
                for (DataProblem q : e.problems()) {
                    DataProblem t = translate(q);
                    if (t != null) {
                        problems.add(t);
                    }
                }
            }
            if (!problems.isEmpty() || d == null) {
                throw new DataFileException(sourceName, problems.list());
            }
            return d;
        }

        private void readDocument() throws IOException {
            JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
            if (t == null) {
                problems.add("$", "", "empty document: expected a JSON object with \"format\": \"" + FORMAT + "\"");
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                problems.add("$", "", "expected a JSON object (an " + FORMAT + " document), found "
                        + describe(t) + where(p.currentTokenLocation()));
                p.skipChildren();
                return;
            }
            boolean format = false;
            boolean version = false;
            boolean name = false;
            Set<String> fields = new HashSet<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                if (!fields.add(field)) { // as a strict parser would refuse it (DatasetJson's leaves this to us)
                    throw new JsonParseException(p, "Duplicate field '" + field + "'", at);
                }
                t = p.nextToken();
                switch (field) {
                    case "format":
                        format = true;
                        if (t != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
                            problems.add("$", "format", "expected \"" + FORMAT + "\", found " + valueText(t)
                                    + "; this is not an msp dataset file" + where(at));
                        }
                        p.skipChildren();
                        break;
                    case "version":
                        version = true;
                        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                                || p.getIntValue() != VERSION) {
                            problems.add("$", "version", "unsupported version " + valueText(t)
                                    + "; this library reads version " + VERSION + where(at));
                        }
                        p.skipChildren();
                        break;
                    case "name":
                        name = true;
                        readName(t, at);
                        break;
                    case "sourcePriority":
                        readSourcePriority(at);
                        break;
                    default:
                        Section<?> s = BY_NAME.get(field);
                        if (s == null) {
                            problems.add("$", field, "unknown field '" + field + "'; expected format, version, name, "
                                    + "sourcePriority or one of " + String.join(", ", BY_NAME.keySet()) + where(at));
                            p.skipChildren();
                        } else {
                            readSection(s, t, at);
                        }
                }
            }
            if (!format) {
                problems.add("$", "format", "missing field 'format' (\"" + FORMAT + "\")");
            }
            if (!version) {
                problems.add("$", "version", "missing field 'version' (" + VERSION + ")");
            }
            if (!name) {
                problems.add("$", "name", "missing field 'name'");
            }
        }

        private void readName(JsonToken t, JsonLocation at) throws IOException {
            if (t != JsonToken.VALUE_STRING) {
                problems.add("$", "name", "expected a string, found " + describe(t) + where(at));
                p.skipChildren();
                return;
            }
            try {
                builder.name(p.getText());
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("$", "name", e.getMessage() + where(at));
            }
        }

        private void readSourcePriority(JsonLocation at) throws IOException {
            JsonNode n = trees.read(p);
            int before = problems.size();
            List<String> sources = new ArrayList<>();
            if (n == null || !n.isArray()) {
                problems.add("$", "sourcePriority", "expected an array of strings, found " + In.describe(n));
            } else {
                for (int i = 0; i < n.size(); i++) {
                    if (n.get(i).isTextual()) {
                        sources.add(n.get(i).textValue());
                    } else {
                        problems.add("$", "sourcePriority[" + i + "]", "expected a string, found "
                                + In.describe(n.get(i)));
                    }
                }
            }
            if (problems.size() == before) {
                try {
                    builder.sourcePriority(sources);
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add("$", "sourcePriority", e.getMessage());
                }
            }
            problems.suffixFrom(before, where(at));
        }

        private <T> void readSection(Section<T> s, JsonToken t, JsonLocation at) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                problems.add("$", s.name(), "expected an array, found " + describe(t) + where(at));
                p.skipChildren();
                return;
            }
            if (fileIndex.containsKey(s.name())) {
                problems.add("$", s.name(), "duplicate field '" + s.name() + "'" + where(at));
                p.skipChildren();
                return;
            }
            List<Integer> index = new ArrayList<>();
            fileIndex.put(s.name(), index);
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation start = p.currentTokenLocation();
                JsonNode n = trees.read(p);
                int before = problems.size();
                T value = s.codec().read(new In(n, s.name(), i, problems));
                if (value != null && problems.size() == before) {
                    s.add().accept(builder, value);
                    index.add(i);
                } else {
                    problems.suffixFrom(before, " (line " + start.getLineNr() + ")");
                    if (!s.kind().isEmpty() && n != null && n.isObject() && n.path(s.idField()).isTextual()) {
                        refusedIds.computeIfAbsent(s.kind(), k -> new HashSet<>()).add(n.get(s.idField()).textValue());
                    }
                }
                i++;
            }
        }

        /**
         * Turns a problem of {@link Dataset.Builder#build()} into one located in the file, or returns
         * {@code null} for a reference to a record that was itself refused (already reported).
         */
        private DataProblem translate(DataProblem q) {
            Matcher unknown = UNKNOWN_REFERENCE.matcher(q.message());
            if (unknown.matches() && refusedIds.getOrDefault(unknown.group(1), Set.of()).contains(unknown.group(2))) {
                return null;
            }
            return new DataProblem(relocate(q.location(), false), q.field(), relocateAll(q.message()));
        }

        private String relocate(String location, boolean quiet) {
            Matcher m = LIST_INDEX.matcher(location);
            if (m.matches()) {
                List<Integer> index = fileIndex.get(m.group(1));
                int i = Integer.parseInt(m.group(2));
                if (index != null && i < index.size()) {
                    return "$." + m.group(1) + "[" + index.get(i) + "]";
                }
            }
            return quiet ? location : "$." + location;
        }

        private String relocateAll(String message) {
            Matcher m = LIST_REFERENCE.matcher(message);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String replacement = BY_NAME.containsKey(m.group(1)) ? relocate(m.group(), true) : m.group();
                m.appendReplacement(b, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(b);
            return b.toString();
        }

        private String valueText(JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_STRING) {
                return "\"" + p.getText() + "\"";
            }
            if (t != null && t.isScalarValue()) {
                return p.getText();
            }
            return describe(t);
        }
    }

    /** Returns the JSON path of a parser context: {@code $.flows[3].quantity}. */
    public static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder b = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            b.append(parts.get(i));
        }
        return b.toString();
    }

    /** Returns {@code " (line L, column C)"} for a known location, else an empty string. */
    public static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 0) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the document";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }
}
