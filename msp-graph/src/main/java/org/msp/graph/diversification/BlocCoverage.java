package org.msp.graph.diversification;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.SupplyCoverage;

/**
 * How much of a bloc's supply of a mineral rests on inferred data ({@link SupplyCoverage}), weighted by what each
 * member keeps. This class is immutable and thread-safe.
 *
 * @param mineral          mineral id
 * @param inferredShare    the share of the bloc's supply resting on inferred edges or unknown sources, 0 to 1
 * @param unexplainedShare the share of the mineral's reported trade that mass balance or the value witness left
 *                         out, 0 to 1 ({@link SupplyCoverage#unexplainedShare})
 * @param missing          what the data lack, in words ({@link SupplyCoverage#missing})
 */
public record BlocCoverage(String mineral, double inferredShare, double unexplainedShare, List<String> missing) {
    public BlocCoverage {
        Objects.requireNonNull(mineral, "BlocCoverage.mineral is null");
        missing = ImmutableList.copyOf(Objects.requireNonNull(missing, "BlocCoverage.missing is null"));
    }

    /** Returns true when either share exceeds {@link SupplyCoverage#WEAK_SHARE}. */
    public boolean isWeak() {
        return inferredShare > SupplyCoverage.WEAK_SHARE || unexplainedShare > SupplyCoverage.WEAK_SHARE;
    }

    /** Returns e.g. {@code "gallium: 12% inferred, 3% of reported trade left out (reported)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %.0f%% inferred, %.0f%% of reported trade left out (%s)%s", mineral,
                100 * inferredShare, 100 * unexplainedShare, isWeak() ? "weak" : "reported",
                missing.isEmpty() ? "" : "; lacks " + missing.size() + (missing.size() == 1 ? " input" : " inputs"));
    }
}
