package org.msp.data.usgs;

import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.ReportedTotal;
import org.msp.data.internal.TextFile;
import org.msp.io.DataFileException;
import org.msp.model.DataGap;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads the USGS Mineral Commodity Summaries (MCS) data releases: the MCS 2026 single CSV (world
 * production and reserves by country for data years 2024–2025, U.S. net import reliance 2021–2025,
 * U.S. import sources 2021–24, and U.S. consumption, stocks and prices 2021–2025, see
 * {@link McsSalientStatistics}) and the per-commodity world and salient CSVs of MCS 2023 and 2024 (world
 * production 2021–2023, reserves, U.S. net import reliance 2018–2023).
 *
 * <p>What the real files contain, and how it is read: Windows-1252 (MCS 2026) or UTF-8 with a byte-order
 * mark (2023/2024), detected from the bytes; thousands separators ({@code "226,000"}); footnote markers
 * glued to names ({@code "New Caledonia11"}; {@code "Japane"} is Japan, estimated) resolved by
 * {@link CountryNames}; {@code W} (withheld) and {@code NA}, {@code s}, {@code XX} become
 * {@link DataGap}s; {@code —}/{@code --} is zero (MCS 2026 metadata: "— - zero"); bounds ({@code ">50"},
 * {@code "<25"}) become {@link Qualifier#LOWER_BOUND}/{@link Qualifier#UPPER_BOUND}; {@code E} is
 * {@link Qualifier#NET_EXPORTER}; units are read per row (MCS 2026 "Unit") or from the column name
 * ({@code Prod_kt_2022}). Each statistic is mapped to a mineral, stage and basis by its label (see
 * {@code McsChapters}), and the label is kept in {@link Provenance#table()}. Totals ("World total",
 * "Other countries") are returned as {@link ReportedTotal}s, never as countries. Every row read that gives
 * no record is returned as a {@link org.msp.data.SkippedRow} with its reason.
 *
 * <p>Errors name the file, line and field: an unknown country name, a unit that is no mass or that
 * differs within one table, a missing column, a truncated quoted field, bytes that are neither UTF-8 nor
 * Windows-1252. They are thrown as {@link DataFileException}.
 *
 * <p>Source: U.S. Geological Survey, National Minerals Information Center, Mineral Commodity Summaries
 * 2026 Data Release (doi:10.5066/P1WKQ63T), 2024 (doi:10.5066/P144BA54), 2023 (doi:10.5066/P9WCYUI6);
 * public domain. Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class McsImporter {
    /** The source name used in provenance. */
    public static final String SOURCE = "USGS Mineral Commodity Summaries";
    /** The licence of MCS 2026 data, as its metadata states it. */
    public static final String LICENCE_2026 = "Public domain (CC0 1.0)";
    /** The licence of MCS 2023 and 2024 data. */
    public static final String LICENCE = "Public domain (U.S. Government work)";

    private McsImporter() {}

    /** Reads the MCS 2026 single CSV at {@code path} (plain or gzipped). */
    public static ImportResult readMcs2026(Path path) {
        return TextFile.read(path, McsImporter::readMcs2026);
    }

    /**
     * Reads the MCS 2026 single CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException if the file is malformed (see the class comment)
     */
    public static ImportResult readMcs2026(InputStream in, String sourceName) {
        return Mcs2026Reader.read(in, sourceName);
    }

    /** Reads one MCS 2023 or 2024 world CSV at {@code path}, e.g. {@code mcs2024-lithi_world.csv}. */
    public static ImportResult readWorldCsv(Path path) {
        return TextFile.read(path, McsImporter::readWorldCsv);
    }

    /**
     * Reads one MCS 2023 or 2024 world CSV from {@code in}; {@code fileName} must be the release's file name
     * ({@code mcs2024-lithi_world.csv}), whose commodity code selects the mineral.
     *
     * @throws DataFileException if the file is malformed or its commodity code is not mapped
     */
    public static ImportResult readWorldCsv(InputStream in, String fileName) {
        return McsWorldCsvReader.read(in, fileName);
    }

    /** Reads the U.S. net import reliance of one MCS 2023 or 2024 salient CSV at {@code path}. */
    public static ImportResult readSalientCsv(Path path) {
        return TextFile.read(path, McsImporter::readSalientCsv);
    }

    /**
     * Reads the U.S. net import reliance of one MCS 2023 or 2024 salient CSV
     * ({@code mcs2024-galli_salient.csv}); other salient statistics are not modelled. A file with one NIR
     * column ({@code NIR_pct}, {@code NIR_All_pct}, {@code NIR_ct} ...) uses it; a file with several keeps the
     * one for the chapter's headline product (rare earths: compounds and metals; platinum and palladium
     * separately; silicon metal; refined zinc, lead, tin; zirconium ore). A value above 100% means the row
     * does not line up with the header (as in the published 2024 feldspar file) and is skipped with that
     * reason; a file that holds a world table under a salient name (the 2024 cobalt file) is skipped row
     * by row.
     *
     * @throws DataFileException if the file is malformed
     */
    public static ImportResult readSalientCsv(InputStream in, String fileName) {
        return McsSalientCsvReader.read(in, fileName);
    }
}
