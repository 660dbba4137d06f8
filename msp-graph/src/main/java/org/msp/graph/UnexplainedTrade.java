package org.msp.graph;

import java.util.Locale;
import java.util.Objects;

/**
 * Reported trade that the network builder did not count as supply: tonnes of a reported flow (summed over the
 * flows between two actors at a stage) that the exporter cannot have had, or that the flow's value cannot
 * have paid for.
 *
 * <p>Two witnesses bound a reported flow, each a {@link Reason}:
 * <ul>
 *   <li>{@link Reason#VALUE_BELOW_PRICE}: a flow worth {@code v} US dollars holds at most {@code v / p} tonnes
 *       of a mineral priced {@code p} dollars per tonne (the other goods of a basket code are worth something
 *       too), so a tonnage above that is not the mineral (HS 811292 carries niobium at a seventh of the price of
 *       gallium);</li>
 *   <li>{@link Reason#EXCEEDS_SUPPLY}: mass balance. A node cannot send on more than it produces and imports;
 *       exports beyond that (re-exports from stocks, misdeclared goods, a proxy code) are scaled down in
 *       proportion until every node balances.</li>
 * </ul>
 * The network keeps these tonnes out of its edges and lists them in {@link SupplyNetwork#unexplainedTrade()}.
 * This class is immutable and thread-safe.
 *
 * @param exporter the exporting node
 * @param importer the importing node (same stage and mineral)
 * @param reason   which witness removed the tonnes
 * @param tonnes   the tonnes removed, positive
 * @param reported the tonnes the sources report for the pair (before either witness)
 * @param note     why, in words and figures, e.g. {@code "unit value 61 USD/kg against a price of 439 USD/kg"}
 */
public record UnexplainedTrade(Node exporter, Node importer, Reason reason, double tonnes, double reported,
        String note) {
    /** Why reported tonnes were not counted as supply. */
    public enum Reason {
        /** The flow's value divided by the mineral's price is below its tonnes. */
        VALUE_BELOW_PRICE,
        /** The exporter sends more than it produces and imports (mass balance). */
        EXCEEDS_SUPPLY;

        /** Returns the lower-case name with spaces, e.g. {@code "exceeds supply"}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Checks the record.
     *
     * @throws IllegalArgumentException if the nodes are not actor nodes of one mineral and stage, or the tonnes
     *     are not positive and finite or exceed the reported tonnes
     */
    public UnexplainedTrade {
        Objects.requireNonNull(exporter, "UnexplainedTrade.exporter");
        Objects.requireNonNull(importer, "UnexplainedTrade.importer");
        Objects.requireNonNull(reason, "UnexplainedTrade.reason");
        Objects.requireNonNull(note, "UnexplainedTrade.note");
        if (exporter.isUnknownSource() || importer.isUnknownSource() || exporter.stage() != importer.stage()
                || !exporter.mineral().equals(importer.mineral())) {
            throw new IllegalArgumentException("UnexplainedTrade " + exporter + " -> " + importer
                    + ": not two actor nodes of one mineral and stage");
        }
        if (!(tonnes > 0) || !Double.isFinite(tonnes) || !(reported >= tonnes * (1 - 1e-9))
                || !Double.isFinite(reported)) {
            throw new IllegalArgumentException("UnexplainedTrade " + exporter + " -> " + importer + ": tonnes " + tonnes
                    + " not positive, or above the reported " + reported);
        }
    }

    /** Returns e.g. {@code "BRA/refining/gallium -> CHN/refining/gallium: 612 t of 711 t (value below price: ...)"}. */
    @Override
    public String toString() {
        return exporter + " -> " + importer + ": " + SupplyCoverage.tonnes(tonnes) + " t of "
                + SupplyCoverage.tonnes(reported) + " t (" + reason + ": " + note + ")";
    }
}
