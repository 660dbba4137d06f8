package org.msp.graph.concentration;

import java.util.Locale;
import java.util.Objects;
import org.msp.model.Stage;

/**
 * The EU supply risk at one stage, with its terms.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stage          extraction ({@link Stage#MINING}) or processing ({@link Stage#REFINING})
 * @param hhiWgiGlobal   HHI_WGI,t of global supply
 * @param hhiWgiEu       HHI_WGI,t of EU sourcing
 * @param importReliance IR, 0 to 1
 * @param supplyRisk     SR at this stage
 */
public record StageRisk(Stage stage, double hhiWgiGlobal, double hhiWgiEu, double importReliance, double supplyRisk) {
    public StageRisk {
        Objects.requireNonNull(stage, "StageRisk.stage is null");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: SR %.2f (HHI_WGI,t global %.2f, EU sourcing %.2f, IR %.2f)", stage,
                supplyRisk, hhiWgiGlobal, hhiWgiEu, importReliance);
    }
}
