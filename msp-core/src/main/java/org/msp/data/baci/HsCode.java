package org.msp.data.baci;

import org.msp.internal.Checks;
import org.msp.model.Basis;
import org.msp.model.Stage;

/**
 * How one HS 2017 six-digit code of the BACI extract maps to a mineral and a stage, on which basis its
 * tonnes are counted, and what the code does and does not hold (proxies and mixed baskets are said so
 * here rather than split by a guess).
 *
 * @param hs6     the six-digit HS code, e.g. {@code "283691"}
 * @param mineral mineral id
 * @param stage   the stage whose product the code trades
 * @param basis   what the traded tonnes measure (the code's goods, not a guessed content)
 * @param match   {@code "exact"}, {@code "dominant"}, {@code "proxy"} or {@code "basket"}
 * @param caveat  what the code holds, in words
 */
public record HsCode(String hs6, String mineral, Stage stage, Basis basis, String match, String caveat) {
    public HsCode {
        if (hs6 == null || !hs6.matches("\\d{6}")) {
            throw new IllegalArgumentException("HsCode.hs6 is not six digits: " + hs6);
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
