package org.msp.graph.dependency;

import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * Look-through dependency: for a consumer, the share of its supply that entered each upstream stage at each
 * origin, traced through every stage of a {@link SupplyNetwork}.
 *
 * <p>The implementation, {@link ProportionalTracing}, assumes every node mixes what it receives and sends
 * on each tonne in the same proportions (Cheng et al., Nature Communications 2024). Unknown sources appear as
 * the origin {@link OriginShare#UNKNOWN}. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * LookThroughDependencyAlgorithm.of(network).dependence("KOR", "lithium")     // KOR's highest stage with supply
 * LookThroughDependencyAlgorithm.of(network).matrix("lithium", Stage.REFINING, Stage.MINING)
 * }</pre>
 */
public interface LookThroughDependencyAlgorithm {
    /**
     * Returns where {@code consumer}'s supply entered each stage.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    Dependence dependence(Node consumer);

    /**
     * Returns where {@code consumer}'s supply entered {@code stage}: {@code dependence(consumer).at(stage)}, which an
     * implementation may compute without tracing the other stages. Empty when none of the consumer's supply entered
     * the stage.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    default Optional<StageOrigins> dependence(Node consumer, Stage stage) {
        return dependence(consumer).at(stage);
    }

    /**
     * Returns the dependence of country {@code iso3}'s node at the highest primary stage where it has supply.
     *
     * @throws IllegalArgumentException if the country has no node with supply for the mineral
     */
    Dependence dependence(String iso3, String mineral);

    /**
     * Returns, for every actor node of {@code mineral} at {@code consumerStage} with supply, the share that
     * entered {@code originStage} at each origin: all consumers at once. Rows are ordered by decreasing
     * supply, columns by decreasing tonnes over all rows (ties by node and label).
     */
    DependenceMatrix matrix(String mineral, Stage consumerStage, Stage originStage);

    /**
     * Returns what every actor node still receives when the own supply of {@code removed} is lost and every
     * node passes on the same fraction of what it has (proportional, no re-routing), sorted by node.
     *
     * @throws IllegalArgumentException if a node is not in the network
     */
    SortedMap<Node, Double> remainingSupply(Set<Node> removed);

    /** Returns proportional tracing on {@code network}. */
    static LookThroughDependencyAlgorithm of(SupplyNetwork network) {
        return new ProportionalTracing(network);
    }
}
