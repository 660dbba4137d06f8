package org.msp.data;

import org.msp.internal.Checks;

import java.util.Optional;

/**
 * A country name or code from a source, resolved by {@link CountryNames}: what it stands for, the ISO3 code
 * when it is one country, and what the source glued to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param raw       the text as the source wrote it
 * @param kind      country, world total, rest of world, or another aggregate
 * @param iso3      the ISO 3166-1 alpha-3 code when {@code kind} is {@link NameKind#COUNTRY}, else empty
 * @param estimated true when USGS glued its estimate marker {@code e} to the name ({@code "Japane"})
 * @param remark    what was stripped or decided on the way (footnote number, qualifier, mapping note), or
 *                  the empty string
 */
public record ResolvedName(String raw, NameKind kind, Optional<String> iso3, boolean estimated, String remark) {
    public ResolvedName {
        Checks.notNull(raw, "ResolvedName", "raw");
        Checks.notNull(kind, "ResolvedName", "kind");
        Checks.notNull(iso3, "ResolvedName", "iso3");
        Checks.notNull(remark, "ResolvedName", "remark");
        if ((kind == NameKind.COUNTRY) != iso3.isPresent()) {
            throw new IllegalArgumentException("ResolvedName.iso3 must be present exactly for a country: " + raw);
        }
        iso3.ifPresent(c -> Checks.iso3(c, "ResolvedName", "iso3"));
    }

    /** Returns true if the name is one country. */
    public boolean isCountry() {
        return kind == NameKind.COUNTRY;
    }

    /** Returns e.g. {@code "Japane -> JPN (estimated)"} or {@code "Other countries4 -> rest_of_world"}. */
    @Override
    public String toString() {
        return raw + " -> " + iso3.orElse(kind.name().toLowerCase(java.util.Locale.ROOT))
                + (estimated ? " (estimated)" : "") + (remark.isEmpty() ? "" : " [" + remark + "]");
    }
}
