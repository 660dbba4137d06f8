package org.msp.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msp.data.baci.BaciAseanImporter;
import org.msp.data.baci.BaciHs22TopFlowsImporter;
import org.msp.data.baci.BaciImporter;
import org.msp.data.baci.BaciValuesImporter;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Stage;

/** The trade of the embedded world dataset: which extract each table comes from, and what users must see. */
class WorldTradeTest {
    private static double sum(List<Flow> flows) {
        return flows.stream().mapToDouble(f -> f.quantity().tonnes()).sum();
    }

    @Test
    void world_chinasNickelFeed_reportedFromIndonesiaAndThePhilippines() {
        Dataset w = Datasets.world();
        for (int year : List.of(2023, 2024)) {
            List<Flow> into = w.flows("nickel", Stage.MINING, year).stream()
                    .filter(f -> f.to().id().equals("CHN")).toList();
            Map<String, Flow> by = new HashMap<>();
            into.forEach(f -> by.put(f.from().id(), f));
            Flow idn = by.get("IDN");
            Flow phl = by.get("PHL");
            assertTrue(idn != null && phl != null, () -> year + ": " + into);
            for (Flow f : List.of(idn, phl)) {
                assertEquals(FlowOrigin.REPORTED, f.origin());
                assertEquals(BaciAseanImporter.EDITION, f.provenance().edition());
                assertTrue(f.provenance().note().startsWith(Coverage.PARTIAL), f::toString);
            }
            // Indonesia ships intermediates (matte, mixed hydroxide), the Philippines ore (the 2020 ore ban)
            assertTrue(idn.provenance().table().contains("750110") && idn.provenance().table().contains("750120"),
                    idn::toString);
            assertTrue(phl.provenance().table().startsWith("HS 260400"), phl::toString);
            // the two are most of China's reported nickel ore and intermediate imports (by value)
            double all = into.stream().mapToDouble(f -> f.valueUsd().getAsDouble()).sum();
            assertTrue((idn.valueUsd().getAsDouble() + phl.valueUsd().getAsDouble()) / all > 0.8);
        }
    }

    @Test
    void world_koreanAndJapaneseCopperOre_reportedFromChileAndPeru() {
        Dataset w = Datasets.world();
        List<Flow> ore = w.flows("copper", Stage.MINING, 2024);
        assertFalse(ore.isEmpty());
        assertTrue(ore.stream().allMatch(f -> f.provenance().edition().equals(BaciHs22TopFlowsImporter.EDITION)));
        for (String buyer : List.of("KOR", "JPN")) {
            List<Flow> in = ore.stream().filter(f -> f.to().id().equals(buyer)).toList();
            double chlPer = sum(in.stream().filter(f -> Set.of("CHL", "PER").contains(f.from().id())).toList());
            assertTrue(in.stream().anyMatch(f -> f.from().id().equals("CHL"))
                    && in.stream().anyMatch(f -> f.from().id().equals("PER")), in::toString);
            // Chile and Peru are the main ore suppliers of both smelting countries
            assertTrue(chlPer / sum(in) > 0.4, () -> buyer + ": " + chlPer / sum(in));
        }
    }

    @Test
    void world_eachTradeTableComesFromOneExtract_andThe2024CompleteTableStaysPrimary() {
        Dataset w = Datasets.world();
        Map<String, Set<String>> editions = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (Flow f : w.flows()) {
            editions.computeIfAbsent(f.mineral() + "/" + f.stage() + " " + f.year(), k -> new HashSet<>())
                    .add(f.provenance().source() + " " + f.provenance().edition());
            assertTrue(pairs.add(f.from() + ">" + f.to() + " " + f.mineral() + "/" + f.stage() + " " + f.year()),
                    () -> "pair counted twice: " + f);
        }
        editions.forEach((k, e) -> assertEquals(1, e.size(), () -> k + " mixes " + e));
        assertEquals(Set.of("CEPII BACI " + BaciImporter.EDITION), editions.get("nickel/refining 2024"));
        assertEquals(Set.of("CEPII BACI " + BaciImporter.EDITION), editions.get("graphite/mining 2024"));
        assertEquals(Set.of("CEPII BACI " + BaciHs22TopFlowsImporter.EDITION), editions.get("nickel/refining 2023"));
        assertEquals(Set.of("CEPII BACI " + BaciAseanImporter.EDITION), editions.get("copper/mining 2021"));
    }

    @Test
    void worldCoverage_partialTablesSayWhy_completeTablesAreTheHs17Ones() {
        Coverage c = Datasets.worldCoverage();
        assertFalse(c.tradeTables().isEmpty());
        for (Coverage.TradeTable t : c.tradeTables()) {
            boolean complete = t.source().equals(BaciImporter.SOURCE + " " + BaciImporter.EDITION);
            assertEquals(complete, t.isComplete(), t::toString);
            if (t.source().endsWith(BaciValuesImporter.EDITION)) {
                assertEquals(0, t.flows(), t::toString);
                assertTrue(t.valueOnly() > 0 && t.coverage().contains("values only"), t::toString);
            }
        }
        Coverage.TradeTable ore = c.tradeTables().stream().filter(t -> t.mineral().equals("copper")
                && t.stage() == Stage.MINING && t.year() == 2024).findFirst().orElseThrow();
        assertTrue(ore.preferred() && ore.coverage().startsWith("partial: the 200 largest pairs"), ore::toString);
        assertTrue(c.toMarkdown().contains("| nickel | mining | 2010-2024 | CEPII BACI HS07 V202601, ASEAN extract |"),
                c::toMarkdown);
        assertTrue(c.toString().contains("partial)"), c::toString);
    }
}
