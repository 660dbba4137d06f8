package org.msp.data.internal;

import org.msp.data.ImportResult;
import org.msp.data.ReportedTotal;
import org.msp.data.SkippedRow;
import org.msp.internal.Checks;
import org.msp.model.DataGap;
import org.msp.model.Demand;
import org.msp.model.Facility;
import org.msp.model.Flow;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Price;
import org.msp.model.Production;
import org.msp.model.Reserve;
import org.msp.model.Stockpile;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lists of an {@link ImportResult} while an importer reads a file, and accounts for every data
 * row read: a row that gave no record, no total and no reason to skip is reported as
 * {@link ImportResult#UNACCOUNTED} (a defect the tests look for). Not thread-safe.
 *
 * <p>Not part of the public API.
 */
public final class ResultBuilder {
    private final String file;
    private final java.util.SortedSet<Integer> read = new java.util.TreeSet<>();
    private final java.util.Set<Integer> used = new java.util.HashSet<>();
    private final java.util.Set<Integer> skippedLines = new java.util.HashSet<>();
    /** Production figures so far. */
    public final List<Production> productions = new ArrayList<>();
    /** Reserve figures so far. */
    public final List<Reserve> reserves = new ArrayList<>();
    /** Flows so far. */
    public final List<Flow> flows = new ArrayList<>();
    /** Facilities so far. */
    public final List<Facility> facilities = new ArrayList<>();
    /** Gaps so far. */
    public final List<DataGap> gaps = new ArrayList<>();
    /** Import reliances so far. */
    public final List<ImportReliance> importReliances = new ArrayList<>();
    /** Import sources so far. */
    public final List<ImportSource> importSources = new ArrayList<>();
    /** Totals so far. */
    public final List<ReportedTotal> totals = new ArrayList<>();
    /** Skipped rows so far. */
    public final List<SkippedRow> skipped = new ArrayList<>();
    /** Consumption figures so far. */
    public final List<Demand> demands = new ArrayList<>();
    /** Stocks so far. */
    public final List<Stockpile> stockpiles = new ArrayList<>();
    /** Prices and unit values so far. */
    public final List<Price> prices = new ArrayList<>();

    /** Starts the result of reading {@code file}. */
    public ResultBuilder(String file) {
        this.file = Checks.notNull(file, "ImportResult", "file");
    }

    /** Records a skipped row. */
    public void skip(int line, String what, String reason) {
        skipped.add(new SkippedRow(file, line, what, reason));
        skippedLines.add(line);
    }

    /** Notes that data row {@code line} was read. */
    public void read(int line) {
        read.add(line);
    }

    /** Notes that data row {@code line} gave a record or a total. */
    public void used(int line) {
        used.add(line);
    }

    /** Returns the result. */
    public ImportResult build() {
        for (int line : read) {
            if (!used.contains(line) && !skippedLines.contains(line)) {
                skip(line, "row", ImportResult.UNACCOUNTED);
            }
        }
        return new ImportResult(file, productions, reserves, flows, facilities, gaps, importReliances,
                importSources, totals, skipped, demands, stockpiles, prices);
    }
}
