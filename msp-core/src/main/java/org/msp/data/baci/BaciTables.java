package org.msp.data.baci;

import org.msp.data.ImportResult;
import org.msp.data.SkippedRow;
import org.msp.internal.Checks;
import org.msp.model.DataGap;
import org.msp.model.Flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which BACI extract each trade table comes from, when several extracts cover the same mineral, stage
 * and year, so that a table never mixes extracts (and nomenclatures, and coverages) and no pair is counted
 * twice.
 *
 * <p><b>The rule.</b> The extracts are given in order of preference; a table (mineral, stage, year) comes whole
 * from the first extract that has a flow in it. The flows of later extracts in that table are left out, each
 * reported as a {@link SkippedRow} (line 0: a flow summed from rows has no single line) naming the extract
 * the table comes from. The embedded world dataset prefers, in this order: the complete HS 2017 extract of
 * 2024 (tonnes, every pair), the HS 2022 top-200 extract (tonnes, 85–99.8% of the value of each heading),
 * the HS 2007 ASEAN extract (tonnes, pairs with an ASEAN country only). So the 2024 nickel and copper refining
 * tables stay HS 2017; copper ore 2022–2024 comes from HS 2022 (its top pairs hold at least 99.4% of the
 * value), copper ore before 2022 and every nickel ore and intermediate table from the ASEAN extract; the
 * ASEAN extract's 2024 natural graphite (250410) is left out because the complete 2024 graphite table
 * (250490) comes from HS 2017. A later extract's pairs without tonnes (data gaps) in a taken table are left
 * out with its flows.
 *
 * <p>Running time: linear in the number of flows. This class is stateless and thread-safe.
 */
public final class BaciTables {
    private BaciTables() {}

    /**
     * Returns the extracts in the same order with each trade table kept from the first extract that has it,
     * and the flows of later extracts in a taken table moved to the skipped rows with the reason.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public static List<ImportResult> oneExtractPerTable(List<ImportResult> extractsByPreference) {
        Checks.notNull(extractsByPreference, "BaciTables", "extractsByPreference");
        Map<String, ImportResult> owner = new HashMap<>();
        List<ImportResult> out = new ArrayList<>();
        for (ImportResult r : extractsByPreference) {
            Checks.notNull(r, "BaciTables", "extractsByPreference");
            Map<String, ImportResult> claimed = new HashMap<>();
            List<Flow> kept = new ArrayList<>();
            List<SkippedRow> skipped = new ArrayList<>(r.skipped());
            for (Flow f : r.flows()) {
                String key = f.mineral() + "/" + f.stage() + " " + f.year();
                ImportResult first = owner.get(key);
                if (first != null && first != r) {
                    String edition = first.flows().stream().filter(g -> (g.mineral() + "/" + g.stage() + " "
                            + g.year()).equals(key)).findFirst().map(g -> g.provenance().edition()).orElse("");
                    skipped.add(new SkippedRow(r.file(), 0, f.mineral() + "/" + f.stage() + " " + f.from().id()
                            + " -> " + f.to().id() + " " + f.year() + " (" + f.provenance().table() + ")",
                            "the " + key + " trade table comes from " + first.file() + " (" + edition
                                    + "); one table never mixes extracts"));
                } else {
                    claimed.put(key, r);
                    kept.add(f);
                }
            }
            owner.putAll(claimed);
            List<DataGap> keptGaps = new ArrayList<>();
            for (DataGap g : r.gaps()) {
                String key = g.mineral() + "/" + g.stage() + " " + g.year();
                ImportResult first = owner.get(key);
                if (first != null && first != r && g.statistic().startsWith("export_tonnes_to_")) {
                    skipped.add(new SkippedRow(r.file(), 0, g.mineral() + "/" + g.stage() + " " + g.actor().id() + " "
                            + g.statistic() + " " + g.year(), "the " + key + " trade table comes from " + first.file()
                            + "; a pair without tonnes in another extract is left out with it"));
                } else {
                    keptGaps.add(g);
                }
            }
            out.add(new ImportResult(r.file(), r.productions(), r.reserves(), kept, r.facilities(), keptGaps,
                    r.importReliances(), r.importSources(), r.totals(), skipped));
        }
        return out;
    }
}
