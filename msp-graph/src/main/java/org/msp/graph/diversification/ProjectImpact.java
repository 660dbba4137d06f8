package org.msp.graph.diversification;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msp.model.Stage;

/**
 * What one project would change once online, for one of its minerals: the concentration of its stage and, for a
 * consumer, the chokepoint the stage's largest producer makes (see {@link ProjectImpacts} for the definitions).
 *
 * @param project            project id
 * @param mineral            mineral id
 * @param country            host country
 * @param stage              the stage it adds output at
 * @param addedTonnes        tonnes a year it adds; empty when the capacity is not stated
 * @param hhiBefore          the stage's HHI now, if the stage has production in the year
 * @param hhiAfter           the HHI with the project's tonnes; empty when not stated or no production
 * @param chokepoint         the stage's largest producer, whose export ban is the chokepoint measured, if any
 * @param shortfallBefore    the consumer's shortfall share under that ban now (no re-routing)
 * @param shortfallAfter     the same with the project online (no re-routing)
 * @param shortfallReroutedBefore the consumer's shortfall share under that ban now, with re-routing
 * @param shortfallReroutedAfter  the same with the project online, with re-routing
 * @param note               e.g. {@code "capacity not stated"}, or empty
 */
public record ProjectImpact(String project, String mineral, String country, Stage stage, OptionalDouble addedTonnes,
        OptionalDouble hhiBefore, OptionalDouble hhiAfter, Optional<String> chokepoint, OptionalDouble shortfallBefore,
        OptionalDouble shortfallAfter, OptionalDouble shortfallReroutedBefore, OptionalDouble shortfallReroutedAfter,
        String note) {
    public ProjectImpact {
        Objects.requireNonNull(project, "ProjectImpact.project is null");
        Objects.requireNonNull(mineral, "ProjectImpact.mineral is null");
        Objects.requireNonNull(country, "ProjectImpact.country is null");
        Objects.requireNonNull(stage, "ProjectImpact.stage is null");
        Objects.requireNonNull(addedTonnes, "ProjectImpact.addedTonnes is null");
        Objects.requireNonNull(hhiBefore, "ProjectImpact.hhiBefore is null");
        Objects.requireNonNull(hhiAfter, "ProjectImpact.hhiAfter is null");
        Objects.requireNonNull(chokepoint, "ProjectImpact.chokepoint is null");
        Objects.requireNonNull(shortfallBefore, "ProjectImpact.shortfallBefore is null");
        Objects.requireNonNull(shortfallAfter, "ProjectImpact.shortfallAfter is null");
        Objects.requireNonNull(shortfallReroutedBefore, "ProjectImpact.shortfallReroutedBefore is null");
        Objects.requireNonNull(shortfallReroutedAfter, "ProjectImpact.shortfallReroutedAfter is null");
        Objects.requireNonNull(note, "ProjectImpact.note is null");
    }

    /** Returns e.g. {@code "mahenge/graphite (TZA, mining): capacity not stated"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s/%s (%s, %s)", project, mineral, country,
                stage));
        if (addedTonnes.isEmpty()) {
            return b.append(": ").append(note.isEmpty() ? "capacity not stated" : note).toString();
        }
        b.append(String.format(Locale.ROOT, ": +%,.0f t", addedTonnes.getAsDouble()));
        if (hhiBefore.isPresent() && hhiAfter.isPresent()) {
            b.append(String.format(Locale.ROOT, ", HHI %.4f -> %.4f", hhiBefore.getAsDouble(), hhiAfter.getAsDouble()));
        }
        if (chokepoint.isPresent() && shortfallBefore.isPresent() && shortfallAfter.isPresent()) {
            b.append(String.format(Locale.ROOT, ", shortfall if %s bans %.1f%% -> %.1f%% (re-routing %.1f%% -> %.1f%%)",
                    chokepoint.get(), shortfallBefore.getAsDouble() * 100, shortfallAfter.getAsDouble() * 100,
                    shortfallReroutedBefore.orElse(Double.NaN) * 100, shortfallReroutedAfter.orElse(Double.NaN) * 100));
        }
        if (!note.isEmpty()) {
            b.append(" (").append(note).append(')');
        }
        return b.toString();
    }
}
