package org.msp.graph.diversification;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.msp.model.Stage;

/**
 * A candidate new source of a mineral at a stage, with the change it would make to concentration and, when asked,
 * to a consumer's exposure to one country (see {@link SourceRanking} for the assumptions).
 *
 * @param label          the country's ISO3 code, or {@code "project:ID"}
 * @param country        ISO3 code of the host country
 * @param stage          the stage it adds output at
 * @param addedTonnes    tonnes a year it adds; empty for a project whose capacity is not stated
 * @param reserves       the country's reserves, tonnes, if the data give them
 * @param currentShare   its present share of the stage's output
 * @param hhiAfter       the HHI (0..1) once it adds its tonnes; empty when no tonnes are stated
 * @param exposureAfter  the consumer's exposure to the watched country once it adds its tonnes; empty when no
 *                       tonnes are stated or no exposure was asked for
 * @param note           e.g. {@code "capacity not stated"}, or empty
 */
public record Candidate(String label, String country, Stage stage, OptionalDouble addedTonnes, OptionalDouble reserves,
        double currentShare, OptionalDouble hhiAfter, OptionalDouble exposureAfter, String note) {
    public Candidate {
        Objects.requireNonNull(label, "Candidate.label is null");
        Objects.requireNonNull(country, "Candidate.country is null");
        Objects.requireNonNull(stage, "Candidate.stage is null");
        Objects.requireNonNull(addedTonnes, "Candidate.addedTonnes is null");
        Objects.requireNonNull(reserves, "Candidate.reserves is null");
        Objects.requireNonNull(hhiAfter, "Candidate.hhiAfter is null");
        Objects.requireNonNull(exposureAfter, "Candidate.exposureAfter is null");
        Objects.requireNonNull(note, "Candidate.note is null");
    }

    /** Returns e.g. {@code "IDN +10,000 t: HHI 0.412 (share now 2.0%, reserves 55,000,000 t)"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(label);
        if (addedTonnes.isPresent()) {
            b.append(String.format(Locale.ROOT, " +%,.0f t", addedTonnes.getAsDouble()));
        }
        hhiAfter.ifPresent(h -> b.append(String.format(Locale.ROOT, ": HHI %.4f", h)));
        exposureAfter.ifPresent(e -> b.append(String.format(Locale.ROOT, ", exposure %.1f%%", e * 100)));
        b.append(String.format(Locale.ROOT, " (share now %.1f%%", currentShare * 100));
        reserves.ifPresent(r -> b.append(String.format(Locale.ROOT, ", reserves %,.0f t", r)));
        b.append(')');
        if (!note.isEmpty()) {
            b.append(" ").append(note);
        }
        return b.toString();
    }
}
