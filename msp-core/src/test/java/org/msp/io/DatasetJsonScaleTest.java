package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msp.model.Countries;
import org.msp.model.Country;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Mineral;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/** The format at the size of the embedded world dataset: 100,000 records. */
class DatasetJsonScaleTest {
    static final int MINERALS = 20;
    static final int YEARS = 25;
    static final int COUNTRIES = 180;

    /** 90,000 flows and 10,000 production figures over 180 catalogue countries and 20 minerals. */
    static Dataset hundredThousandRecords() {
        List<Country> countries = new ArrayList<>(Countries.all()).subList(0, COUNTRIES);
        List<String> minerals = List.of("aluminum", "antimony", "arsenic", "barite", "beryllium", "bismuth",
                "cerium", "cesium", "chromium", "cobalt", "copper", "dysprosium", "fluorspar", "gallium", "germanium",
                "graphite", "hafnium", "indium", "lithium", "nickel");
        Provenance[] sources = {Provenance.of("baci", "HS92 V202501", "", "Etalab 2.0"),
            Provenance.of("usgs", "MCS 2025", "world mine production", "public domain"),
            Provenance.of("comtrade", "2025", "", "UN terms").withNote("mirror flows")};
        Random random = new Random(42);
        Dataset.Builder b = Dataset.builder().name("scale").sourcePriority(List.of("usgs", "baci"));
        countries.forEach(b::add);
        minerals.forEach(m -> b.add(Mineral.of(m)));
        int flows = 0;
        for (int m = 0; m < MINERALS; m++) {
            for (int y = 0; y < YEARS; y++) {
                int shift = 1 + (m * 7 + y) % (COUNTRIES - 1);
                for (int k = 0; k < COUNTRIES && flows < 90_000; k++) {
                    String from = countries.get(k).iso3();
                    String to = countries.get((k + shift) % COUNTRIES).iso3();
                    Flow f = Flow.of(from, to, minerals.get(m), Stage.MINING, 2000 + y,
                            random.nextDouble() * 1e6, sources[random.nextInt(sources.length)]);
                    b.add(random.nextBoolean() ? f.withValueUsd(random.nextDouble() * 1e9) : f);
                    flows++;
                }
            }
        }
        int productions = 0;
        for (int m = 0; m < MINERALS && productions < 10_000; m++) {
            for (int y = 0; y < YEARS && productions < 10_000; y++) {
                for (int k = 0; k < 20 && productions < 10_000; k++) {
                    b.add(Production.of(countries.get(k).iso3(), minerals.get(m), Stage.REFINING, 2000 + y,
                            Math.scalb(random.nextDouble(), random.nextInt(60)), sources[1]));
                    productions++;
                }
            }
        }
        return b.build();
    }

    @Test
    void read_hundredThousandRecords_roundTripsCompactly() {
        Dataset d = hundredThousandRecords();
        assertEquals(100_000, d.flows().size() + d.productions().size());
        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(d, out);
        long t1 = System.nanoTime();
        byte[] bytes = out.toByteArray();
        Dataset back = DatasetJson.read(new ByteArrayInputStream(bytes), "scale.json");
        long t2 = System.nanoTime();
        assertEquals(d, back);
        System.out.printf(Locale.ROOT, "DatasetJsonScaleTest: 100,000 records, %,d bytes (%.1f MB, %.0f bytes/record),"
                + " write %d ms, read %d ms%n", bytes.length, bytes.length / 1e6, bytes.length / 100_000.0,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        // one line per record, provenance inline: about 300 bytes a record
        assertTrue(bytes.length < 40_000_000, () -> bytes.length + " bytes");
    }
}
