package org.msp.graph;

import java.util.List;

/** The {@link InferenceRule} that infers no delivery. Immutable and thread-safe. */
final class NoInference implements InferenceRule {
    static final NoInference INSTANCE = new NoInference();

    private NoInference() {
    }

    @Override
    public String name() {
        return "no inference";
    }

    @Override
    public List<Delivery> deliveries(Transfer transfer) {
        return List.of();
    }

    @Override
    public String toString() {
        return "InferenceRule[" + name() + "]";
    }
}
