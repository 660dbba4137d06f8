package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.model.Actor;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/** The one-extract-per-table rule of {@link BaciTables}, on generated extracts. */
class BaciTablesProperties {
    private static final List<String> COUNTRIES = List.of("AUS", "CHL", "CHN", "IDN", "JPN", "KOR", "PER", "PHL");
    private static final List<String> MINERALS = List.of("copper", "nickel", "graphite");

    private static Flow flow(int extract, String from, String to, String mineral, Stage stage, int year) {
        return new Flow(Actor.country(from), Actor.country(to), mineral, stage, year, Quantity.tonnes(1),
                OptionalDouble.of(1), FlowOrigin.REPORTED,
                Provenance.of("CEPII BACI", "extract " + extract, "HS", "Etalab Open Licence 2.0"));
    }

    private static ImportResult result(int extract, List<Flow> flows) {
        return new ImportResult("extract" + extract + ".csv", List.of(), List.of(), flows, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Provide
    Arbitrary<List<ImportResult>> extracts() {
        Arbitrary<String> country = Arbitraries.of(COUNTRIES);
        return Arbitraries.integers().between(1, 4).flatMap(n -> {
            List<Arbitrary<ImportResult>> rs = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                int extract = e;
                Arbitrary<Flow> f = Combinators.combine(country, country, Arbitraries.of(MINERALS),
                        Arbitraries.of(Stage.MINING, Stage.REFINING), Arbitraries.integers().between(2022, 2024))
                        .as((a, b, m, s, y) -> a.equals(b) ? null : flow(extract, a, b, m, s, y))
                        .filter(x -> x != null);
                rs.add(f.list().ofMaxSize(25).map(l -> result(extract, l)));
            }
            return Combinators.combine(rs).as(l -> l);
        });
    }

    @Property
    void eachTableComesWholeFromTheFirstExtractThatHasIt(@ForAll("extracts") List<ImportResult> in) {
        List<ImportResult> out = BaciTables.oneExtractPerTable(in);
        assertEquals(in.size(), out.size());
        Map<String, Integer> firstOwner = new HashMap<>();
        for (int e = 0; e < in.size(); e++) {
            for (Flow f : in.get(e).flows()) {
                firstOwner.putIfAbsent(key(f), e);
            }
        }
        Map<String, Set<Integer>> owners = new HashMap<>();
        for (int e = 0; e < out.size(); e++) {
            ImportResult r = out.get(e);
            assertEquals(in.get(e).file(), r.file());
            for (Flow f : r.flows()) {
                owners.computeIfAbsent(key(f), k -> new HashSet<>()).add(e);
                assertEquals(firstOwner.get(key(f)), e, () -> "table " + key(f) + " kept from a later extract");
            }
            // nothing lost: every flow is kept or reported as skipped, naming the extract that has the table
            assertEquals(in.get(e).flows().size(), r.flows().size() + r.skipped().size());
            for (var s : r.skipped()) {
                assertTrue(s.reason().contains("trade table comes from extract"), s::toString);
            }
        }
        owners.forEach((k, es) -> assertEquals(1, es.size(), () -> k + " mixes extracts " + es));
        assertEquals(firstOwner.keySet(), owners.keySet(), "a table lost all its flows");
        if (!in.isEmpty()) {
            assertEquals(in.get(0), out.get(0), "the first extract is kept whole");
        }
    }

    @Test
    void oneExtractPerTable_laterExtractKeepsOnlyTablesTheEarlierLacks() {
        ImportResult hs17 = result(0, List.of(flow(0, "CHL", "CHN", "copper", Stage.REFINING, 2024)));
        ImportResult hs22 = result(1, List.of(flow(1, "CHL", "CHN", "copper", Stage.REFINING, 2024),
                flow(1, "CHL", "KOR", "copper", Stage.MINING, 2024)));
        List<ImportResult> out = BaciTables.oneExtractPerTable(List.of(hs17, hs22));
        assertEquals(List.of(flow(1, "CHL", "KOR", "copper", Stage.MINING, 2024)), out.get(1).flows());
        assertEquals("the copper/refining 2024 trade table comes from extract0.csv (extract 0); one table never "
                + "mixes extracts", out.get(1).skipped().get(0).reason());
    }

    private static String key(Flow f) {
        return f.mineral() + "/" + f.stage() + "/" + f.year();
    }
}
