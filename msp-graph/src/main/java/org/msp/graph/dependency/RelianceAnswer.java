package org.msp.graph.dependency;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The net import reliance of a country on a mineral in a year as an analyst can publish it: the figure a
 * source publishes (the USGS's, in its own form) as the headline where the dataset has one, the figure
 * computed from production, trade, stocks and consumption beside it, and, where the two differ by more than
 * {@link RelianceAnswers#TOLERANCE}, why; with the main import source (published, else from trade) and the
 * days of consumption that published stocks cover.
 *
 * <p>Made by {@link RelianceAnswers}. This class is immutable and thread-safe.
 *
 * @param country     ISO3 code of the importer
 * @param mineral     mineral id
 * @param year        calendar year
 * @param published   the published figure, if the dataset has one (a value, a bound, E, W or NA)
 * @param computed    the computed figure, or why it is undetermined
 * @param mainSource  the main import source, if any is published or traded
 * @param daysOfCover days of consumption covered by the stocks at year end, where both are published
 */
public record RelianceAnswer(String country, String mineral, int year, Optional<PublishedReliance> published,
        ComputedReliance computed, Optional<MainImportSource> mainSource, OptionalDouble daysOfCover) {
    public RelianceAnswer {
        Objects.requireNonNull(country, "RelianceAnswer.country is null");
        Objects.requireNonNull(mineral, "RelianceAnswer.mineral is null");
        Objects.requireNonNull(published, "RelianceAnswer.published is null");
        Objects.requireNonNull(computed, "RelianceAnswer.computed is null");
        Objects.requireNonNull(mainSource, "RelianceAnswer.mainSource is null");
        Objects.requireNonNull(daysOfCover, "RelianceAnswer.daysOfCover is null");
    }

    /** Returns true if the headline is a published figure (a value, a bound or E), not a computed one. */
    public boolean isPublished() {
        return published.isPresent() && (published.get().hasFigure() || published.get().isNetExporter());
    }

    /**
     * Returns the headline in the USGS's form: the published figure ({@code "43%"}, {@code ">50%"},
     * {@code "E"}) where there is one; else the computed one ({@code "38%"}, {@code "0–100%"}, {@code "E"});
     * else the published code ({@code "W"}, {@code "NA"}) or {@code "undetermined"}.
     */
    public String headline() {
        if (isPublished()) {
            return published.get().text();
        }
        if (!computed.isUndetermined() || computed.isNetExporter()) {
            return computed.text();
        }
        return published.map(PublishedReliance::text).orElse(computed.text());
    }

    /** Returns where the headline comes from: the published source and edition, or {@code "computed"}. */
    public String headlineSource() {
        if (isPublished()) {
            return published.get().source();
        }
        return !computed.isUndetermined() || computed.isNetExporter() ? "computed"
                : published.map(PublishedReliance::source).orElse("computed");
    }

    /**
     * Returns the headline as a fraction for a table: the published value or bound, else the computed value;
     * empty for E, W, NA, bounds and undetermined figures.
     */
    public OptionalDouble headlineShare() {
        if (isPublished()) {
            return published.get().figure();
        }
        return computed.isNetExporter() ? OptionalDouble.empty() : computed.value();
    }

    /** Returns true if the headline says the country is a net exporter (USGS {@code E}). */
    public boolean isNetExporter() {
        return isPublished() ? published.get().isNetExporter() : computed.isNetExporter();
    }

    /**
     * Returns whether the computed figure agrees with the published one within {@link RelianceAnswers#TOLERANCE}:
     * a value within the tolerance, bounds that reach the published value or bound, E with E; empty when there
     * is nothing to compare (no published figure, W, NA, or an undetermined computation).
     */
    public Optional<Boolean> agrees() {
        if (!isPublished() || (computed.isUndetermined() && !computed.isNetExporter())) {
            return Optional.empty();
        }
        PublishedReliance p = published.get();
        double t = RelianceAnswers.TOLERANCE;
        if (p.isNetExporter() || computed.isNetExporter()) {
            return Optional.of(p.isNetExporter() == computed.isNetExporter());
        }
        double lo = computed.low();
        double hi = computed.high();
        return Optional.of(switch (p.form()) {
            case LOWER_BOUND -> hi >= p.share() - t;
            case UPPER_BOUND -> lo <= p.share() + t;
            default -> lo - t <= p.share() && p.share() <= hi + t;
        });
    }

    /**
     * Returns why the computed figure differs from the published one, or why it cannot be computed; the empty
     * string when they agree.
     */
    public String note() {
        Optional<Boolean> a = agrees();
        if (a.isPresent() && a.get()) {
            return "";
        }
        if (computed.isUndetermined() && !computed.isNetExporter()) {
            return "computed " + computed.describe();
        }
        if (a.isEmpty()) {
            return computed.caveats().isEmpty() ? "" : String.join("; ", computed.caveats());
        }
        return String.format(Locale.ROOT, "computed %s differs from published %s by more than %.0f points: %s",
                computed.text(), published.orElseThrow().text(), RelianceAnswers.TOLERANCE * 100,
                computed.caveats().isEmpty() ? "the inputs differ from the USGS's (trade statistics, stage or forms)"
                        : String.join("; ", computed.caveats()));
    }

    /** Returns a few lines: headline, computed figure, main source, cover, and the note. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Net import reliance ").append(country).append(' ').append(mineral)
                .append(' ').append(year).append(": ").append(headline()).append(" (").append(headlineSource())
                .append(')');
        published.filter(p -> !isPublished()).ifPresent(p -> b.append("; published ").append(p.describe()));
        b.append("\n  computed: ").append(computed.describe());
        if (!computed.method().isEmpty()) {
            b.append(" \u2014 ").append(computed.method());
        }
        mainSource.ifPresent(m -> b.append("\n  main source: ").append(m));
        daysOfCover.ifPresent(d -> b.append(String.format(Locale.ROOT, "%n  stocks cover %.0f days of consumption",
                d)));
        String n = note();
        if (!n.isEmpty()) {
            b.append("\n  note: ").append(n);
        } else if (!computed.caveats().isEmpty()) {
            b.append("\n  caveats: ").append(String.join("; ", computed.caveats()));
        }
        return b.toString();
    }
}
