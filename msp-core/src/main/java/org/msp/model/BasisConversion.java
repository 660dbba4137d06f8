package org.msp.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.msp.internal.Checks;

/**
 * A factor that turns tonnes of a mineral at one stage on another {@link Basis} into tonnes of contained
 * mineral, with the reason it holds and where it comes from: the tonnes of lithium in a tonne of lithium
 * carbonate, say, or the manganese in a tonne of manganese ore.
 *
 * <p>A factor may be a range {@code low <= central <= high}, all in (0, 1]: exact stoichiometry has
 * {@code low == central == high}; a trade code that holds several defined compounds, or an ore or alloy whose
 * grade varies, has the range its sources give, and {@code central} is the factor applied by default. Analyses
 * that vary the factor use {@link #factor(End)}.
 *
 * <pre>{@code
 * BasisConversion c = world.conversion("cobalt", Stage.REFINING, Basis.GROSS_WEIGHT).orElseThrow();
 * c.central();          // 0.7342: tonnes of cobalt per tonne of HS 282200 (Co3O4)
 * c.factor(End.LOW);    // 0.6340: cobalt hydroxide Co(OH)2
 * }</pre>
 *
 * <p>A dataset holds at most one conversion per mineral, stage and basis ({@link Dataset#conversion}); the
 * network builder applies it wherever that mineral's figures mix the basis with contained tonnes. This class is
 * immutable and thread-safe.
 *
 * @param mineral    mineral id
 * @param stage      the stage whose figures the factor converts
 * @param basis      the basis converted from (not {@link Basis#CONTENT})
 * @param low        the lowest content per tonne the sources allow, in (0, {@code central}]
 * @param central    the content per tonne applied by default, in [{@code low}, {@code high}]
 * @param high       the highest content per tonne the sources allow, in [{@code central}, 1]
 * @param kind       why the factor holds: stoichiometry, a published typical grade, or an upper bound
 * @param rationale  the compound, grade or trade code, in words
 * @param provenance the public source of the factor (atomic weights, a yearbook, a product standard)
 */
public record BasisConversion(String mineral, Stage stage, Basis basis, double low, double central, double high,
        ConversionKind kind, String rationale, Provenance provenance) {
    /** One end of a factor's range, or its central value. */
    public enum End {
        /** The lowest content per tonne: the fewest tonnes of mineral. */
        LOW,
        /** The factor applied by default. */
        CENTRAL,
        /** The highest content per tonne: the most tonnes of mineral. */
        HIGH;

        /** Returns the lower-case text form, e.g. {@code "low"}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return id();
        }
    }

    public BasisConversion {
        Checks.id(mineral, "BasisConversion", "mineral");
        Checks.notNull(stage, "BasisConversion", "stage");
        Checks.notNull(basis, "BasisConversion", "basis");
        Checks.notNull(kind, "BasisConversion", "kind");
        rationale = Checks.text(rationale, "BasisConversion", "rationale");
        Checks.notNull(provenance, "BasisConversion", "provenance");
        if (basis == Basis.CONTENT) {
            throw new IllegalArgumentException("BasisConversion.basis is content: nothing to convert for " + mineral);
        }
        for (double f : new double[] {low, central, high}) {
            if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException("BasisConversion of " + mineral + " from " + basis
                        + ": factor outside (0, 1]: " + f);
            }
        }
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException("BasisConversion of " + mineral + " from " + basis
                    + ": expected low <= central <= high, found " + low + ", " + central + ", " + high);
        }
        if (kind == ConversionKind.UPPER_BOUND && low != high) {
            throw new IllegalArgumentException("BasisConversion of " + mineral + " from " + basis
                    + ": an upper bound is one factor, found the range " + low + "-" + high);
        }
    }

    /** Returns an exact factor (one defined compound): low, central and high all equal {@code factor}. */
    public static BasisConversion exact(String mineral, Stage stage, Basis basis, double factor, String rationale,
            Provenance provenance) {
        return new BasisConversion(mineral, stage, basis, factor, factor, factor, ConversionKind.STOICHIOMETRIC,
                rationale, provenance);
    }

    /** Returns a factor that is only an upper bound on the content (a basket of several elements). */
    public static BasisConversion upperBound(String mineral, Stage stage, Basis basis, double bound,
            String rationale, Provenance provenance) {
        return new BasisConversion(mineral, stage, basis, bound, bound, bound, ConversionKind.UPPER_BOUND,
                rationale, provenance);
    }

    /** Returns the factor at {@code end} of the range. */
    public double factor(End end) {
        switch (end) {
            case LOW:
                return low;
            case HIGH:
                return high;
            default:
                return central;
        }
    }

    /** Returns true if the factor is a range ({@code low < high}), so that answers may move across it. */
    public boolean isRange() {
        return low < high;
    }

    /** Returns the text form the command line takes for the central factor, e.g. {@code "lithium:carbonate_equivalent=0.18785"}. */
    public String spec() {
        return String.format(Locale.ROOT, "%s:%s=%s", mineral, basis.id(), central);
    }

    /** Returns e.g. {@code "0.634–0.7865"} for a range, or {@code "0.1879"} for one factor (4 significant digits). */
    public String factorText() {
        return isRange() ? round(low) + "\u2013" + round(high) : round(central);
    }

    /** Rounds a factor to four significant digits for printing. */
    static String round(double f) {
        return new BigDecimal(f).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * Returns e.g. {@code "lithium/refining carbonate_equivalent x 0.1879 (stoichiometric: lithium carbonate ...)"}
     * or, for a range, {@code "cobalt/refining gross_weight x 0.7342, range 0.634–0.7865 (stoichiometric: ...)"}.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s/%s %s x %s%s (%s: %s)", mineral, stage, basis.id(), round(central),
                isRange() ? ", range " + factorText() : "", kind == ConversionKind.STOICHIOMETRIC && !isRange()
                        ? "exact" : kind.id().replace('_', ' '), rationale);
    }
}
