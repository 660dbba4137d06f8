package org.msp.model;

import java.util.Locale;
import org.msp.internal.Checks;

/**
 * A country's governance score for one year: the mean of the World Bank Worldwide Governance Indicators
 * (WGI) estimates that the source gives for it, on the WGI scale (about −2.5, weak, to +2.5, strong).
 *
 * <p>The WGI (Kaufmann and Kraay, World Bank) have six dimensions: Voice and Accountability, Political
 * Stability and Absence of Violence/Terrorism, Government Effectiveness, Regulatory Quality, Rule of Law and
 * Control of Corruption. {@code dimensions} says how many went into the mean (the provenance's table names
 * them); the EU criticality method (JRC 2017) averages all six.
 *
 * <p>{@link #scaled()} gives the score as the EU method uses it: rescaled to 0–10, higher is worse
 * governance, {@code 5 − 2 · estimate} (−2.5 maps to 10, +2.5 to 0), clamped to 0..10. A country without a
 * score is the caller's decision (the supply-risk survey of the graph module gives it the median of the
 * scored countries and names it). This class is immutable and thread-safe.
 *
 * @param country    ISO3 code
 * @param year       the year the estimates describe
 * @param estimate   mean of the WGI estimates, finite, between −5 and 5
 * @param dimensions how many of the six dimensions the mean covers, 1 to 6
 * @param provenance where the figures come from
 */
public record GovernanceScore(String country, int year, double estimate, int dimensions, Provenance provenance) {
    /** The lowest (best) score of the EU method's 0–10 scale. */
    public static final double SCALE_MIN = 0;
    /** The highest (worst) score of the 0–10 scale. */
    public static final double SCALE_MAX = 10;

    public GovernanceScore {
        Checks.iso3(country, "GovernanceScore", "country");
        Checks.year(year, "GovernanceScore", "year");
        if (!Double.isFinite(estimate) || Math.abs(estimate) > 5) {
            throw new IllegalArgumentException("GovernanceScore.estimate is not a WGI estimate (finite, -5..5): "
                    + estimate);
        }
        if (dimensions < 1 || dimensions > 6) {
            throw new IllegalArgumentException("GovernanceScore.dimensions is outside 1..6: " + dimensions);
        }
        Checks.notNull(provenance, "GovernanceScore", "provenance");
    }

    /** Returns a score of {@code dimensions} dimensions with the mean WGI estimate {@code estimate}. */
    public static GovernanceScore of(String country, int year, double estimate, int dimensions, Provenance p) {
        return new GovernanceScore(country, year, estimate, dimensions, p);
    }

    /**
     * Returns a WGI estimate rescaled to the EU method's 0–10 scale, higher is worse:
     * {@code min(10, max(0, 5 − 2 · estimate))}.
     */
    public static double scale(double estimate) {
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("WGI estimate is not finite: " + estimate);
        }
        return Math.min(SCALE_MAX, Math.max(SCALE_MIN, 5 - 2 * estimate));
    }

    /** Returns this score on the EU method's 0–10 scale (see {@link #scale(double)}). */
    public double scaled() {
        return scale(estimate);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GovernanceScore %s %d: WGI %.2f (%d dimensions), scaled %.2f", country,
                year, estimate, dimensions, scaled());
    }
}
