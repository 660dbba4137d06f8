package org.msp.data.internal;

import org.msp.model.Provenance;

/**
 * Standard atomic weights and the mass fraction of an element in a defined compound, for the exact basis
 * conversions of the importers.
 *
 * <p>Source: IUPAC Commission on Isotopic Abundances and Atomic Weights (CIAAW), abridged standard atomic
 * weights (2021), to the digits printed here. Not part of the public API.
 */
public final class Stoichiometry {
    /** Hydrogen. */
    public static final double H = 1.008;
    /** Lithium (conventional value of the interval [6.938, 6.997]). */
    public static final double LI = 6.94;
    /** Carbon. */
    public static final double C = 12.011;
    /** Oxygen. */
    public static final double O = 15.999;
    /** Cobalt. */
    public static final double CO = 58.933;
    /** Arsenic. */
    public static final double AS = 74.922;
    /** Strontium. */
    public static final double SR = 87.62;

    /** The provenance of a factor computed from these atomic weights. */
    public static final Provenance ATOMIC_WEIGHTS = Provenance.of("IUPAC CIAAW Standard Atomic Weights",
            "2021 (abridged)", "H 1.008, Li 6.94, C 12.011, O 15.999, Co 58.933, As 74.922, Sr 87.62",
            "facts, free to use");

    private Stoichiometry() {}

    /**
     * Returns the mass fraction of an element in a compound: {@code atoms * element / (atoms * element + rest)},
     * where {@code rest} is the mass of the other atoms of one formula unit.
     */
    public static double fraction(int atoms, double element, double rest) {
        return atoms * element / (atoms * element + rest);
    }
}
