package org.msp.data.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON raw files (the IEA JSON conversion, the CEPII BACI edge lists, the USGS facility GeoJSON layers)
 * as one tree, with the same checks for every importer: the bytes are decoded as {@link TextFile#decode} does
 * (a bad byte is named by its line), a member named twice in one object is refused, and malformed JSON is one
 * {@link org.msp.io.DataFileException} naming the file. This class is stateless and thread-safe.
 */
public final class JsonFile {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private JsonFile() {}

    /**
     * Returns the JSON document read from {@code in}; {@code sourceName} names it in errors. The root is whatever
     * the document holds (an empty document gives a missing node); each importer checks the shape it expects.
     *
     * @throws org.msp.io.DataFileException if the bytes cannot be read or decoded, or the JSON is malformed
     */
    public static JsonNode read(InputStream in, String sourceName) {
        String text = TextFile.decode(TextFile.bytes(in, sourceName), sourceName).text();
        try {
            return JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Problems.single(sourceName, "$", "", "malformed JSON: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
