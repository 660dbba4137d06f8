package org.msp.data.usgs;

import static org.msp.data.internal.Stoichiometry.AS;
import static org.msp.data.internal.Stoichiometry.ATOMIC_WEIGHTS;
import static org.msp.data.internal.Stoichiometry.O;
import static org.msp.data.internal.Stoichiometry.fraction;

import java.util.List;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.Stage;

/**
 * The factors to contained tonnes of the USGS Mineral Commodity Summaries figures that are not in content and
 * meet content figures of another source: arsenic, which the MCS counts as arsenic trioxide As2O3 (labelled
 * gross weight in MCS 2026, an oxide in the MCS 2023 and 2024 world tables), 2 x 74.922 / 197.84 = 0.7574 t of
 * arsenic per tonne (IUPAC CIAAW 2021 atomic weights). This class is stateless and thread-safe.
 */
public final class McsConversions {
    private McsConversions() {}

    /** Returns the factors, ordered by mineral, stage and basis. */
    public static List<BasisConversion> all() {
        double as2o3 = fraction(2, AS, 3 * O);
        String why = "arsenic trioxide As2O3, which the USGS MCS counts: 2 x 74.922 / 197.84";
        return List.of(
                BasisConversion.exact("arsenic", Stage.REFINING, Basis.GROSS_WEIGHT, as2o3, why,
                        ATOMIC_WEIGHTS.withNote("USGS MCS 2026 arsenic, gross weight")),
                BasisConversion.exact("arsenic", Stage.REFINING, Basis.OXIDE_EQUIVALENT, as2o3, why,
                        ATOMIC_WEIGHTS.withNote("USGS MCS 2023 and 2024 arsenic, arsenic trioxide")));
    }
}
