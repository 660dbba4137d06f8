package org.msp.graph.dependency;

import java.time.LocalDate;
import java.util.Set;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.CountryGroup;
import org.msp.model.Stage;

/**
 * A consumer's dependence on a bloc of countries at one stage, with the minimum and maximum that the year's
 * flows allow (see {@link DependenceBounds}).
 *
 * <p>The implementation, {@link MaxFlowBlocBounds}, follows Cheng et al. (Nature Communications 2024).
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * BlocDependenceAlgorithm.of(network).bounds(Node.of("KOR", Stage.MATERIAL, "lithium"), Stage.REFINING, Set.of("CHN"))
 * }</pre>
 */
public interface BlocDependenceAlgorithm {
    /**
     * Returns the bounds on {@code consumer}'s dependence on the bloc at {@code stage}.
     *
     * @param bloc the bloc's origin labels: ISO3 codes (and facility labels {@code "facility:ID"})
     * @throws IllegalArgumentException if the network has no such consumer
     */
    DependenceBounds bounds(Node consumer, Stage stage, Set<String> bloc);

    /** Returns the bounds for the members of {@code group} on {@code date}. */
    default DependenceBounds bounds(Node consumer, Stage stage, CountryGroup group, LocalDate date) {
        return bounds(consumer, stage, group.membersOn(date));
    }

    /** Returns the max-flow bounds on {@code network}. */
    static BlocDependenceAlgorithm of(SupplyNetwork network) {
        return new MaxFlowBlocBounds(network);
    }
}
