package org.msp.model;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The built-in catalogue of countries: every ISO 3166-1 entry with its English short name and UN M49
 * region and sub-region, plus {@code EUU} (European Union) and {@code XKX} (Kosovo).
 *
 * <p>Iteration is in order of ISO3 code. This class is thread-safe.
 */
public final class Countries {
    private static final String RESOURCE = "countries.csv";

    private Countries() {}

    private static final class Catalogue {
        static final ImmutableSortedMap<String, Country> BY_ISO3 = load();
        static final Map<String, Country> BY_NAME = byName(BY_ISO3.values());
    }

    /** Returns the catalogue entry for {@code iso3}. */
    static Country of(String iso3) {
        Country c = Catalogue.BY_ISO3.get(iso3);
        if (c == null) {
            throw new IllegalArgumentException("unknown country code '" + iso3
                    + "': not an ISO 3166-1 alpha-3 code in the catalogue");
        }
        return c;
    }

    /** Returns the catalogue entry for {@code iso3}, if there is one. */
    public static Optional<Country> find(String iso3) {
        return Optional.ofNullable(Catalogue.BY_ISO3.get(iso3));
    }

    /** Returns the catalogue entry whose short name is {@code name}, ignoring case and surrounding spaces. */
    public static Optional<Country> byName(String name) {
        return Optional.ofNullable(Catalogue.BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** Returns every catalogue entry, in order of ISO3 code. */
    public static Collection<Country> all() {
        return Catalogue.BY_ISO3.values();
    }

    private static Map<String, Country> byName(Collection<Country> countries) {
        Map<String, Country> m = new TreeMap<>();
        for (Country c : countries) {
            m.put(c.name().toLowerCase(Locale.ROOT), c);
        }
        return m;
    }

    private static ImmutableSortedMap<String, Country> load() {
        ImmutableSortedMap.Builder<String, Country> b = ImmutableSortedMap.naturalOrder();
        SimpleCsv.readResource(RESOURCE, "iso3,iso2,name,region,subregion",
                f -> b.put(f[0], new Country(f[0], f[2], Region.parse(f[3]), f[4])));
        return b.build();
    }
}
