package org.msp.data.usgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.data.SkippedRow;
import org.msp.model.Basis;
import org.msp.model.Demand;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Qualifier;
import org.msp.model.Stockpile;

class McsSalientStatisticsTest {
    private static final String HEADER = "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,"
            + "Value,Notes,Is critical mineral 2025,Other notes\r\n";
    private static final String SALIENT = ",Salient Statistics\u2014United States,";

    private static String row(String chapter, String commodity, String statistic, String detail, String unit, int year,
            String value, String notes, String header) {
        return chapter + SALIENT + commodity + ",United States," + statistic + ",\"" + detail + "\"," + unit + "," + year
                + ",\"" + value + "\",\"" + notes + "\",Yes,\"" + header + "\"\r\n";
    }

    private static ImportResult read(String... rows) {
        return McsImporter.readMcs2026(RawFiles.stream(HEADER + String.join("", rows), "windows-1252"), "test.csv");
    }

    private static String reason(ImportResult r, int line) {
        return r.skipped().stream().filter(s -> s.line() == line).map(SkippedRow::reason).findFirst().orElse("");
    }

    private static final String NI_HEAD = "(Data in metric tons, nickel content, unless otherwise specified)";

    @Test
    void consumption_prefersApparentTotal_andNeverReadsWithheldAsZero() {
        ImportResult r = read(
                row("NICKEL", "Nickel", "Consumption", "Consumption: Reported, primary", "metric tons", 2024, "114,000", "", NI_HEAD),
                row("NICKEL", "Nickel", "Consumption", "Consumption: Apparent, primary", "metric tons", 2024, "90,300", "", NI_HEAD),
                row("NICKEL", "Nickel", "Consumption", "Consumption: Apparent, total", "metric tons", 2024, "211,000", "", NI_HEAD),
                row("NICKEL", "Nickel", "Consumption", "Consumption: Apparent, total", "metric tons", 2023, "W", "", NI_HEAD),
                row("NICKEL", "Nickel", "Consumption", "Consumption: Apparent, primary", "metric tons", 2023, "98,500", "", NI_HEAD));
        assertEquals(2, r.demands().size(), r.demands().toString());
        Demand d24 = r.demands().stream().filter(d -> d.year() == 2024).findFirst().orElseThrow();
        assertEquals(211_000, d24.quantity().tonnes(), 1e-6);
        assertEquals("Nickel: Consumption: Apparent, total", d24.provenance().table());
        Demand d23 = r.demands().stream().filter(d -> d.year() == 2023).findFirst().orElseThrow();
        assertEquals(98_500, d23.quantity().tonnes(), 1e-6, "a withheld total gives way to the next series, never 0");
        assertTrue(reason(r, 5).contains("'W'") && reason(r, 5).contains("never read as zero"), reason(r, 5));
        assertTrue(reason(r, 2).contains("'Consumption: Apparent, total' is kept"), reason(r, 2));
    }

    @Test
    void consumption_kilogramsAndThousandTonnesAreConverted_boundsAndVolumesSkipped() {
        ImportResult r = read(
                row("GALLIUM", "Gallium", "Consumption", "Consumption, reported", "kilograms", 2024, "18,700", "", ""),
                row("COPPER", "Copper", "Consumption", "Consumption: Apparent", "thousand metric tons", 2024, "1,860", "", ""),
                row("ZIRCONIUM", "Zirconium", "Consumption", "Consumption, apparent", "metric tons", 2024, "<100,000", "", ""),
                row("HELIUM", "Helium", "Consumption", "Consumption, apparent", "million cubic meters", 2024, "51", "", ""));
        assertEquals(18.7, r.demands().get(0).quantity().tonnes(), 1e-9);
        assertEquals(1_860_000, r.demands().get(1).quantity().tonnes(), 1e-6);
        assertEquals(2, r.demands().size());
        assertTrue(reason(r, 4).contains("bound"), reason(r, 4));
        assertTrue(reason(r, 5).contains("volumes"), reason(r, 5));
    }

    @Test
    void stocks_holdersAreSummed_productsAndPartialSumsAreNot() {
        ImportResult r = read(
                row("NICKEL", "Nickel", "Stock", "Stocks, yearend: Consumer", "metric tons", 2024, "25,500", "", NI_HEAD),
                row("NICKEL", "Nickel", "Stock", "Stocks, yearend: LME U.S. warehouses", "metric tons", 2024, "258", "", NI_HEAD),
                row("NICKEL", "Nickel", "Stock", "Stocks, yearend: Consumer", "metric tons", 2023, "25,700", "", NI_HEAD),
                row("NICKEL", "Nickel", "Stock", "Stocks, yearend: LME U.S. warehouses", "metric tons", 2023, "W", "", NI_HEAD),
                row("MANGANESE", "Manganese", "Stock", "Stocks, yearend: Ferromanganese", "thousand metric tons", 2024, "40", "", ""),
                row("MANGANESE", "Manganese", "Stock", "Stocks, yearend: Silicomanganese", "thousand metric tons", 2024, "30", "", ""));
        assertEquals(1, r.stockpiles().size(), r.stockpiles().toString());
        Stockpile s = r.stockpiles().get(0);
        assertEquals(2024, s.year());
        assertEquals(25_758, s.quantity().tonnes(), 1e-6);
        assertTrue(s.provenance().table().startsWith("Nickel: sum of "), s.provenance().table());
        assertTrue(reason(r, 4).contains("the sum is not given"), reason(r, 4));
        assertTrue(reason(r, 6).contains("not added up"), reason(r, 6));
    }

    @Test
    void prices_areConvertedToDollarsPerTonne() {
        ImportResult r = read(
                row("COBALT", "Cobalt", "Price", "Price, average, dollars per pound: U.S. spot, cathode", "dollars per pound", 2024, "16.77", "", ""),
                row("COPPER", "Copper", "Price", "Price, annual average, cents per pound: COMEX", "cents per pound", 2024, "421.6", "", ""),
                row("GALLIUM", "Gallium", "Price", "Price, average unit value of imports, dollars per kilogram", "dollars per kilogram", 2025, "580", "", ""),
                row("PLATINUM-GROUP METALS", "Palladium", "Price", "Price, dollars per troy ounce: Palladium", "dollars per troy ounce", 2024, "994.9", "", ""),
                row("MANGANESE", "Manganese", "Price", "Price, average, manganese content, dollars per metric ton unit", "dollars per metric ton", 2024, "5.53", "", ""),
                row("LITHIUM", "Lithium", "Price", "Price, battery-grade lithium carbonate, dollars per metric ton", "dollars per metric ton", 2024, "11,800", "", ""),
                row("ZEOLITES", "Cobalt", "Price", "Price, range of value", "dollars per metric ton", 2024, "50\u2013300", "", ""),
                row("MERCURY", "Cobalt", "Price", "Price, unit value", "dollars per carat", 2024, "13", "", ""));
        List<Price> p = r.prices();
        assertEquals(6, p.size(), p.toString());
        assertEquals(16.77 / 0.45359237e-3, p.get(0).usdPerTonne(), 1e-6);
        assertEquals(PriceKind.PRICE, p.get(0).kind());
        assertEquals(4.216 / 0.45359237e-3, p.get(1).usdPerTonne(), 1e-6);
        assertEquals(580_000, p.get(2).usdPerTonne(), 1e-9);
        assertEquals(PriceKind.UNIT_VALUE, p.get(2).kind());
        assertEquals(Qualifier.ESTIMATED, p.get(2).qualifier(), "the last data year of MCS 2026 is an estimate");
        assertEquals("palladium", p.get(3).mineral());
        assertEquals(994.9 / 31.1034768e-6, p.get(3).usdPerTonne(), 1e-3);
        assertEquals(553, p.get(4).usdPerTonne(), 1e-9, "an mtu is 10 kg: $5.53/mtu is $553/t");
        assertEquals(Basis.CARBONATE_EQUIVALENT, p.get(5).basis());
        assertTrue(reason(r, 8).contains("text"), reason(r, 8));
        assertTrue(reason(r, 9).contains("not money per mass"), reason(r, 9));
    }

    @Test
    void realFile_usConsumptionStocksAndPricesAreRead_everyRowAccountedFor() {
        ImportResult r = McsImporter.readMcs2026(RawFiles.raw("usgs-mcs2026/usgs_mcs2026_commodities_data.csv.gz"));
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        Optional<Demand> cobalt = r.demands().stream().filter(d -> d.mineral().equals("cobalt") && d.year() == 2024)
                .findFirst();
        assertEquals(7_960, cobalt.orElseThrow().quantity().tonnes(), 1e-6);
        assertTrue(r.demands().stream().noneMatch(d -> d.mineral().equals("lithium")), "lithium consumption is W");
        Stockpile gallium = r.stockpiles().stream().filter(s -> s.mineral().equals("gallium") && s.year() == 2024)
                .findFirst().orElseThrow();
        assertEquals(3.41, gallium.quantity().tonnes(), 1e-9);
        assertTrue(r.prices().size() > 300, r.toString());
        assertTrue(r.demands().stream().allMatch(d -> d.country().equals("USA")));
    }
}
