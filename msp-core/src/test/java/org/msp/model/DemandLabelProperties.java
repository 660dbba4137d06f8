package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A demand's scenario and sector are lower-case ids: exactly the strings matching {@code [a-z0-9][a-z0-9_-]*}. */
class DemandLabelProperties {
    private static final Provenance IEA = Provenance.of("IEA", "2025", "Outlook", "CC BY 4.0");

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("az09_-A. ").ofMaxLength(6),
                Arbitraries.strings().all().ofMaxLength(4));
    }

    private static boolean accepted(Optional<String> scenario, Optional<String> sector) {
        try {
            new Demand(Demand.WORLD, "lithium", 2030, Quantity.tonnes(1), IEA, scenario, sector);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Property
    void label_acceptedExactlyWhenItMatchesTheIdPattern(@ForAll("labels") String label) {
        boolean expected = label.matches("[a-z0-9][a-z0-9_-]*");
        assertEquals(expected, accepted(Optional.of(label), Optional.empty()), "scenario '" + label + "'");
        assertEquals(expected, accepted(Optional.empty(), Optional.of(label)), "sector '" + label + "'");
    }
}
