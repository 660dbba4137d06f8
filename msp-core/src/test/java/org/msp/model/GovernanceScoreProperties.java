package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The EU method's rescaling of WGI estimates to 0–10 (higher is worse). */
class GovernanceScoreProperties {
    /** Any finite estimate maps into 0..10. */
    @Property(tries = 500)
    void scale_staysWithinZeroToTen(@ForAll double estimate) {
        if (!Double.isFinite(estimate)) {
            return;
        }
        double s = GovernanceScore.scale(estimate);
        assertTrue(s >= 0 && s <= 10, () -> estimate + " -> " + s);
    }

    /** Better governance (a higher estimate) never gives a higher score; inside −2.5..2.5 the map is 5 − 2x. */
    @Property(tries = 500)
    void scale_decreasingAndLinearInsideTheWgiRange(@ForAll @DoubleRange(min = -5, max = 5) double a,
            @ForAll @DoubleRange(min = -5, max = 5) double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertTrue(GovernanceScore.scale(lo) >= GovernanceScore.scale(hi));
        if (Math.abs(a) <= 2.5) {
            assertEquals(5 - 2 * a, GovernanceScore.scale(a), 1e-12);
        }
    }

    /** A record's scaled score is the scale of its estimate. */
    @Property(tries = 200)
    void scaled_isTheScaleOfTheEstimate(@ForAll @DoubleRange(min = -5, max = 5) double estimate) {
        GovernanceScore g = GovernanceScore.of("CHN", 2023, estimate, 5, Provenance.user("p"));
        assertEquals(GovernanceScore.scale(estimate), g.scaled(), 0);
        assertEquals(10, GovernanceScore.scale(-2.5), 0);
        assertEquals(0, GovernanceScore.scale(2.5), 0);
    }
}
