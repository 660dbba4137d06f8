package org.msp.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Trees} reads the same tree as Jackson's own tree deserializer, keeps fields in document order in
 * {@link FieldMap}, and refuses a duplicate key with the message of Jackson's strict duplicate detection.
 */
class TreesProperties {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    /** JSON values up to depth 4: objects (up to 30 fields, past FieldMap's scan size), arrays and scalars. */
    @Provide
    Arbitrary<String> json() {
        return value(4);
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8).map(s -> JACKSON.valueToTree(s).toString()),
                Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
                Arbitraries.just("123456789012345678901234567890"),
                Arbitraries.doubles().map(String::valueOf), Arbitraries.of("true", "false", "null", "1e400", "-0.0"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> object = value(depth - 1).list().ofMaxSize(30).map(l -> {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ", ").append("\"f").append(i).append("\": ").append(l.get(i));
            }
            return b.append("}").toString();
        });
        return Arbitraries.oneOf(scalar, array, object);
    }

    @Property(tries = 500)
    void readsWhatJacksonReads(@ForAll("json") String json) throws Exception {
        JsonNode expected = JACKSON.readTree(json);
        try (JsonParser p = JACKSON.getFactory().createParser(json)) {
            JsonNode actual = Trees.read(p);
            assertEquals(expected, actual);
            assertEquals(expected.toString(), actual.toString());
            assertNull(p.nextToken(), "the parser stands on the value's last token");
        }
    }

    @Property(tries = 200)
    void fieldsKeepDocumentOrderAndAnswerLookups(@ForAll("json") String json) throws Exception {
        JsonNode expected = JACKSON.readTree(json);
        if (!expected.isObject()) {
            return;
        }
        try (JsonParser p = JACKSON.getFactory().createParser(json)) {
            ObjectNode actual = (ObjectNode) Trees.read(p);
            Iterator<String> a = actual.fieldNames();
            for (Iterator<String> e = expected.fieldNames(); e.hasNext(); ) {
                String name = e.next();
                assertEquals(name, a.next());
                assertEquals(expected.get(name), actual.get(name));
                assertEquals(expected.get(name), actual.get(new String(name)), "equal, not identical, keys");
            }
            assertEquals(expected.size(), actual.size());
            assertNull(actual.get("missing"));
            actual.remove("f0");
            assertEquals(Math.max(0, expected.size() - 1), actual.size());
        }
    }

    @Test
    void duplicateKey_refusedWithJacksonsMessage() throws Exception {
        for (String json : new String[] {"{\"a\": 1, \"b\": 2, \"a\": 3}", "{\"x\": {\"q\": [1], \"q\": null}}",
                "{" + "\"k0\": 0, ".repeat(1) + fields(20) + ", \"k5\": 1}"}) {
            try (JsonParser p = JACKSON.getFactory().createParser(json)) {
                JsonParseException e = assertThrows(JsonParseException.class, () -> Trees.read(p), json);
                assertTrue(e.getOriginalMessage().startsWith("Duplicate field '"), e.getMessage());
            }
        }
    }

    @Test
    void endOfInput_isNull() throws Exception {
        try (JsonParser p = JACKSON.getFactory().createParser("  ")) {
            assertNull(Trees.read(p));
        }
        try (JsonParser p = JACKSON.getFactory().createParser("[1, 2] 3")) {
            assertEquals(JACKSON.readTree("[1, 2]"), Trees.read(p));
            assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken());
        }
    }

    @Test
    void fieldMap_entriesAreLiveAndRemovable() {
        FieldMap m = new FieldMap();
        for (int i = 0; i < 40; i++) {
            m.put("k" + i, JACKSON.getNodeFactory().numberNode(i));
        }
        assertEquals(40, m.size());
        assertEquals(17, m.get("k17").intValue());
        Iterator<Map.Entry<String, JsonNode>> it = m.entrySet().iterator();
        it.next();
        it.remove();
        assertNull(m.get("k0"));
        assertEquals(39, m.size());
        assertEquals(39, m.get("k39").intValue());
        assertEquals(1, m.entrySet().iterator().next().getValue().intValue());
    }

    private static String fields(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(i == 1 ? "" : ", ").append("\"k").append(i).append("\": ").append(i);
        }
        return b.toString();
    }
}
