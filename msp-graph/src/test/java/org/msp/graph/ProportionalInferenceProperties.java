package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link InferenceRuleContract} for {@link ProportionalInference}, and what it adds: it moves all it can. */
class ProportionalInferenceProperties implements InferenceRuleContract {
    @Override
    public InferenceRule rule() {
        return InferenceRule.proportional();
    }

    @Property(tries = 200)
    void deliveries_moveTheSmallerOfPoolAndNeed(@ForAll("transfers") InferenceRule.Transfer t) {
        double total = rule().deliveries(t).stream().mapToDouble(InferenceRule.Delivery::tonnes).sum();
        double expected = Math.min(t.totalAvailable(), t.totalNeeded());
        assertEquals(expected, total, 1e-9 * Math.max(1, expected), t::toString);
    }
}
