package org.msp.data.baci;

import org.msp.internal.Checks;
import org.msp.model.Basis;
import org.msp.model.Stage;

/**
 * How one HS code of a BACI extract maps to a mineral and a stage, on which basis its tonnes are counted,
 * and what the code does and does not hold (proxies and mixed baskets are said so here rather than split by
 * a guess). Codes are six-digit subheadings (HS 2007 or HS 2017), or four-digit headings where an extract
 * sums its subheadings ({@link BaciHs22TopFlowsImporter}).
 *
 * @param hs6     the HS code, six digits (e.g. {@code "283691"}) or a four-digit heading (e.g. {@code "2603"})
 * @param mineral mineral id
 * @param stage   the stage whose product the code trades
 * @param basis   what the traded tonnes measure (the code's goods, not a guessed content)
 * @param match   {@code "exact"}, {@code "dominant"}, {@code "proxy"}, {@code "basket"} or {@code "intermediate"}
 *                (a semi-processed product that a refinery takes as feed)
 * @param caveat  what the code holds, in words
 */
public record HsCode(String hs6, String mineral, Stage stage, Basis basis, String match, String caveat) {
    public HsCode {
        if (hs6 == null || !hs6.matches("\\d{4}(\\d{2})?")) {
            throw new IllegalArgumentException("HsCode.hs6 is not four or six digits: " + hs6);
        }
        Checks.id(mineral, "HsCode", "mineral");
        Checks.notNull(stage, "HsCode", "stage");
        Checks.notNull(basis, "HsCode", "basis");
        Checks.text(match, "HsCode", "match");
        Checks.text(caveat, "HsCode", "caveat");
    }

    @Override
    public String toString() {
        return "HS " + hs6 + " -> " + mineral + "/" + stage + " (" + basis + ", " + match + ")";
    }
}
