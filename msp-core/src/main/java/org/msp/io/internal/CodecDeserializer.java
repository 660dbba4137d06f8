package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.msp.io.DataFileException;

/**
 * A Jackson deserializer that reads a model value with its {@link Codec}. A bad value is refused with a
 * {@link DataFileException} listing every problem, located by JSON paths relative to the value
 * ({@code $.quantity.tonnes}) and naming the source given as the {@value #SOURCE_ATTRIBUTE} attribute of
 * the reader, or {@code <json>}. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** The reader attribute that names the source in messages. */
    public static final String SOURCE_ATTRIBUTE = "org.msp.io.sourceName";

    private final transient Codec<T> codec;

    /** Creates the deserializer of {@code type}. */
    public CodecDeserializer(Class<T> type, Codec<T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        Problems problems = new Problems();
        T value = codec.read(new In(node, "$", problems));
        if (value == null || !problems.isEmpty()) {
            throw new DataFileException(sourceName(ctxt), problems.list());
        }
        return value;
    }

    /** Returns the source name set on the reader, or {@code <json>}. */
    static String sourceName(DeserializationContext ctxt) {
        Object name = ctxt.getAttribute(SOURCE_ATTRIBUTE);
        return name == null ? "<json>" : name.toString();
    }
}
