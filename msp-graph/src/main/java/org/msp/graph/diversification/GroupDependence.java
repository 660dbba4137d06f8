package org.msp.graph.diversification;

import java.util.Locale;
import java.util.Objects;
import org.msp.model.Stage;

/**
 * A bloc's look-through dependence on a group of concern for one mineral at one stage: the share of its members'
 * supply, weighted by what each keeps ({@link BlocSupply}), that entered the stage in a member of the group
 * (proportional tracing, {@link org.msp.graph.dependency.LookThroughDependencyAlgorithm}). Shares lie in [0, 1]
 * up to the rounding of sums (a billionth). This class is immutable and thread-safe.
 *
 * @param mineral    mineral id
 * @param stage      the stage at which origins are counted
 * @param group      the group of concern's label, e.g. {@code "feoc"}
 * @param blocSupply the supply of the members whose supply passed through the stage, tonnes
 * @param share      the share that entered the stage in the group of concern, 0 to 1
 * @param unknown    the share of unknown origin, 0 to 1
 */
public record GroupDependence(String mineral, Stage stage, String group, double blocSupply, double share,
        double unknown) {
    public GroupDependence {
        Objects.requireNonNull(mineral, "GroupDependence.mineral is null");
        Objects.requireNonNull(stage, "GroupDependence.stage is null");
        Objects.requireNonNull(group, "GroupDependence.group is null");
    }

    /** Returns e.g. {@code "gallium refining: 99.6% from feoc (unknown origin 0.0%) of 848 t"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s: %.1f%% from %s (unknown origin %.1f%%) of %,.0f t", mineral,
                stage.id(), 100 * share, group, 100 * unknown, blocSupply);
    }
}
