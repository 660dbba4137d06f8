package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.msp.model.Dataset;

/** The Jackson serializer of {@link Dataset}: see {@link DatasetFormat#write}. Immutable and thread-safe. */
public final class DatasetSerializer extends StdSerializer<Dataset> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public DatasetSerializer() {
        super(Dataset.class);
    }

    @Override
    public void serialize(Dataset value, JsonGenerator g, SerializerProvider provider) throws IOException {
        DatasetFormat.write(g, value);
    }
}
