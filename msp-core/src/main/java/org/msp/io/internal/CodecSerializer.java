package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A Jackson serializer that writes a model value with its {@link Codec}. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<? super T> codec;

    /** Creates the serializer of {@code type}. */
    public CodecSerializer(Class<T> type, Codec<? super T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        codec.write(g, value);
    }
}
