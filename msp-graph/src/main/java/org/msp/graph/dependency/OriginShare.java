package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Objects;

/**
 * The part of a consumer's supply that entered a stage at one origin: a country (its ISO3 code), a facility
 * ({@code "facility:ID"}) or {@link #UNKNOWN}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param origin the origin's label
 * @param tonnes tonnes of the consumer's supply from that origin
 * @param share  tonnes over the consumer's supply, 0 to 1
 */
public record OriginShare(String origin, double tonnes, double share) {
    /** The label of supply from unknown sources. */
    public static final String UNKNOWN = "unknown";

    public OriginShare {
        Objects.requireNonNull(origin, "OriginShare.origin is null");
        Preconditions.checkArgument(tonnes >= 0 && Double.isFinite(tonnes),
                "OriginShare.tonnes of %s is negative or not finite: %s", origin, tonnes);
        Preconditions.checkArgument(share >= 0 && share <= 1 + 1e-9, "OriginShare.share of %s is outside 0..1: %s",
                origin, share);
    }

    /** Returns true if this is the unknown origin. */
    public boolean isUnknown() {
        return UNKNOWN.equals(origin);
    }

    /** Returns e.g. {@code "AUS 61.5%"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.1f%%", origin, share * 100);
    }
}
