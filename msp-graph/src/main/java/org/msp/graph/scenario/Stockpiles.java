package org.msp.graph.scenario;

import java.util.Objects;
import java.util.OptionalDouble;
import org.msp.model.Dataset;
import org.msp.model.Stockpile;

/**
 * Where a scenario finds each consumer's stockpile. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Stockpiles {
    /** Returns the tonnes of {@code mineral} held by {@code country}, or empty if unknown. */
    OptionalDouble tonnes(String country, String mineral);

    /** Returns the lookup that knows no stockpile. */
    static Stockpiles none() {
        return (c, m) -> OptionalDouble.empty();
    }

    /** Returns the stockpiles a dataset records for {@code year} ({@link Dataset#stockpile(String, String, int)}). */
    static Stockpiles from(Dataset dataset, int year) {
        Objects.requireNonNull(dataset, "dataset");
        return (c, m) -> dataset.stockpile(c, m, year).map(s -> OptionalDouble.of(s.quantity().tonnes()))
                .orElse(OptionalDouble.empty());
    }

    /** Returns the lookup of the given stockpiles (their years are ignored; a later duplicate wins). */
    static Stockpiles of(Stockpile... stockpiles) {
        java.util.TreeMap<String, Double> map = new java.util.TreeMap<>();
        for (Stockpile s : stockpiles) {
            map.put(s.country() + "/" + s.mineral(), s.quantity().tonnes());
        }
        return (c, m) -> {
            Double t = map.get(c + "/" + m);
            return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
        };
    }
}
