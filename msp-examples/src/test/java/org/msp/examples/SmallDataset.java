package org.msp.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.msp.io.DatasetJson;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Flow;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.RestrictionKind;
import org.msp.model.Stage;
import org.msp.model.Stockpile;
import org.msp.model.WorldTotal;

/**
 * A small lithium dataset whose answers can be worked out by hand: Australia, Chile and China mine, China and
 * Chile refine, Korea, Japan and the United States import refined lithium; China bans exports of refined lithium.
 * The source reports a 200,000 t world total of mining (35,000 t from the rest of the world), none for refining.
 *
 * <pre>
 * mining 2024:   AUS 88,000  CHL 44,000  CHN 33,000      (total 165,000)
 * ore trade:     AUS -> CHN 80,000
 * refining 2024: CHN 70,000  CHL 30,000
 * refined trade: CHN -> KOR 30,000, CHN -> JPN 20,000, CHL -> USA 10,000, CHL -> KOR 5,000
 * KOR stockpile: 5,000 t
 * </pre>
 */
public final class SmallDataset {
    /** The year of every figure. */
    public static final int YEAR = 2024;

    private SmallDataset() {
    }

    /** Returns the dataset. */
    public static Dataset dataset() {
        Provenance p = Provenance.user("test fixture");
        return Dataset.builder().name("small-lithium")
                .countries("AUS", "CHL", "CHN", "JPN", "KOR", "USA")
                .minerals("lithium")
                .add(CountryGroup.of("msp-partners", "MSP partners", LocalDate.of(2022, 6, 14), p, "AUS", "JPN",
                        "KOR", "USA"))
                .add(CountryGroup.of("feoc", "Foreign entities of concern", LocalDate.of(2022, 8, 16), p, "CHN"))
                .add(Production.of("AUS", "lithium", Stage.MINING, YEAR, 88_000, p))
                .add(Production.of("CHL", "lithium", Stage.MINING, YEAR, 44_000, p))
                .add(Production.of("CHN", "lithium", Stage.MINING, YEAR, 33_000, p))
                .add(WorldTotal.of("lithium", Stage.MINING, YEAR, 200_000, p)
                        .withRestOfWorld(org.msp.model.Quantity.tonnes(35_000)))
                .add(Production.of("CHN", "lithium", Stage.REFINING, YEAR, 70_000, p))
                .add(Production.of("CHL", "lithium", Stage.REFINING, YEAR, 30_000, p))
                .add(Flow.of("AUS", "CHN", "lithium", Stage.MINING, YEAR, 80_000, p))
                .add(Flow.of("CHN", "KOR", "lithium", Stage.REFINING, YEAR, 30_000, p))
                .add(Flow.of("CHN", "JPN", "lithium", Stage.REFINING, YEAR, 20_000, p))
                .add(Flow.of("CHL", "USA", "lithium", Stage.REFINING, YEAR, 10_000, p))
                .add(Flow.of("CHL", "KOR", "lithium", Stage.REFINING, YEAR, 5_000, p))
                .add(Stockpile.of("KOR", "lithium", YEAR, 5_000, p))
                .add(ExportRestriction.of("cn-li-ban", "Ban on refined lithium exports", "CHN", "lithium",
                        Stage.REFINING, RestrictionKind.BAN, LocalDate.of(2024, 1, 1), p))
                .build();
    }

    /** Writes the dataset as JSON into {@code dir} and returns the file. */
    public static Path write(Path dir) throws IOException {
        Path f = dir.resolve("small-lithium.json");
        DatasetJson.write(dataset(), f);
        return f;
    }
}
