package org.msp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.msp.model.Countries;
import org.msp.model.Country;

class CountryNamesProperties {
    private static final List<Country> CATALOGUE = List.copyOf(Countries.all());

    @Provide
    Arbitrary<Country> countries() {
        return Arbitraries.of(CATALOGUE);
    }

    @Property(tries = 200)
    void catalogueName_resolvesToItsCode(@ForAll("countries") Country c) {
        assertEquals(Optional.of(c.iso3()), CountryNames.resolve(c.name()).orElseThrow().iso3());
        assertEquals(Optional.of(c.iso3()), CountryNames.resolve("  " + c.name().toUpperCase() + " ").orElseThrow().iso3());
    }

    @Property(tries = 200)
    void footnoteNumber_neverChangesTheCountry(@ForAll("countries") Country c, @ForAll @IntRange(min = 1, max = 99) int n) {
        ResolvedName r = CountryNames.resolve(c.name() + n).orElseThrow();
        assertEquals(Optional.of(c.iso3()), r.iso3());
        assertFalse(r.estimated());
    }

    @Property(tries = 200)
    void estimateMarker_isEstimatedUnlessTheNameExists(@ForAll("countries") Country c) {
        Optional<ResolvedName> r = CountryNames.resolve(c.name() + "e");
        assertTrue(r.isPresent());
        if (Countries.byName(c.name() + "e").isEmpty()) {
            assertEquals(Optional.of(c.iso3()), r.get().iso3());
            assertTrue(r.get().estimated());
        }
    }

    @Property(tries = 200)
    void code_resolvesToItself(@ForAll("countries") Country c) {
        assertEquals(Optional.of(c.iso3()), CountryNames.resolveCode(c.iso3()).orElseThrow().iso3());
    }
}
