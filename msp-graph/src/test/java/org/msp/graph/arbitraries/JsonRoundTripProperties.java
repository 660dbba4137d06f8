package org.msp.graph.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.model.Dataset;
import org.msp.graph.arbitraries.internal.DomainArbitraries;
import org.msp.io.DatasetJson;
import org.msp.model.Flow;
import org.msp.model.Quantity;
import org.msp.model.TradeMeasure;

/**
 * Every model type round-trips through the JSON format, on datasets from {@link SupplyArbitraries#datasets()}
 * (moved here from msp-core with the generator, which now ships in msp-graph).
 */
class JsonRoundTripProperties {
    @Provide
    Arbitrary<Dataset> datasets() {
        return SupplyArbitraries.datasets();
    }

    @Property(tries = 100)
    void read_ofWrite_isTheSameDataset(@ForAll("datasets") Dataset d) {
        String text = DatasetJson.toString(d);
        Dataset back = DatasetJson.fromString(text, "<generated>");
        assertEquals(d, back, text);
        assertEquals(text, DatasetJson.toString(back));
    }

    @Property(tries = 50)
    void toString_doesNotDependOnInsertionOrder(@ForAll("datasets") Dataset d, @ForAll Random random) {
        Dataset shuffled = DomainArbitraries.rebuilt(d, list -> {
            List<?> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        });
        Dataset reversed = DomainArbitraries.rebuilt(d, list -> {
            List<?> copy = new ArrayList<>(list);
            Collections.reverse(copy);
            return copy;
        });
        assertEquals(DatasetJson.toString(d), DatasetJson.toString(shuffled));
        assertEquals(DatasetJson.toString(d), DatasetJson.toString(reversed));
    }

    @Property(tries = 50)
    void mapper_roundTripsSingleRecords(@ForAll("datasets") Dataset d) throws Exception {
        ObjectMapper m = DatasetJson.mapper();
        List<Flow> flows = m.readValue(m.writeValueAsString(d.flows()), new TypeReference<List<Flow>>() {});
        assertEquals(d.flows(), flows);
        List<TradeMeasure> measures = m.readValue(m.writeValueAsString(d.measures()),
                new TypeReference<List<TradeMeasure>>() {});
        assertEquals(d.measures(), measures);
        for (Flow f : d.flows()) {
            assertEquals(f.quantity(), m.readValue(m.writeValueAsString(f.quantity()), Quantity.class));
        }
        assertEquals(d, m.readValue(m.writeValueAsString(d), Dataset.class));
    }
}
