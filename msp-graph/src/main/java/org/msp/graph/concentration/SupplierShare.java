package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Objects;

/**
 * One supplier's part of a stage's output: a country, its tonnes and its share.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country ISO3 code (facilities are counted in their host country)
 * @param tonnes  tonnes produced, finite and not negative
 * @param share   tonnes over the total, 0 to 1
 */
public record SupplierShare(String country, double tonnes, double share) {
    public SupplierShare {
        Objects.requireNonNull(country, "SupplierShare.country is null");
        Preconditions.checkArgument(tonnes >= 0 && Double.isFinite(tonnes),
                "SupplierShare.tonnes of %s is negative or not finite: %s", country, tonnes);
        Preconditions.checkArgument(share >= 0 && share <= 1 + 1e-12,
                "SupplierShare.share of %s is outside 0..1: %s", country, share);
    }

    /** Returns e.g. {@code "CHN 65.2% (12,000 t)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.1f%% (%,.0f t)", country, share * 100, tonnes);
    }
}
