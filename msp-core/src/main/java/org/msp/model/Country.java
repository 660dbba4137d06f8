package org.msp.model;

import org.msp.internal.Checks;

import java.util.Comparator;

/**
 * A country (or the European Union, {@code "EUU"}, as a trade and policy actor), identified by its ISO
 * 3166-1 alpha-3 code, with its UN M49 region and sub-region.
 *
 * <pre>{@code
 * Country kor = Country.of("KOR");   // South Korea, Asia / Eastern Asia, from the built-in catalogue
 * }</pre>
 *
 * <p>Countries order by code. This class is immutable and thread-safe.
 *
 * @param iso3      ISO 3166-1 alpha-3 code
 * @param name      English short name
 * @param region    UN M49 region
 * @param subregion UN M49 sub-region, e.g. {@code "South-eastern Asia"}
 */
public record Country(String iso3, String name, Region region, String subregion) implements Comparable<Country> {
    public Country {
        Checks.iso3(iso3, "Country", "iso3");
        name = Checks.text(name, "Country", "name");
        Checks.notNull(region, "Country", "region");
        subregion = Checks.text(subregion, "Country", "subregion");
    }

    /**
     * Returns the country with this ISO 3166-1 alpha-3 code from the built-in catalogue (all ISO 3166-1
     * entries, plus {@code EUU} for the European Union and {@code XKX} for Kosovo).
     *
     * @throws IllegalArgumentException if the code is not in the catalogue
     */
    public static Country of(String iso3) {
        return Countries.of(iso3);
    }

    /** Returns a country that need not be in the catalogue. */
    public static Country of(String iso3, String name, Region region, String subregion) {
        return new Country(iso3, name, region, subregion);
    }

    @Override
    public int compareTo(Country o) {
        return Comparator.comparing(Country::iso3).compare(this, o);
    }

    /** Returns e.g. {@code "KOR (South Korea)"}. */
    @Override
    public String toString() {
        return iso3 + " (" + name + ")";
    }
}
