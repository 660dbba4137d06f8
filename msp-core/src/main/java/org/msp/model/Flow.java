package org.msp.model;

import org.msp.internal.Checks;

import java.util.OptionalDouble;

/**
 * A quantity of a mineral moving from one actor to another in a year, as the product of one stage: ore
 * shipped from Australia to China is a flow at {@link Stage#MINING}; refined gallium from China to
 * Japan is a flow at {@link Stage#REFINING}.
 *
 * <p>An actor cannot ship to itself at the same stage. This class is immutable and thread-safe.
 *
 * @param from       exporter or shipper
 * @param to         importer or receiver
 * @param mineral    mineral id
 * @param stage      the stage whose product moves
 * @param year       calendar year
 * @param quantity   tonnes moved
 * @param valueUsd   value in US dollars, if known
 * @param origin     reported by a source, or inferred
 * @param provenance where the figure comes from
 */
public record Flow(Actor from, Actor to, String mineral, Stage stage, int year, Quantity quantity,
        OptionalDouble valueUsd, FlowOrigin origin, Provenance provenance) {
    public Flow {
        Checks.notNull(from, "Flow", "from");
        Checks.notNull(to, "Flow", "to");
        Checks.id(mineral, "Flow", "mineral");
        Checks.notNull(stage, "Flow", "stage");
        Checks.year(year, "Flow", "year");
        Checks.notNull(quantity, "Flow", "quantity");
        Checks.notNull(valueUsd, "Flow", "valueUsd");
        if (valueUsd.isPresent()) {
            Checks.nonNegative(valueUsd.getAsDouble(), "Flow", "valueUsd");
        }
        Checks.notNull(origin, "Flow", "origin");
        Checks.notNull(provenance, "Flow", "provenance");
        if (from.equals(to)) {
            throw new IllegalArgumentException("Flow.to is the same actor as Flow.from (" + from
                    + ") at stage " + stage + " for " + mineral + " " + year);
        }
    }

    /** Returns a reported flow between two countries with no value known. */
    public static Flow of(String from, String to, String mineral, Stage stage, int year, double tonnes,
            Provenance provenance) {
        return new Flow(Actor.country(from), Actor.country(to), mineral, stage, year, Quantity.tonnes(tonnes),
                OptionalDouble.empty(), FlowOrigin.REPORTED, provenance);
    }

    /** Returns a copy with {@code valueUsd} set. */
    public Flow withValueUsd(double valueUsd) {
        return new Flow(from, to, mineral, stage, year, quantity, OptionalDouble.of(valueUsd), origin, provenance);
    }

    /** Returns a copy with {@code origin} set. */
    public Flow withOrigin(FlowOrigin origin) {
        return new Flow(from, to, mineral, stage, year, quantity, valueUsd, origin, provenance);
    }

    @Override
    public String toString() {
        return "Flow " + from + " -> " + to + " " + mineral + "/" + stage + " " + year + ": " + quantity
                + (origin == FlowOrigin.INFERRED ? " (inferred)" : "");
    }
}
