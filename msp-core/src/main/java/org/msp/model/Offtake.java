package org.msp.model;

import org.msp.internal.Checks;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A buyer's commitment to purchase a project's output: an offtake agreement.
 *
 * @param buyer    the offtaker, e.g. {@code "POSCO"}
 * @param valueUsd committed value in US dollars, if stated
 * @param quantity committed tonnes a year, if stated
 */
public record Offtake(String buyer, OptionalDouble valueUsd, Optional<Quantity> quantity) {
    public Offtake {
        buyer = Checks.text(buyer, "Offtake", "buyer");
        Checks.notNull(valueUsd, "Offtake", "valueUsd");
        if (valueUsd.isPresent()) {
            Checks.nonNegative(valueUsd.getAsDouble(), "Offtake", "valueUsd");
        }
        Checks.notNull(quantity, "Offtake", "quantity");
    }

    /** Returns a commitment of {@code valueUsd} US dollars by {@code buyer}. */
    public static Offtake ofValue(String buyer, double valueUsd) {
        return new Offtake(buyer, OptionalDouble.of(valueUsd), Optional.empty());
    }

    @Override
    public String toString() {
        return buyer + (valueUsd.isPresent() ? String.format(java.util.Locale.ROOT, " $%,.0f", valueUsd.getAsDouble()) : "")
                + quantity.map(q -> " " + q + "/year").orElse("");
    }
}
