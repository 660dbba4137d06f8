package org.msp.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.msp.io.DatasetJson;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Provenance;
import org.msp.model.Stage;
import org.msp.world.Datasets;

/**
 * Any dataset reads back from its snapshot equal to itself (every record type of the world dataset, in random
 * subsets, and any text, with characters beyond Latin-1 and unpaired surrogates); any damage to a snapshot's bytes
 * is refused, never read as another dataset.
 */
class DatasetSnapshotProperties {
    private static final byte[] DOCUMENT = {1, 2, 3};

    private static byte[] snapshot(Dataset d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(d, DatasetSnapshot.digest(DOCUMENT), out);
        return out.toByteArray();
    }

    private static Dataset read(byte[] snapshot, boolean twoThreads) throws IOException {
        return DatasetSnapshot.read(new ByteArrayInputStream(snapshot), DatasetSnapshot.digest(DOCUMENT), twoThreads)
                .orElseThrow();
    }

    private static <T> void some(List<T> records, double fraction, Random r, Consumer<T> add) {
        for (T x : records) {
            if (r.nextDouble() < fraction) {
                add.accept(x);
            }
        }
    }

    /** A random part of the world dataset: every country, mineral, group and facility, and some of each figure. */
    private static Dataset partOfTheWorld(long seed, double fraction) {
        Dataset w = Datasets.world();
        Random r = new Random(seed);
        Dataset.Builder b = Dataset.builder().name(w.name()).sourcePriority(w.sourcePriority());
        w.countries().forEach(b::add);
        w.minerals().forEach(b::add);
        w.groups().forEach(b::add);
        w.facilities().forEach(b::add);
        some(w.productions(), fraction, r, b::add);
        some(w.reserves(), fraction, r, b::add);
        some(w.flows(), fraction, r, b::add);
        some(w.stockpiles(), fraction, r, b::add);
        some(w.demands(), fraction, r, b::add);
        some(w.projects(), fraction, r, b::add);
        some(w.measures(), fraction, r, b::add);
        some(w.gaps(), fraction, r, b::add);
        some(w.importReliances(), fraction, r, b::add);
        some(w.importSources(), fraction, r, b::add);
        some(w.worldTotals(), fraction, r, b::add);
        some(w.prices(), fraction, r, b::add);
        some(w.governanceScores(), fraction, r, b::add);
        some(w.recyclingInputRates(), fraction, r, b::add);
        some(w.conversions(), fraction, r, b::add);
        return b.build();
    }

    @Property(tries = 30)
    void partOfTheWorld_roundTrips(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 0.3) double fraction,
            @ForAll boolean twoThreads) throws IOException {
        Dataset d = partOfTheWorld(seed, fraction);
        Dataset back = read(snapshot(d), twoThreads);
        assertEquals(d, back);
        assertEquals(DatasetJson.toString(d), DatasetJson.toString(back));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(30),
                Arbitraries.strings().withChars("\ud800\udc00\u00e9 a").ofMaxLength(10));
    }

    @Property(tries = 300)
    void anyText_roundTrips(@ForAll("texts") String note, @ForAll("texts") String table,
            @ForAll @IntRange(min = 1900, max = 2100) int year, @ForAll @DoubleRange(min = 0, max = 1e300) double t,
            @ForAll boolean twoThreads) throws IOException {
        Provenance p = new Provenance("source " + note, "edition", table, "licence", note);
        Dataset d = Dataset.builder().countries("KOR", "CHL").minerals("lithium")
                .add(Flow.of("CHL", "KOR", "lithium", Stage.MINING, year, t, p))
                .add(Flow.of("KOR", "CHL", "lithium", Stage.MINING, year, t, p.withNote(table)))
                .build();
        Dataset back = read(snapshot(d), twoThreads);
        assertEquals(d, back);
        assertEquals(p.note(), back.flows().get(0).provenance().note());
    }

    @Property(tries = 200)
    void anyFlippedBit_refused(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where,
            @ForAll @IntRange(min = 0, max = 7) int bit) throws IOException {
        byte[] s = snapshot(DatasetSnapshotTest.small());
        s[where % s.length] ^= (byte) (1 << bit);
        assertTrue(DatasetSnapshot.read(new ByteArrayInputStream(s), DatasetSnapshot.digest(DOCUMENT)).isEmpty());
    }
}
