package org.msp.graph;

import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Stage;
import org.msp.model.Stockpile;

/**
 * A small dataset worked out by hand, shared by the tests of the builder and the analyses.
 *
 * <pre>
 * lithium 2024
 *   mining production   AUS 100, CHL 50, CHN 20
 *   refining production CHN 120, CHL 30, KOR 10
 *   mining trade        AUS -> CHN 90, CHL -> USA 5
 *   refining trade      CHN -> KOR 40, CHN -> JPN 100
 *   stockpile KOR       2023: 5, 2024: 9
 * lithium 2023: mining production AUS 80, CHL 60, CHN 10
 * cobalt 2024: refining trade CHN -> KOR 7, COD -> KOR 3
 * nickel 2024: mining trade IDN -> KOR 5, CHN -> KOR 1
 * </pre>
 *
 * The network of 2024 with the default domestic rule, no unreported trade and no mass balance (so that every gap,
 * re-exports beyond production included, stays a visible unknown source, which the analyses' hand-worked tests
 * rely on), worked out:
 * <pre>
 * mining pools: AUS 100-90 = 10, CHL 50-5 = 45, CHN 20+90 = 110, USA 5
 * CHN: pool 110, refining needs 120 -> CHN/mining -> CHN/refining 110, ?CHN/mining -> CHN/refining 10
 *      refining exports 140 > 120     -> ?CHN/refining -> CHN/refining 20
 * CHL: pool 45, needs 30              -> CHL/mining -> CHL/refining 30 (15 stay)
 * KOR: no pool, needs 10              -> ?KOR/mining -> KOR/refining 10
 * </pre>
 */
public final class HandWorked {
    /** Provenance of the hand-made figures. */
    public static final Provenance P = Provenance.user("hand-worked example");

    private HandWorked() {
    }

    /** Returns the dataset above. */
    public static Dataset dataset() {
        return Dataset.builder().name("hand-worked")
                .countries("AUS", "CHL", "CHN", "COD", "IDN", "JPN", "KOR", "USA")
                .minerals("lithium", "cobalt", "nickel")
                .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 100, P))
                .add(Production.of("CHL", "lithium", Stage.MINING, 2024, 50, P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2024, 20, P))
                .add(Production.of("CHN", "lithium", Stage.REFINING, 2024, 120, P))
                .add(Production.of("CHL", "lithium", Stage.REFINING, 2024, 30, P))
                .add(Production.of("KOR", "lithium", Stage.REFINING, 2024, 10, P))
                .add(Flow.of("AUS", "CHN", "lithium", Stage.MINING, 2024, 90, P))
                .add(Flow.of("CHL", "USA", "lithium", Stage.MINING, 2024, 5, P))
                .add(Flow.of("CHN", "KOR", "lithium", Stage.REFINING, 2024, 40, P))
                .add(Flow.of("CHN", "JPN", "lithium", Stage.REFINING, 2024, 100, P))
                .add(Stockpile.of("KOR", "lithium", 2023, 5, P))
                .add(Stockpile.of("KOR", "lithium", 2024, 9, P))
                .add(Production.of("AUS", "lithium", Stage.MINING, 2023, 80, P))
                .add(Production.of("CHL", "lithium", Stage.MINING, 2023, 60, P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2023, 10, P))
                .add(Flow.of("CHN", "KOR", "cobalt", Stage.REFINING, 2024, 7, P))
                .add(Flow.of("COD", "KOR", "cobalt", Stage.REFINING, 2024, 3, P))
                .add(Flow.of("IDN", "KOR", "nickel", Stage.MINING, 2024, 5, P))
                .add(Flow.of("CHN", "KOR", "nickel", Stage.MINING, 2024, 1, P))
                .build();
    }

    /**
     * Returns the lithium network of 2024 built with the default domestic rule,
     * {@linkplain NetworkBuilder#noUnreportedTrade() no unreported trade} and
     * {@linkplain NetworkBuilder#noMassBalance() no mass balance}.
     */
    public static SupplyNetwork lithium2024() {
        return SupplyNetworks.builder(dataset(), 2024).minerals("lithium").noUnreportedTrade().noMassBalance().build();
    }

    /** Returns the node of {@code iso3} at {@code stage} for lithium. */
    public static Node li(String iso3, Stage stage) {
        return Node.of(iso3, stage, "lithium");
    }

    /** Returns the unknown source of {@code iso3} at {@code stage} for lithium. */
    public static Node unknownLi(String iso3, Stage stage) {
        return Node.unknownSourceOf(li(iso3, stage));
    }
}
