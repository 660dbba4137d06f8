package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link InferenceRuleContract} for {@link NoInference}, and what it adds: it infers nothing. */
class NoInferenceProperties implements InferenceRuleContract {
    @Override
    public InferenceRule rule() {
        return InferenceRule.none();
    }

    @Property(tries = 50)
    void deliveries_areNone(@ForAll("transfers") InferenceRule.Transfer t) {
        assertTrue(rule().deliveries(t).isEmpty());
    }
}
