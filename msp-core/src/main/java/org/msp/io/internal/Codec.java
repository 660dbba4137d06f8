package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a value of one model type as JSON and reads it back from a parsed JSON tree.
 *
 * @param <T> the model type
 */
public interface Codec<T> {
    /** Writes {@code value} as one JSON value. */
    void write(JsonGenerator g, T value) throws IOException;

    /**
     * Reads a value from {@code in}; returns {@code null} after recording at least one problem in
     * {@code in}'s problem list if the value is not valid.
     */
    T read(In in);
}
