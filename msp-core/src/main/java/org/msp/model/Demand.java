package org.msp.model;

import org.msp.internal.Checks;

import java.util.Locale;
import java.util.Optional;

/**
 * Tonnes of a mineral a country, or the world, uses in a year; observed, or projected under a named scenario,
 * in total or for one end-use sector.
 *
 * <p>A figure with no {@code scenario} is an observed (reported or estimated) one; with a scenario it is a
 * projection under it, such as the IEA's {@code steps} (Stated Policies), {@code aps} (Announced Pledges) and
 * {@code nze} (Net Zero Emissions by 2050). A figure with no {@code sector} is the total over all uses; with one
 * it is the use of that sector alone ({@code electric-vehicles}, {@code clean-technologies},
 * {@code other-uses} ...). World demand, which sources such as the IEA give without a country breakdown, has
 * the country {@link #WORLD}.
 *
 * <pre>{@code
 * Demand.of("KOR", "nickel", 2024, 5_000, p);                              // observed, all uses
 * new Demand(Demand.WORLD, "lithium", 2030, Quantity.tonnes(455_487),       // world, projected
 *         p, Optional.of("steps"), Optional.empty());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country    ISO3 code of the consumer, or {@link #WORLD}
 * @param mineral    mineral id
 * @param year       calendar year
 * @param quantity   tonnes used in the year
 * @param provenance where the figure comes from
 * @param scenario   the scenario a projected figure belongs to (a lower-case id), or empty for an observed figure
 * @param sector     the end-use sector (a lower-case id), or empty for all uses
 */
public record Demand(String country, String mineral, int year, Quantity quantity, Provenance provenance,
        Optional<String> scenario, Optional<String> sector) {
    /**
     * The country code of world demand, {@code "WLD"} (the World Bank's code for the world aggregate; ISO 3166-1
     * assigns it to no country). A world figure names no country of the dataset.
     */
    public static final String WORLD = "WLD";

    public Demand {
        Checks.iso3(country, "Demand", "country");
        Checks.id(mineral, "Demand", "mineral");
        Checks.year(year, "Demand", "year");
        Checks.notNull(quantity, "Demand", "quantity");
        Checks.notNull(provenance, "Demand", "provenance");
        Checks.notNull(scenario, "Demand", "scenario");
        Checks.notNull(sector, "Demand", "sector");
        scenario.ifPresent(s -> label(s, "scenario"));
        sector.ifPresent(s -> label(s, "sector"));
    }

    /** Returns an observed demand over all uses (no scenario, no sector). */
    public Demand(String country, String mineral, int year, Quantity quantity, Provenance provenance) {
        this(country, mineral, year, quantity, provenance, Optional.empty(), Optional.empty());
    }

    private static void label(String value, String field) {
        if (!isLabel(value)) {
            throw new IllegalArgumentException("Demand." + field
                    + " is not a lower-case id (letters, digits, '_' or '-'): '" + value + "'");
        }
    }

    /** Whether {@code s} matches {@code [a-z0-9][a-z0-9_-]*} (written out: it runs for every demand loaded). */
    private static boolean isLabel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '_' || c == '-')))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Returns a demand of {@code tonnes} of contained mineral a year. */
    public static Demand of(String country, String mineral, int year, double tonnes, Provenance provenance) {
        return new Demand(country, mineral, year, Quantity.tonnes(tonnes), provenance);
    }

    /** Returns true if this is world demand ({@link #WORLD}), not a country's. */
    public boolean isWorld() {
        return country.equals(WORLD);
    }

    /** Returns true if this is an observed figure: no scenario. */
    public boolean isObserved() {
        return scenario.isEmpty();
    }

    /** Returns true if this is the total over all uses: no sector. */
    public boolean isAllUses() {
        return sector.isEmpty();
    }

    /**
     * Returns e.g. {@code "Demand KOR nickel 2024: 5,000 t/year"} or
     * {@code "Demand WLD lithium 2030 STEPS electric-vehicles: 326,090 t/year"}.
     */
    @Override
    public String toString() {
        return "Demand " + country + " " + mineral + " " + year
                + scenario.map(s -> " " + s.toUpperCase(Locale.ROOT)).orElse("")
                + sector.map(s -> " " + s).orElse("") + ": " + quantity + "/year";
    }
}
