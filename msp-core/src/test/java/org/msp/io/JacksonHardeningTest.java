package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.TradeMeasure;

/**
 * The reader's defences against hostile documents beyond those in {@link DatasetJsonTest}: no default
 * typing on the shared mapper, no class names taken from the file (only the closed set of measure types),
 * and the parser limits on nesting, string, number and name length and document size, through every
 * entry point (string, stream, path, the public mapper).
 */
class JacksonHardeningTest {
    private static final String HEAD = "{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"t\", ";
    private static final String COUNTRIES = "\"countries\": [{\"iso3\": \"AUS\", \"name\": \"Australia\", "
            + "\"region\": \"oceania\", \"subregion\": \"Australia and New Zealand\"}]";

    private static DataFileException refused(String json) {
        return assertThrows(DataFileException.class, () -> DatasetJson.fromString(json, "hostile.json"));
    }

    private static DataFileException refusedStream(byte[] bytes, DatasetJson.Limits limits) {
        return assertThrows(DataFileException.class,
                () -> DatasetJson.read(new ByteArrayInputStream(bytes), "hostile.json", limits));
    }

    // ------------------------------------------------------------------ typing

    @Test
    void mapper_hasNoDefaultTyping() {
        ObjectMapper m = DatasetJson.mapper();
        TypeFactory t = m.getTypeFactory();
        for (Class<?> c : List.of(Object.class, Dataset.class, TradeMeasure.class, Map.class)) {
            assertNull(m.getDeserializationConfig().getDefaultTyper(t.constructType(c)), c::getName);
            assertNull(m.getSerializationConfig().getDefaultTyper(t.constructType(c)), c::getName);
        }
    }

    @Test
    void mapper_classNameInDocument_isPlainDataNotAType() throws IOException {
        ObjectMapper m = DatasetJson.mapper();
        Object tree = m.readValue("{\"@class\": \"java.lang.Runtime\", \"type\": \"java.lang.ProcessBuilder\"}",
                Object.class);
        assertEquals(Map.of("@class", "java.lang.Runtime", "type", "java.lang.ProcessBuilder"), tree);
        Object array = m.readValue("[\"java.lang.Runtime\", {}]", Object.class);
        assertEquals(List.of("java.lang.Runtime", Map.of()), array);
    }

    @Test
    void read_measureTypeOutsideTheClosedSet_isRefused() {
        for (String type : List.of("java.lang.Runtime", "org.msp.model.Tariff", "Tariff", "TARIFF",
                "com.sun.rowset.JdbcRowSetImpl", "")) {
            DataFileException e = refused(HEAD + "\"measures\": [{\"type\": \"" + type + "\", \"id\": \"x\"}]}");
            assertEquals("$.measures[0].type", e.path(), type);
            assertTrue(e.problems().get(0).message().contains("unknown trade measure type"), e::getMessage);
        }
    }

    @Test
    void read_classFieldsOnRecordsAndDocument_areUnknownFields() {
        DataFileException onCountry = refused(HEAD + COUNTRIES.replace("{\"iso3\"",
                "{\"@class\": \"java.lang.Runtime\", \"iso3\"") + "}");
        assertEquals("$.countries[0].@class", onCountry.path());
        DataFileException onDocument = refused(HEAD + "\"@type\": \"java.net.URL\"}");
        assertEquals("$.@type", onDocument.path());
        DataFileException viaMapper = assertThrows(DataFileException.class, () -> DatasetJson.mapper()
                .readValue(HEAD + "\"measures\": [{\"type\": \"java.lang.Runtime\", \"id\": \"x\"}]}", Dataset.class));
        assertEquals("$.measures[0].type", viaMapper.path());
    }

    // ------------------------------------------------------------------ limits

    @Test
    void limits_default_areTheDocumentedBounds() {
        assertEquals(new DatasetJson.Limits(512L * 1024 * 1024, 64, 1_000_000, 100), DatasetJson.Limits.DEFAULT);
    }

    @Test
    void read_deepNestingFromStreamAndPath_isRefusedWithoutStackOverflow(@TempDir Path dir) throws IOException {
        String objects = "{\"a\": ".repeat(200_000) + "1" + "}".repeat(200_000);
        byte[] doc = (HEAD + "\"deep\": " + objects + "}").getBytes(StandardCharsets.UTF_8);
        DataFileException stream = refusedStream(doc, DatasetJson.Limits.DEFAULT);
        assertTrue(stream.getMessage().contains("nesting depth"), stream::getMessage);
        Path file = dir.resolve("deep.json");
        Files.write(file, doc);
        DataFileException path = assertThrows(DataFileException.class, () -> DatasetJson.read(file));
        assertTrue(path.getMessage().contains("nesting depth"), path::getMessage);
        assertEquals(file.toString(), path.sourceName());
        DataFileException mapper = assertThrows(DataFileException.class,
                () -> DatasetJson.mapper().readValue(doc, Dataset.class));
        assertTrue(mapper.getMessage().contains("nesting depth"), mapper::getMessage);
    }

    @Test
    void read_nestingJustPastTheLimit_isRefusedAtTheLimit() {
        // depth 1 is the document; the list and its record are 2 and 3; "x" adds 10 more
        String nested = "[".repeat(10) + "]".repeat(10);
        String json = HEAD + "\"countries\": [{\"iso3\": \"AUS\", \"x\": " + nested + "}]}";
        DataProblem p = refused12(json).problems().get(0);
        assertTrue(p.message().contains("nesting depth (13) exceeds the maximum allowed (12"), p::toString);
    }

    private static DataFileException refused12(String json) {
        return assertThrows(DataFileException.class,
                () -> DatasetJson.fromString(json, "hostile.json", DatasetJson.Limits.DEFAULT.withMaxNestingDepth(12)));
    }

    @Test
    void read_oversizedDocumentFromPath_isRefusedBeforeItIsHeld(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        StringBuilder b = new StringBuilder(HEAD).append("\"sourcePriority\": [");
        for (int i = 0; i < 200_000; i++) {
            b.append(i == 0 ? "" : ", ").append("\"source-").append(i).append('"');
        }
        Files.writeString(file, b.append("]}").toString());
        assertTrue(Files.size(file) > 2_000_000);
        DataFileException e = assertThrows(DataFileException.class,
                () -> DatasetJson.read(file, DatasetJson.Limits.DEFAULT.withMaxDocumentLength(1_000_000)));
        assertTrue(e.getMessage().contains("Document length"), e::getMessage);
        assertEquals(file.toString(), e.sourceName());
    }

    @Test
    void read_oversizedStringThroughStream_isRefused() {
        byte[] doc = (HEAD + "\"sourcePriority\": [\"" + "s".repeat(1_000_001) + "\"]}").getBytes(StandardCharsets.UTF_8);
        DataFileException e = refusedStream(doc, DatasetJson.Limits.DEFAULT);
        assertTrue(e.getMessage().contains("String value length"), e::getMessage);
        assertEquals("$.sourcePriority[0]", e.problems().get(0).location());
    }

    @Test
    void read_longNumberAndLongFieldName_areRefused() {
        DataFileException number = refused(HEAD.replace("\"version\": 1", "\"version\": 1" + "0".repeat(200)) + "}");
        assertTrue(number.getMessage().contains("Number value length"), number::getMessage);
        DataFileException name = refused(HEAD + "\"" + "k".repeat(1_001) + "\": 1}");
        assertTrue(name.getMessage().contains("Name length"), name::getMessage);
    }

    @Test
    void read_infiniteStream_stopsAtTheDocumentLimit() {
        // a stream that never ends (a device, a socket) is cut off by the document limit, not read forever
        InputStream endless = new InputStream() {
            private final byte[] head = (HEAD + "\"sourcePriority\": [").getBytes(StandardCharsets.UTF_8);
            private long i;

            @Override
            public int read() {
                return i < head.length ? head[(int) i++] : "\"a\",".charAt((int) (i++ - head.length) % 4);
            }
        };
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.read(endless, "endless",
                DatasetJson.Limits.DEFAULT.withMaxDocumentLength(100_000)));
        assertTrue(e.getMessage().contains("Document length"), e::getMessage);
    }
}
