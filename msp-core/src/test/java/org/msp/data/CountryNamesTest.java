package org.msp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
    private static String iso(String name) {
        return CountryNames.resolve(name).orElseThrow().iso3().orElseThrow();
    }

    @Test
    void resolve_footnoteNumberGlued_dropsIt() {
        ResolvedName n = CountryNames.resolve("New Caledonia11").orElseThrow();
        assertEquals(Optional.of("NCL"), n.iso3());
        assertFalse(n.estimated());
        assertEquals("footnote 11", n.remark());
    }

    @Test
    void resolve_estimateMarkerGlued_isEstimated() {
        ResolvedName n = CountryNames.resolve("Japane").orElseThrow();
        assertEquals(Optional.of("JPN"), n.iso3());
        assertTrue(n.estimated());
        assertEquals("KOR", iso("Korea, Republic ofe"));
        assertTrue(CountryNames.resolve("Korea, Republic ofe").orElseThrow().estimated());
    }

    @Test
    void resolve_nameEndingInE_isNotEstimated() {
        ResolvedName n = CountryNames.resolve("Ukraine").orElseThrow();
        assertEquals(Optional.of("UKR"), n.iso3());
        assertFalse(n.estimated());
        assertEquals("CHL", iso("Chile"));
    }

    @Test
    void resolve_usgsAndIeaNames_mapToIso3() {
        assertEquals("COD", iso("Congo (Kinshasa)"));
        assertEquals("COG", iso("Congo (Brazzaville)"));
        assertEquals("COD", iso("Democratic Republic of Congo"));
        assertEquals("MMR", iso("Burma"));
        assertEquals("MMR", iso("Myanmar (Burma)"));
        assertEquals("PRK", iso("Korea, North"));
        assertEquals("KOR", iso("Korea, South"));
        assertEquals("CIV", iso("C\u00f4te d\u2019Ivoire"));
        assertEquals("USA", iso("United\u00a0States"));
        assertEquals("CAN", iso("Canada "));
        assertEquals("BHS", iso("The Bahamas"));
    }

    @Test
    void resolve_qualifierAfterName_keptInRemark() {
        ResolvedName n = CountryNames.resolve("Russia (recoverable)").orElseThrow();
        assertEquals(Optional.of("RUS"), n.iso3());
        assertTrue(n.remark().contains("recoverable"), n.remark());
        assertEquals("KAZ", iso("Kazakhstan, concentrate"));
    }

    @Test
    void resolve_totals_areNeverCountries() {
        assertEquals(NameKind.WORLD_TOTAL, CountryNames.resolve("World total (rounded)").orElseThrow().kind());
        assertEquals(NameKind.WORLD_TOTAL,
                CountryNames.resolve("World total (rounded), excluding U.S. production").orElseThrow().kind());
        assertEquals(NameKind.WORLD_TOTAL, CountryNames.resolve("Total").orElseThrow().kind());
        assertEquals(NameKind.REST_OF_WORLD, CountryNames.resolve("Other countries4").orElseThrow().kind());
        assertEquals(NameKind.REST_OF_WORLD, CountryNames.resolve("Rest of world").orElseThrow().kind());
        assertEquals(NameKind.AGGREGATE, CountryNames.resolve("China, Germany, and Russia").orElseThrow().kind());
        assertEquals(NameKind.AGGREGATE, CountryNames.resolve("Top 3 share").orElseThrow().kind());
        assertFalse(CountryNames.resolve("Other countries").orElseThrow().isCountry());
    }

    @Test
    void resolve_unknownName_isEmpty() {
        assertTrue(CountryNames.resolve("Atlantis").isEmpty());
        assertTrue(CountryNames.resolve("").isEmpty());
    }

    @Test
    void resolveCode_cepiiCodes_handledExplicitly() {
        ResolvedName s19 = CountryNames.resolveCode("S19").orElseThrow();
        assertEquals(Optional.of("TWN"), s19.iso3());
        assertEquals(CountryNames.S19_REMARK, s19.remark());
        for (String c : new String[] {"CSK", "DDR", "ANT", "R20", "ZA1", "SUN", "PUS", "SCG"}) {
            assertEquals(NameKind.AGGREGATE, CountryNames.resolveCode(c).orElseThrow().kind(), c);
        }
        assertEquals(Optional.of("NAM"), CountryNames.resolveCode("NAM").orElseThrow().iso3());
        assertTrue(CountryNames.resolveCode("XXX").isEmpty());
    }

    @Test
    void repairMojibake_doubleEncodedCepiiName_repaired() {
        assertEquals("C\u00f4te d'Ivoire", CountryNames.repairMojibake("C\u00c3\u00b4te d'Ivoire"));
        assertEquals("CIV", iso("C\u00c3\u00b4te d'Ivoire"));
        assertEquals("TUR", iso("T\u00c3\u00bcrkiye"));
        assertEquals("Chile", CountryNames.repairMojibake("Chile"));
    }
}
