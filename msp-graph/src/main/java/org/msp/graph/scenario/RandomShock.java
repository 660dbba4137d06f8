package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.msp.model.Stage;

/**
 * A loss shock that strikes in each Monte Carlo trial with a probability, independently of the others.
 *
 * @param shock       an {@link Shock.ExportBan}, {@link Shock.CapacityLoss} or {@link Shock.FacilityOutage}
 * @param probability the chance it strikes in a trial, in [0, 1]
 */
public record RandomShock(Shock shock, double probability) {
    public RandomShock {
        Objects.requireNonNull(shock, "RandomShock.shock is null");
        checkArgument(shock.isLoss(), "RandomShock.shock must be a loss (export ban, capacity loss or outage): %s",
                shock);
        checkArgument(probability >= 0 && probability <= 1, "RandomShock.probability is outside [0, 1]: %s",
                probability);
    }

    /** Returns a full export ban by {@code country} on {@code mineral} at {@code stage} with probability {@code p}. */
    public static RandomShock exportBan(String country, String mineral, Stage stage, double p) {
        return new RandomShock(Shock.ExportBan.of(country, mineral, stage), p);
    }

    /** Returns a loss of {@code fraction} at a country's node with probability {@code p}. */
    public static RandomShock capacityLoss(String country, String mineral, Stage stage, double fraction, double p) {
        return new RandomShock(Shock.CapacityLoss.of(country, mineral, stage, fraction), p);
    }

    /** Returns e.g. {@code "p=0.05: export ban CHN/refining/gallium -> all"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p=%.4g: %s", probability, shock);
    }
}
