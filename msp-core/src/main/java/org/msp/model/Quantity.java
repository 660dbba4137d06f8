package org.msp.model;

import org.msp.internal.Checks;

/**
 * A non-negative mass of a mineral in metric tonnes, with the {@link Basis} it is measured on.
 *
 * <p>Declared units are converted on input ({@link #of(double, MassUnit, Basis)}); the model stores
 * tonnes only. Adding quantities on different bases fails instead of guessing a conversion. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(1.2, MassUnit.KILOTONNE, Basis.CONTENT);   // 1200 t content
 * q.plus(Quantity.tonnes(300));                                       // 1500 t content
 * }</pre>
 *
 * @param tonnes metric tonnes, finite and not negative
 * @param basis  what the tonnes measure
 */
public record Quantity(double tonnes, Basis basis) implements Comparable<Quantity> {
    /** Zero tonnes of contained content. */
    public static final Quantity ZERO = new Quantity(0.0, Basis.CONTENT);

    public Quantity {
        Checks.nonNegative(tonnes, "Quantity", "tonnes");
        Checks.notNull(basis, "Quantity", "basis");
        if (tonnes == 0.0) {
            tonnes = 0.0; // fold -0.0 so that equality and JSON round-trips are exact
        }
    }

    /** Returns {@code tonnes} metric tonnes of contained content. */
    public static Quantity tonnes(double tonnes) {
        return new Quantity(tonnes, Basis.CONTENT);
    }

    /** Converts {@code value} in {@code unit} to tonnes on {@code basis}. */
    public static Quantity of(double value, MassUnit unit, Basis basis) {
        Checks.notNull(unit, "Quantity", "unit");
        Checks.nonNegative(value, "Quantity", "value");
        return new Quantity(unit.toTonnes(value), basis);
    }

    /**
     * Returns the sum of this quantity and {@code other}.
     *
     * @throws IllegalArgumentException if the two are on different bases
     */
    public Quantity plus(Quantity other) {
        requireSameBasis(other, "add");
        return new Quantity(tonnes + other.tonnes, basis);
    }

    /** Returns this quantity times a non-negative factor. */
    public Quantity times(double factor) {
        Checks.nonNegative(factor, "Quantity", "factor");
        return new Quantity(tonnes * factor, basis);
    }

    /** Returns true if this quantity is zero tonnes. */
    public boolean isZero() {
        return tonnes == 0.0;
    }

    /**
     * Compares tonnes of two quantities on the same basis.
     *
     * @throws IllegalArgumentException if the two are on different bases
     */
    @Override
    public int compareTo(Quantity other) {
        requireSameBasis(other, "compare");
        return Double.compare(tonnes, other.tonnes);
    }

    private void requireSameBasis(Quantity other, String verb) {
        Checks.notNull(other, "Quantity", "other");
        if (other.basis != basis) {
            throw new IllegalArgumentException("cannot " + verb + " quantities on different bases: "
                    + this + " and " + other);
        }
    }

    /** Returns e.g. {@code "1,200 t"} for content and {@code "1,200 t gross_weight"} otherwise. */
    @Override
    public String toString() {
        String t = Formats.tonnes(tonnes);
        return basis == Basis.CONTENT ? t : t + " " + basis.id();
    }
}
