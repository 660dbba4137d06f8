package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.Flow;

/** The grade conversion of the ASEAN importer ({@link BaciGrades}), on generated rows of one pair. */
class BaciGradesProperties {
    private static final String HEADER = "t,hs6,i,j,trade_usd_thousands,qty_tons,i_iso3,j_iso3,mineral\n";
    private static final List<String> CODES = List.of("260300", "260400", "260500", "750110", "750120");

    @Provide
    Arbitrary<Map<String, Double>> rows() {
        return Arbitraries.maps(Arbitraries.of(CODES), Arbitraries.doubles().between(0.001, 1e7).ofScale(3))
                .ofMinSize(1).ofMaxSize(CODES.size()).map(TreeMap::new);
    }

    @Property(tries = 200)
    void eachCodeIsConvertedAtItsOwnGrade_neverOneGrossSumOfMixedGrades(@ForAll("rows") Map<String, Double> rows) {
        StringBuilder text = new StringBuilder(HEADER);
        rows.forEach((hs6, t) -> text.append(String.format(Locale.ROOT, "2023,%s,360,156,1.0,%.3f,IDN,CHN,x\n", hs6, t)));
        ImportResult r = BaciAseanImporter.read(RawFiles.stream(text.toString(), StandardCharsets.UTF_8.name()),
                "a.csv");
        for (Flow f : r.flows()) {
            double central = 0;
            double low = 0;
            double high = 0;
            double gross = 0;
            boolean converted = false;
            for (Map.Entry<String, Double> e : rows.entrySet()) {
                HsCode code = BaciAseanImporter.code(e.getKey()).orElseThrow();
                if (!code.mineral().equals(f.mineral())) {
                    continue;
                }
                BasisConversion c = BaciGrades.hs07().get(e.getKey());
                converted |= BaciGrades.convertedAtImport(e.getKey());
                central += e.getValue() * c.central();
                low += e.getValue() * c.low();
                high += e.getValue() * c.high();
                gross += e.getValue();
            }
            if (converted) {
                // every code of the mineral is converted, so the flow is contained tonnes at each code's grade
                assertEquals(Basis.CONTENT, f.quantity().basis(), f::toString);
                assertEquals(central, f.quantity().tonnes(), 1e-9 * (1 + central), f::toString);
                Matcher m = Pattern.compile("; contained ([0-9.]+) t, range ([0-9.]+)-([0-9.]+) t$")
                        .matcher(f.provenance().note());
                assertTrue(m.find(), f.provenance()::note);
                double noteLow = Double.parseDouble(m.group(2));
                double noteHigh = Double.parseDouble(m.group(3));
                assertEquals(low, noteLow, 1e-3 + 1e-9 * low);
                assertEquals(high, noteHigh, 1e-3 + 1e-9 * high);
                assertTrue(noteLow <= f.quantity().tonnes() + 1e-3 && f.quantity().tonnes() <= noteHigh + 1e-3);
                assertTrue(f.quantity().tonnes() < gross, "contained is less than gross: " + f);
            } else {
                // one code of its mineral and stage: the gross tonnes, for the dataset's factor
                assertEquals(Basis.GROSS_WEIGHT, f.quantity().basis(), f::toString);
                assertEquals(gross, f.quantity().tonnes(), 1e-9 * gross, f::toString);
            }
        }
        assertEquals(rows.keySet().stream().map(h -> BaciAseanImporter.code(h).orElseThrow().mineral()).distinct()
                .count(), r.flows().size());
    }
}
