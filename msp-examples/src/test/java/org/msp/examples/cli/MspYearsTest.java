package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msp.world.Datasets;
import org.msp.model.Dataset;
import org.msp.model.Flow;

/**
 * A year without the data a command needs is a bad argument: exit 2, one line on standard error that lists the
 * years that have the data (computed here from the embedded dataset), nothing on standard output.
 */
class MspYearsTest {
    private static final Dataset WORLD = Datasets.world();

    private static String years(String mineral) {
        TreeSet<Integer> ys = new TreeSet<>();
        for (Flow f : WORLD.flows()) {
            if (mineral == null || f.mineral().equals(mineral)) {
                ys.add(f.year());
            }
        }
        return Arguments.years(ys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chokepoints,--mineral,lithium,--year,2000|",
        "scenario,--ban,CHN/lithium,--year,2000|",
        "montecarlo,--shock,CHN/lithium=0.5,--trials,10,--seed,1,--year,2000|",
        "dependency,--country,KOR,--mineral,lithium,--year,2000|",
        "chokepoints,--mineral,lithium,--year,2020|lithium",
        "scenario,--ban,CHN/lithium,--year,2020|lithium",
        "dependency,--country,KOR,--mineral,lithium,--year,2020|lithium",
    })
    void yearWithoutTrade_isABadArgumentListingTheYearsWithTrade(String args, String mineral) {
        MspTest.Run r = MspTest.run(args.split(","));
        assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        String year = args.substring(args.lastIndexOf(',') + 1);
        String expected = mineral == null ? "no trade in " + year + " in dataset msp-world; years with trade: " + years(null)
                : "no " + mineral + " trade in " + year + " in dataset msp-world; years with " + mineral + " trade: "
                        + years(mineral);
        assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in: " + r.err());
    }

    @Test
    void reliance_yearWithoutData_listsTheCountrysYears() {
        MspTest.Run r = MspTest.run("reliance", "--country", "KOR", "--mineral", "lithium", "--year", "2030");
        assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("msp reliance: KOR has no published reliance, production or trade of lithium in"
                + " 2030 in dataset msp-world; years with KOR lithium data: "), r.err());
        String listed = r.err().strip().replaceFirst(".*data: ", "");
        assertEquals(Arguments.years(Arguments.yearsWithData(WORLD, "KOR", "lithium")), listed);
        assertTrue(!listed.contains("2030") && !listed.equals("none"), listed);

        MspTest.Run all = MspTest.run("reliance", "--country", "KOR", "--year", "1990");
        assertEquals(Msp.EXIT_USAGE, all.exit(), all.err());
        assertTrue(all.err().contains("; years with KOR data: "), all.err());
    }

    @Test
    void concentration_yearWithoutProduction_listsTheYearsWithProduction() {
        MspTest.Run r = MspTest.run("concentration", "--stage", "mining", "--year", "1990");
        assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("no production at stage mining in 1990 in dataset msp-world; years with "
                + "production at mining: "), r.err());
    }

    @Test
    void reportAndSupplyRisk_yearWithoutProduction_listTheYearsWithProduction() {
        TreeSet<Integer> ys = new TreeSet<>();
        WORLD.productions().forEach(p -> ys.add(p.year()));
        for (String[] args : List.of(new String[] {"supply-risk", "--year", "1990"},
                new String[] {"report", "--year", "1990", "--out", "target/never-written"})) {
            MspTest.Run r = MspTest.run(args);
            assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
            assertEquals("", r.out());
            assertEquals("msp " + args[0] + ": no production in 1990 in dataset msp-world; years with production: "
                    + Arguments.years(ys), r.err().strip());
        }
    }

    @Test
    void years_areWrittenAsRanges() {
        assertEquals("none", Arguments.years(List.of()));
        assertEquals("2024", Arguments.years(List.of(2024)));
        assertEquals("2010-2012, 2015, 2020-2021", Arguments.years(List.of(2021, 2010, 2011, 2012, 2015, 2020, 2011)));
    }
}
