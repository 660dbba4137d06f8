package org.msp.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import org.msp.model.Basis;

/**
 * A factor that turns tonnes of a mineral on another {@link Basis} into tonnes of contained mineral, with the
 * reason it holds: the tonnes of lithium in a tonne of lithium carbonate, say.
 *
 * <p>The model never converts bases by itself; analyses that need one basis per mineral (the supply network)
 * take conversions from the user. {@link Datasets#worldConversions()} lists the ones the embedded dataset
 * supports, each either exact (stoichiometry of a defined compound) or an upper bound. This class is
 * immutable and thread-safe.
 *
 * @param mineral         mineral id
 * @param basis           the basis converted from (not {@link Basis#CONTENT})
 * @param contentPerTonne tonnes of contained mineral per tonne on {@code basis}, in (0, 1]
 * @param exact           true if the factor is exact, false if it is an upper bound
 * @param rationale       why the factor holds, citing the compound or the trade code
 */
public record BasisConversion(String mineral, Basis basis, double contentPerTonne, boolean exact,
        String rationale) {
    public BasisConversion {
        Objects.requireNonNull(mineral, "BasisConversion.mineral is null");
        Objects.requireNonNull(basis, "BasisConversion.basis is null");
        Objects.requireNonNull(rationale, "BasisConversion.rationale is null");
        if (basis == Basis.CONTENT) {
            throw new IllegalArgumentException("BasisConversion.basis is content: nothing to convert for " + mineral);
        }
        if (!(contentPerTonne > 0 && contentPerTonne <= 1)) {
            throw new IllegalArgumentException("BasisConversion.contentPerTonne is outside (0, 1]: " + contentPerTonne);
        }
    }

    /** Returns the text form the command line takes, e.g. {@code "lithium:carbonate_equivalent=0.187855"}. */
    public String spec() {
        return String.format(Locale.ROOT, "%s:%s=%s", mineral, basis.id(), contentPerTonne);
    }

    /** Returns e.g. {@code "lithium carbonate_equivalent x 0.1879 (exact: Li2CO3 ...)"}. */
    @Override
    public String toString() {
        String factor = new BigDecimal(contentPerTonne).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "%s %s x %s (%s: %s)", mineral, basis.id(), factor,
                exact ? "exact" : "upper bound", rationale);
    }
}
