package org.msp.data;

import org.msp.data.internal.Csv;
import org.msp.io.DataFileException;
import org.msp.io.DatasetJson;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Stage;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The curated world dataset embedded in the library, built from public sources by
 * {@link WorldDatasetBuilder}: USGS Mineral Commodity Summaries 2023, 2024 and 2026, the IEA Critical
 * Minerals Data Explorer (May 2024 and May 2025, with the May 2025 edition's world demand by sector and scenario
 * to 2050), CEPII BACI 2024 trade, the USGS facility layers of Africa and the
 * Indo-Pacific, and the MSP partners, foreign entities of concern, export restrictions and project that the
 * seed documents state.
 *
 * <pre>{@code
 * Dataset world = Datasets.world();
 * world.productions("gallium", Stage.REFINING, 2024);   // USGS MCS 2026, by country
 * }</pre>
 *
 * <p>The dataset is loaded once, on first use, and cached; this class is thread-safe.
 */
public final class Datasets {
    static final String TOTALS_HEADER = "mineral,stage,year,kind,tonnes,basis,qualifier,source,edition,table,licence";

    private Datasets() {}

    private static final class World {
        static final Dataset DATASET = load();
        static final List<ReportedTotal> TOTALS = loadTotals();
    }

    /**
     * Returns the embedded world dataset. The first call reads and checks it (about a second of CPU time for an
     * 11 MB JSON document; see the README for measured times); later calls return the same instance.
     *
     * @throws DataFileException if the embedded resource is damaged (a build defect)
     */
    public static Dataset world() {
        return World.DATASET;
    }

    /** Returns the world totals and rest-of-world remainders the sources print beside the embedded figures. */
    public static List<ReportedTotal> worldTotals() {
        return World.TOTALS;
    }

    /**
     * Returns the basis conversions the embedded dataset supports, ordered by mineral: where its figures for one
     * mineral mix contained tonnes with another basis, the factor that turns the other basis into content and
     * why it holds. Exact factors come from the stoichiometry of the compound a source weighs (atomic weights
     * Li 6.94, C 12.011, O 15.999, As 74.922); an upper bound is labelled as such.
     *
     * <ul>
     *   <li>arsenic, gross weight: USGS MCS 2026 weighs arsenic trioxide, As2O3: 2 x 74.922 / 197.841 = 0.75739;
     *   <li>gallium, gross weight: CEPII BACI HS 811292 weighs a basket of unwrought metals (gallium with
     *       germanium, hafnium, indium, niobium, rhenium ...): each tonne holds at most a tonne of gallium, so 1 is
     *       an upper bound on gallium content;
     *   <li>lithium, carbonate equivalent: lithium carbonate, Li2CO3: 2 x 6.94 / 73.887 = 0.18785.
     * </ul>
     *
     * <p>Cobalt oxides and hydroxides, manganese ore, ferroniobium and ferrovanadium have no single factor (grade
     * and compound vary); their networks need a factor from the user.
     */
    public static List<BasisConversion> worldConversions() {
        return List.of(
                new BasisConversion("arsenic", Basis.GROSS_WEIGHT, 2 * 74.922 / (2 * 74.922 + 3 * 15.999), true,
                        "arsenic trioxide As2O3 (USGS MCS 2026 weighs it gross)"),
                new BasisConversion("gallium", Basis.GROSS_WEIGHT, 1.0, false,
                        "CEPII BACI HS 811292 is a basket of unwrought gallium, germanium, hafnium, indium, niobium, "
                                + "rhenium; a tonne of it holds at most a tonne of gallium"),
                new BasisConversion("lithium", Basis.CARBONATE_EQUIVALENT, 2 * 6.94 / (2 * 6.94 + 12.011 + 3 * 15.999),
                        true, "lithium carbonate Li2CO3 (CEPII BACI HS 283691)"));
    }

    /** Returns the coverage report of the embedded world dataset. */
    public static Coverage worldCoverage() {
        return Coverage.of(world(), worldTotals());
    }

    private static Dataset load() {
        String name = "org/msp/data/" + WorldDatasetBuilder.DATASET_FILE;
        try (InputStream in = Datasets.class.getResourceAsStream(WorldDatasetBuilder.DATASET_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return DatasetJson.read(new GZIPInputStream(in, 1 << 16), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static List<ReportedTotal> loadTotals() {
        String name = "org/msp/data/" + WorldDatasetBuilder.TOTALS_FILE;
        try (InputStream in = Datasets.class.getResourceAsStream(WorldDatasetBuilder.TOTALS_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<Csv.Row> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
            ImmutableList.Builder<ReportedTotal> b = ImmutableList.builder();
            for (Csv.Row r : rows.subList(1, rows.size())) {
                if (r.isBlank()) {
                    continue;
                }
                b.add(new ReportedTotal(r.get(0), Stage.parse(r.get(1)), Integer.parseInt(r.get(2)),
                        NameKind.valueOf(r.get(3).toUpperCase(Locale.ROOT)),
                        new Quantity(Double.parseDouble(r.get(4)), Basis.parse(r.get(5))),
                        Qualifier.valueOf(r.get(6).toUpperCase(Locale.ROOT)),
                        Provenance.of(r.get(7), r.get(8), r.get(9), r.get(10))));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
