package org.msp.world;

import org.msp.data.ImportResult;
import org.msp.data.ReportedTotal;
import org.msp.data.SkippedRow;
import org.msp.data.baci.BaciAseanImporter;
import org.msp.data.baci.BaciConversions;
import org.msp.data.baci.BaciGrades;
import org.msp.data.baci.BaciHs22TopFlowsImporter;
import org.msp.data.baci.BaciImporter;
import org.msp.data.baci.BaciTables;
import org.msp.data.baci.BaciValuesImporter;
import org.msp.data.eucrm.EolRirImporter;
import org.msp.data.facilities.FacilityImporter;
import org.msp.data.iea.IeaImporter;
import org.msp.data.internal.EuropeanUnion;
import org.msp.data.iea.IeaJsonImporter;
import org.msp.data.usgs.McsConversions;
import org.msp.data.usgs.McsImporter;
import org.msp.data.wgi.WgiImporter;
import org.msp.io.DatasetJson;
import org.msp.model.Countries;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.GovernanceScore;
import org.msp.model.Membership;
import org.msp.model.Minerals;
import org.msp.model.Project;
import org.msp.model.Provenance;
import org.msp.model.RecyclingInputRate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the embedded world dataset from the committed raw files, and writes it as the resource that
 * {@link Datasets#world()} loads: {@code world.json.gz} (the library's JSON format, gzipped). The world
 * totals the sources print beside their tables are part of it ({@link Dataset#worldTotals()}).
 *
 * <p>The one command (from the repository root):
 *
 * <pre>{@code
 * mvn -q -pl msp-core exec:java -Dexec.mainClass=org.msp.world.WorldDatasetBuilder \
 *     -Dexec.args="msp-core/src/main/data/raw msp-core/src/main/resources/org/msp/data"
 * }</pre>
 *
 * <p>What goes in: USGS MCS 2026 (world production and reserves 2024–2025, U.S. net import reliance
 * 2021–2025, U.S. import sources 2021–24), the MCS 2023 and 2024 world CSVs (2021–2023) and salient CSVs
 * (U.S. net import reliance 2018–2023), the IEA Critical Minerals Data Explorer (May 2024: 2023 and the
 * 2030/2035/2040 base case; May 2025: 2024, the 2030/2035/2040 base case, and world demand by sector under
 * the STEPS, APS and NZE scenarios to 2050), CEPII BACI trade (the complete HS 2017 extract of 2024; the HS 2022 top-200
 * pairs of 2022–2024 and the HS 2007 ASEAN extract of 2010–2024, both partial and labelled so, one extract
 * per trade table as {@link BaciTables} decides; the values-only HS 2017 extract of 2022 as data gaps), the
 * USGS facility layers of Africa and the
 * Indo-Pacific, and the groups, export restrictions and project that news reports and policy analyses state (MSP principals'
 * joint statement 2025, ISPI 2025, CSIS)
 * ({@code CitedFacts}), with the basis conversion factors of the figures not in contained tonnes
 * ({@link McsConversions}, {@link BaciConversions}, {@link BaciGrades}). USITC DataWeb values are not in it: they carry no tonnes.
 * For the EU supply-risk score: the World Bank Worldwide Governance Indicators (2024 update, 2009–2023; the
 * mean of the five estimates the extract has, per country and year), the EU end-of-life recycling input
 * rates of the EU CRM study 2023, and the EU member states as the group {@code eu}. The governance and
 * recycling files' skipped rows and cells are listed by {@link #skippedGovernanceAndRecycling(Path)}.
 *
 * <p>Source priority (first wins per mineral, stage and year, see {@link Dataset}): USGS MCS first, because
 * it has country detail for nearly every mineral at the mine stage and for refined metals it covers; the
 * IEA second, so that the stages USGS lacks (cobalt, nickel, lithium-chemical, battery-graphite and
 * magnet-rare-earth refining) and the projection years come from the IEA; CEPII BACI third (trade flows
 * only). Within USGS the latest edition wins, so 2022 and 2023 come from MCS 2024 (revised) rather than
 * MCS 2023; within the IEA the May 2025 edition wins for the years both editions give (2030, 2035, 2040),
 * and the May 2024 figures stay in the dataset, selectable by edition.
 */
public final class WorldDatasetBuilder {
    /** The name of the built dataset. */
    public static final String NAME = "msp-world";
    /** The resource file of the dataset. */
    public static final String DATASET_FILE = "world.json.gz";
    /**
     * The module folder that holds {@link #DATASET_FILE}, ending in a slash. The file stays beside the importers'
     * vocabulary where it has always been, so the build command and the module's resources do not change.
     */
    static final String RESOURCE_DIRECTORY = "org/msp/data/";

    private WorldDatasetBuilder() {}

    /**
     * The built dataset, the totals read alongside it, and the result of each file read.
     *
     * @param dataset the world dataset
     * @param totals  the world total and rest-of-world lines as printed (in the dataset as its world totals)
     * @param results one import result per raw file, in the order read
     */
    public record Build(Dataset dataset, List<ReportedTotal> totals, List<ImportResult> results) {
        public Build {
            totals = List.copyOf(totals);
            results = List.copyOf(results);
        }

        /** Returns one line: the dataset and the counts of totals, files and skipped rows. */
        @Override
        public String toString() {
            return "Build[" + dataset + ", " + totals.size() + " totals, " + results.size() + " files, "
                    + results.stream().mapToInt(r -> r.skipped().size()).sum() + " skipped rows]";
        }
    }

    /**
     * Builds the world dataset from the raw directory (the layout of {@code msp-core/src/main/data/raw}).
     *
     * @throws org.msp.io.DataFileException if a raw file is malformed
     */
    public static Build build(Path raw) {
        List<ImportResult> results = new ArrayList<>();
        results.add(McsImporter.readMcs2026(raw.resolve("usgs-mcs2026/usgs_mcs2026_commodities_data.csv.gz")));
        for (String edition : List.of("2023", "2024")) {
            for (Path p : files(raw.resolve("usgs-mcs" + edition + "/world"))) {
                results.add(McsImporter.readWorldCsv(p));
            }
            for (Path p : files(raw.resolve("usgs-mcs" + edition + "/salient"))) {
                results.add(McsImporter.readSalientCsv(p));
            }
        }
        results.add(IeaImporter.read(raw.resolve("iea/iea_cmde_supply_by_country.csv")));
        IeaJsonImporter.Result iea2025 = IeaJsonImporter.read(raw.resolve("iea-2025/iea_cmde_2025_edition_base2024.json"));
        results.add(iea2025.imported());
        results.addAll(BaciTables.oneExtractPerTable(List.of(
                BaciImporter.read(raw.resolve("cepii-baci/baci_hs17_V202601_critical_2024_bilateral.csv.gz")),
                BaciHs22TopFlowsImporter.read(raw.resolve("cepii-baci-hs22-metals-topflows/flows.json.gz")),
                BaciAseanImporter.read(raw.resolve(
                        "cepii-baci-asean-minerals-2010-2024/baci-asean-minerals-bilateral-2010-2024.csv.gz")))));
        results.add(BaciValuesImporter.read(
                raw.resolve("cepii-baci-2022-complete/baci_hs17_V202601_2022_critical30_value_usd.csv.gz"), 2022));
        results.add(FacilityImporter.read(raw.resolve("usgs-mineral-facilities/AFR_Mineral_Facilities.geojson.gz")));
        results.add(FacilityImporter.read(raw.resolve("usgs-mineral-facilities/INDOPAC_Mineral_facilities.geojson.gz")));
        ImportResult all = ImportResult.merge("world", results);

        List<CountryGroup> groups = new ArrayList<>(CitedFacts.groups());
        groups.add(EuropeanUnion.group());
        List<GovernanceScore> governance = WgiImporter.read(raw.resolve(WGI_FILE)).scores();
        List<RecyclingInputRate> recycling = EolRirImporter.read(raw.resolve(EOL_RIR_FILE)).rates();
        List<ExportRestriction> measures = CitedFacts.exportRestrictions();
        List<Project> projects = CitedFacts.projects();
        SortedSet<String> countries = new TreeSet<>(all.countryCodes());
        SortedSet<String> minerals = new TreeSet<>(all.mineralIds());
        groups.forEach(g -> g.memberships().stream().map(Membership::country).forEach(countries::add));
        for (ExportRestriction m : measures) {
            countries.add(m.country());
            countries.addAll(m.targetCountries());
            minerals.addAll(m.minerals());
        }
        for (Project p : projects) {
            countries.add(p.country());
            minerals.addAll(p.minerals());
        }
        governance.forEach(g -> countries.add(g.country()));
        for (RecyclingInputRate r : recycling) {
            countries.add(r.region());
            minerals.add(r.mineral());
        }
        iea2025.demands().forEach(d -> minerals.add(d.mineral()));
        Dataset.Builder b = Dataset.builder().name(NAME)
                .sourcePriority(List.of(McsImporter.SOURCE, IeaImporter.SOURCE, BaciImporter.SOURCE));
        countries.forEach(c -> b.add(Countries.find(c).orElseThrow()));
        minerals.forEach(m -> b.add(Minerals.find(m).orElseThrow()));
        all.addTo(b, false);
        groups.forEach(b::add);
        measures.forEach(b::add);
        projects.forEach(b::add);
        governance.forEach(b::add);
        recycling.forEach(b::add);
        Stream.of(McsConversions.all(), BaciConversions.all(), BaciGrades.datasetConversions())
                .flatMap(List::stream).filter(c -> minerals.contains(c.mineral())).forEach(b::add);
        iea2025.demands().forEach(b::add);
        return new Build(b.build(), all.totals(), results);
    }

    /** The WGI extract, relative to the raw directory. */
    public static final String WGI_FILE = "worldbank-wgi/wgi_databank_extract_2009-2023_5dims.csv";
    /** The EU CRM 2023 end-of-life recycling input rates, relative to the raw directory. */
    public static final String EOL_RIR_FILE = "eu-crm-2023-eolrir/eol_rir_by_material.csv";

    /**
     * Returns the rows and cells that the governance (WGI) and recycling (EU CRM 2023 EoL-RIR) importers
     * skipped, with their reasons, in file order.
     *
     * @throws org.msp.io.DataFileException if a file is malformed
     */
    public static List<SkippedRow> skippedGovernanceAndRecycling(Path raw) {
        List<SkippedRow> s = new ArrayList<>(WgiImporter.read(raw.resolve(WGI_FILE)).skipped());
        s.addAll(EolRirImporter.read(raw.resolve(EOL_RIR_FILE)).skipped());
        return s;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Returns the gzipped JSON bytes of {@code dataset}, identical for equal datasets. */
    public static byte[] gzippedJson(Dataset dataset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            DatasetJson.write(dataset, gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Builds the dataset from {@code args[0]} (default {@code msp-core/src/main/data/raw}) and writes the
     * resource to {@code args[1]} (default {@code msp-core/src/main/resources/org/msp/data}).
     */
    public static void main(String[] args) throws IOException {
        Path raw = Path.of(args.length > 0 ? args[0] : "msp-core/src/main/data/raw");
        Path out = Path.of(args.length > 1 ? args[1] : "msp-core/src/main/resources/org/msp/data");
        long t0 = System.nanoTime();
        Build build = build(raw);
        Files.createDirectories(out);
        byte[] json = gzippedJson(build.dataset());
        Files.write(out.resolve(DATASET_FILE), json);
        int skipped = build.results().stream().mapToInt(r -> r.skipped().size()).sum();
        System.out.println(build.dataset());
        System.out.printf(Locale.ROOT, "%d files read, %d rows skipped with a reason, %d totals; wrote %s (%,d bytes) in %d ms%n",
                build.results().size(), skipped, build.totals().size(), out.resolve(DATASET_FILE), json.length,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
