package org.msp.model;

import java.util.Locale;

/** Why a {@link BasisConversion} factor holds: chemistry, a published grade, or only a bound. */
public enum ConversionKind {
    /**
     * Stoichiometry of a defined compound: the mass fraction of the element in its formula, from standard
     * atomic weights (IUPAC CIAAW). One compound gives one exact factor; a trade code that holds several defined
     * compounds (cobalt oxides and hydroxides) gives a range whose ends are the compounds' own fractions.
     */
    STOICHIOMETRIC,
    /**
     * A published typical content of an ore, concentrate or alloy whose grade varies (manganese ore,
     * ferroniobium, ferrovanadium): a range from the grades a public source names.
     */
    TYPICAL_GRADE,
    /**
     * Only an upper bound: a basket of several elements (CEPII BACI HS 811292) holds at most its own weight of
     * any one of them. Tonnes converted with it overstate the mineral; shares are what to read.
     */
    UPPER_BOUND;

    /** Returns the lower-case text form, e.g. {@code "typical_grade"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
