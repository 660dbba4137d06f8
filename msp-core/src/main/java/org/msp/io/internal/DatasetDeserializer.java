package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.msp.io.DataFileException;
import org.msp.model.Dataset;

/**
 * The Jackson deserializer of {@link Dataset}: see {@link DatasetFormat#read}. Bad input is refused with a
 * {@link DataFileException}. Immutable and thread-safe.
 */
public final class DatasetDeserializer extends StdDeserializer<Dataset> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public DatasetDeserializer() {
        super(Dataset.class);
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return DatasetFormat.read(p, ctxt::readTree, CodecDeserializer.sourceName(ctxt));
    }
}
