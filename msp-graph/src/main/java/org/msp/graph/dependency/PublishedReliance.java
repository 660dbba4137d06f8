package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.GapKind;
import org.msp.model.ImportReliance;
import org.msp.model.Provenance;

/**
 * A net import reliance as a source publishes it (USGS Mineral Commodity Summaries, "Net import reliance as a
 * percentage of apparent consumption"), in the source's own form: a value ({@code 43%}), a bound
 * ({@code >50%}, {@code <25%}), {@code E} (net exporter), {@code W} (withheld) or {@code NA} (not available).
 *
 * <p>Read from a dataset's {@link ImportReliance} records and its {@link DataGap}s of statistic
 * {@code net_import_reliance}; where several editions give the same year, the latest edition is taken (MCS 2026
 * revises the 2023 figure of MCS 2024). This class is immutable and thread-safe.
 *
 * @param country    ISO3 code of the importer
 * @param mineral    mineral id
 * @param year       calendar year
 * @param form       how the figure is published
 * @param share      the value or bound as a fraction (0 for {@link Form#NET_EXPORTER}, {@link Form#WITHHELD} and
 *                   {@link Form#NOT_AVAILABLE})
 * @param provenance where the figure comes from
 */
public record PublishedReliance(String country, String mineral, int year, Form form, double share,
        Provenance provenance) {
    /** The form of a published figure. */
    public enum Form {
        /** A value, e.g. {@code 43%}. */
        VALUE,
        /** A lower bound, e.g. {@code >50%}. */
        LOWER_BOUND,
        /** An upper bound, e.g. {@code <25%}. */
        UPPER_BOUND,
        /** USGS {@code E}: the country is a net exporter. */
        NET_EXPORTER,
        /** USGS {@code W}: withheld to avoid disclosing company proprietary data. */
        WITHHELD,
        /** USGS {@code NA}: not available. */
        NOT_AVAILABLE
    }

    public PublishedReliance {
        Objects.requireNonNull(country, "PublishedReliance.country is null");
        Objects.requireNonNull(mineral, "PublishedReliance.mineral is null");
        Objects.requireNonNull(form, "PublishedReliance.form is null");
        Objects.requireNonNull(provenance, "PublishedReliance.provenance is null");
        Preconditions.checkArgument(share >= 0 && share <= 1, "PublishedReliance.share is not in [0, 1]: %s", share);
        Preconditions.checkArgument(hasFigure(form) || share == 0,
                "PublishedReliance.share must be 0 for form %s: %s", form, share);
    }

    private static boolean hasFigure(Form f) {
        return f == Form.VALUE || f == Form.LOWER_BOUND || f == Form.UPPER_BOUND;
    }

    /**
     * Returns the published reliance of {@code iso3} on {@code mineral} in {@code year}, if the dataset has
     * one: the latest edition's figure or gap (a figure before a gap of the same edition). Runs in time linear
     * in the number of import-reliance records and in the mineral's gaps of the year.
     */
    public static Optional<PublishedReliance> find(Dataset d, String iso3, String mineral, int year) {
        Optional<PublishedReliance> figure = d.importReliances().stream()
                .filter(r -> r.country().equals(iso3) && r.mineral().equals(mineral) && r.year() == year)
                .max(Comparator.comparing(r -> r.provenance().edition())).map(PublishedReliance::from);
        Optional<PublishedReliance> gap = java.util.Arrays.stream(org.msp.model.Stage.values())
                .flatMap(s -> d.gaps(mineral, s, year).stream())
                .filter(g -> g.statistic().equals("net_import_reliance") && g.actor().isCountry()
                        && g.actor().id().equals(iso3))
                .max(Comparator.comparing(g -> g.provenance().edition())).map(PublishedReliance::from);
        if (figure.isPresent() && gap.isPresent()) {
            return gap.get().provenance().edition().compareTo(figure.get().provenance().edition()) > 0 ? gap : figure;
        }
        return figure.isPresent() ? figure : gap;
    }

    /** Converts a reported import-reliance record. */
    public static PublishedReliance from(ImportReliance r) {
        Form f = switch (r.qualifier()) {
            case LOWER_BOUND -> Form.LOWER_BOUND;
            case UPPER_BOUND -> Form.UPPER_BOUND;
            case NET_EXPORTER -> Form.NET_EXPORTER;
            default -> Form.VALUE;
        };
        return new PublishedReliance(r.country(), r.mineral(), r.year(), f, f == Form.NET_EXPORTER ? 0 : r.share(),
                r.provenance());
    }

    /**
     * Converts a gap of statistic {@code net_import_reliance} (USGS {@code W} or {@code NA}).
     *
     * @throws IllegalArgumentException if the gap is of another statistic or not about a country
     */
    public static PublishedReliance from(DataGap g) {
        Preconditions.checkArgument(g.statistic().equals("net_import_reliance") && g.actor().isCountry(),
                "not a net import reliance gap of a country: %s", g);
        return new PublishedReliance(g.actor().id(), g.mineral(), g.year(),
                g.kind() == GapKind.WITHHELD ? Form.WITHHELD : Form.NOT_AVAILABLE, 0, g.provenance());
    }

    /** Returns true for a value or a bound, false for E, W and NA. */
    public boolean hasFigure() {
        return hasFigure(form);
    }

    /** Returns the value or bound as a fraction, or empty for E, W and NA. */
    public OptionalDouble figure() {
        return hasFigure() ? OptionalDouble.of(share) : OptionalDouble.empty();
    }

    /** Returns true if the source says the country is a net exporter (USGS {@code E}). */
    public boolean isNetExporter() {
        return form == Form.NET_EXPORTER;
    }

    /** Returns the figure as the source writes it: {@code "43%"}, {@code ">50%"}, {@code "<25%"}, {@code "E"}, {@code "W"}, {@code "NA"}. */
    public String text() {
        String pct = String.format(Locale.ROOT, "%.0f%%", share * 100);
        return switch (form) {
            case VALUE -> pct;
            case LOWER_BOUND -> ">" + pct;
            case UPPER_BOUND -> "<" + pct;
            case NET_EXPORTER -> "E";
            case WITHHELD -> "W";
            case NOT_AVAILABLE -> "NA";
        };
    }

    /** Returns e.g. {@code "43%"}, {@code "E (net exporter)"} or {@code "W (withheld)"}. */
    public String describe() {
        return switch (form) {
            case NET_EXPORTER -> "E (net exporter)";
            case WITHHELD -> "W (withheld)";
            case NOT_AVAILABLE -> "NA (not available)";
            default -> text();
        };
    }

    /** Returns the source and edition, e.g. {@code "USGS Mineral Commodity Summaries 2026"}. */
    public String source() {
        return provenance.source() + " " + provenance.edition();
    }

    /** Returns e.g. {@code "USA nickel 2024: 43% (USGS Mineral Commodity Summaries 2026)"}. */
    @Override
    public String toString() {
        return country + " " + mineral + " " + year + ": " + describe() + " (" + source() + ")";
    }
}
