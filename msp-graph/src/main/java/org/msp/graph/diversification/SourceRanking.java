package org.msp.graph.diversification;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msp.model.Stage;

/**
 * Candidate new sources of a mineral at a stage, ranked by how far they would lower concentration.
 *
 * <p><b>Assumptions</b>, stated because the answer depends on them (and in {@link #assumption()}): each candidate
 * country adds the same {@code addedTonnes} a year at the stage, or, ranked by reserves, grows until its share of
 * the stage's output equals its share of world reserves (a project adds its stated capacity, and one without a
 * stated capacity is listed with no figures); the rest of the world's output is unchanged; the HHI is recomputed from the production
 * table with the candidate's tonnes added ({@code HHI = Σ s_i²}, see
 * {@link org.msp.graph.concentration.MarketConcentration}). For the exposure of a consumer to a watched country
 * (its look-through share at the stage, {@link org.msp.graph.dependency.LookThroughDependencyAlgorithm}): the candidate's
 * tonnes reach the consumer as extra supply of the candidate's own origin, so the exposure becomes
 * {@code e S / (S + X)} (or {@code (e S + X) / (S + X)} when the candidate is the watched country).
 *
 * <p>Candidates are ordered by HHI after (lowest first), then exposure after, then label; those without figures
 * come last. This class is immutable and thread-safe.
 *
 * @param mineral        mineral id
 * @param stage          the stage
 * @param year           the production year
 * @param assumption     how much each candidate country adds, in words
 * @param addedTonnes    tonnes each candidate country adds; empty when ranked by reserve share
 * @param hhiBefore      the stage's HHI now (0..1)
 * @param consumer       the consumer whose exposure is measured, if asked
 * @param watched        the country it is exposed to, if asked
 * @param exposureBefore the consumer's exposure now, if asked
 * @param candidates     the ranked candidates
 */
public record SourceRanking(String mineral, Stage stage, int year, String assumption, OptionalDouble addedTonnes,
        double hhiBefore,
        Optional<String> consumer, Optional<String> watched, OptionalDouble exposureBefore,
        List<Candidate> candidates) {
    private static final int SHOWN = 10;

    public SourceRanking {
        Objects.requireNonNull(mineral, "SourceRanking.mineral is null");
        Objects.requireNonNull(stage, "SourceRanking.stage is null");
        Objects.requireNonNull(assumption, "SourceRanking.assumption is null");
        Objects.requireNonNull(addedTonnes, "SourceRanking.addedTonnes is null");
        Objects.requireNonNull(consumer, "SourceRanking.consumer is null");
        Objects.requireNonNull(watched, "SourceRanking.watched is null");
        Objects.requireNonNull(exposureBefore, "SourceRanking.exposureBefore is null");
        candidates = ImmutableList.copyOf(Objects.requireNonNull(candidates, "SourceRanking.candidates is null"));
    }

    /** Returns the best candidate, if any has figures. */
    public Optional<Candidate> best() {
        return candidates.stream().filter(c -> c.hhiAfter().isPresent()).findFirst();
    }

    /** Returns a header and the first ten candidates. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "SourceRanking[%s/%s %d, %s, HHI now %.4f", mineral, stage, year, assumption, hhiBefore));
        if (exposureBefore.isPresent()) {
            b.append(String.format(Locale.ROOT, ", %s exposure to %s now %.1f%%", consumer.orElse("?"),
                    watched.orElse("?"), exposureBefore.getAsDouble() * 100));
        }
        b.append(": ").append(candidates.size()).append(" candidates");
        candidates.stream().limit(SHOWN).forEach(c -> b.append("\n  ").append(c));
        if (candidates.size() > SHOWN) {
            b.append("\n  ... ").append(candidates.size() - SHOWN).append(" more");
        }
        return b.append("]").toString();
    }
}
