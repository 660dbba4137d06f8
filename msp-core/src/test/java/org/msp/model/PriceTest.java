package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceTest {
    private static final Provenance MCS2026 = Provenance.of("USGS Mineral Commodity Summaries", "2026",
            "Salient Statistics—United States: Price", "Public domain");
    private static final Provenance MCS2024 = Provenance.of("USGS Mineral Commodity Summaries", "2024",
            "Salient Statistics—United States: Price", "Public domain");
    private static final Provenance OTHER = Provenance.of("Other price reporter", "2025", "", "fair use");

    private static Price price(int year, double usd, PriceKind kind, String what, Provenance p) {
        return new Price("gallium", year, usd, Basis.CONTENT, what, kind, Qualifier.REPORTED, p);
    }

    private static Dataset.Builder base() {
        return Dataset.builder().name("prices").countries("USA").minerals("gallium", "cobalt");
    }

    @Test
    void constructor_badFields_nameRecordAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> price(2024, -1, PriceKind.PRICE, "gallium", MCS2026));
        assertEquals("Price.usdPerTonne is negative: -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> price(2024, 1, PriceKind.PRICE, " ", MCS2026));
        assertTrue(e.getMessage().startsWith("Price.description"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Price("gallium", 2024, 1, Basis.CONTENT, "g",
                PriceKind.PRICE, Qualifier.NET_EXPORTER, MCS2026));
        assertTrue(e.getMessage().startsWith("Price.qualifier"), e.getMessage());
        assertThrows(NullPointerException.class, () -> price(2024, 1, null, "g", MCS2026));
    }

    @Test
    void usdPerKilogram_isThousandthOfUsdPerTonne() {
        assertEquals(717.0, price(2024, 717_000, PriceKind.PRICE, "g", MCS2026).usdPerKilogram(), 1e-9);
    }

    @Test
    void toString_isOneReadableLine() {
        assertEquals("Price gallium 2024: 717,000 USD/t content, gallium, 99.99% (price)",
                price(2024, 717_000, PriceKind.PRICE, "gallium, 99.99%", MCS2026).toString());
    }

    @Test
    void price_prefersQuotedPriceThenSourcePriorityThenLatestEdition() {
        Price unitValue = price(2024, 500_000, PriceKind.UNIT_VALUE, "unit value of imports", MCS2026);
        Price old = price(2024, 600_000, PriceKind.PRICE, "producer price", MCS2024);
        Price latest = price(2024, 700_000, PriceKind.PRICE, "producer price", MCS2026);
        Price other = price(2024, 800_000, PriceKind.PRICE, "dealer price", OTHER);
        Dataset d = base().add(unitValue).add(old).add(other).add(latest).build();
        assertEquals(Optional.of(other), d.price("gallium", 2024)); // alphabetical: "Other ..." before "USGS ..."
        Dataset usgsFirst = d.toBuilder().sourcePriority(List.of("USGS Mineral Commodity Summaries")).build();
        assertEquals(Optional.of(latest), usgsFirst.price("gallium", 2024));
        assertEquals(List.of(latest, old, other, unitValue), usgsFirst.prices("gallium", 2024));
        Dataset onlyUnitValue = base().add(unitValue).build();
        assertEquals(Optional.of(unitValue), onlyUnitValue.price("gallium", 2024));
        assertEquals(Optional.empty(), d.price("gallium", 2023));
        assertEquals(Optional.empty(), d.price("cobalt", 2024));
    }

    @Test
    void build_unknownMineralAndDuplicate_areReported() {
        DatasetValidationException e = assertThrows(DatasetValidationException.class, () -> base()
                .add(new Price("lithium", 2024, 1, Basis.CONTENT, "x", PriceKind.PRICE, Qualifier.REPORTED, MCS2026))
                .add(price(2024, 1, PriceKind.PRICE, "x", MCS2026)).add(price(2024, 2, PriceKind.PRICE, "x", MCS2026))
                .build());
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals("prices[0]", e.problems().get(0).location());
        assertEquals("unknown mineral 'lithium'", e.problems().get(0).message());
        assertEquals("prices[2]", e.problems().get(1).location());
    }

    @Test
    void dataset_carriesPricesThroughCopyAndMerge() {
        Price p = price(2024, 1, PriceKind.PRICE, "x", MCS2026);
        Dataset d = base().add(p).build();
        assertEquals(List.of(p), d.prices());
        assertEquals(d, d.toBuilder().build());
        assertEquals(List.of(p), base().addAll(d).build().prices());
        assertTrue(d.toString().contains("1 prices"), d.toString());
    }
}
