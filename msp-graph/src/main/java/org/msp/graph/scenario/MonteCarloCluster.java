package org.msp.graph.scenario;

import java.util.Optional;
import java.util.ServiceLoader;
import org.msp.graph.SupplyNetwork;

/**
 * A service that runs a {@link MonteCarlo} on a cluster: the hook through which the command line
 * ({@code msp montecarlo --spark MASTER}) reaches an engine it does not depend on. msp-spark provides one (through
 * {@code META-INF/services/org.msp.graph.scenario.MonteCarloCluster}); with msp-spark on the class path the same
 * command runs on Spark. An implementation must return what {@link MonteCarlo#run} returns for the same network,
 * bit for bit: run the {@link MonteCarloKernel} on batch-aligned ranges and merge the tallies in index order.
 */
public interface MonteCarloCluster {
    /** Returns the engine's name, e.g. {@code "Apache Spark 4.0.1"}. */
    String name();

    /**
     * Runs {@code monteCarlo} on {@code network} on the cluster at {@code master} (for Spark a master URL:
     * {@code local[*]}, {@code spark://host:port}, {@code yarn}).
     *
     * @throws IllegalArgumentException if the master is not one the engine can reach
     */
    ShortfallDistributions run(MonteCarlo monteCarlo, SupplyNetwork network, String master);

    /** Returns the first cluster engine on the class path (or module path), if any. */
    static Optional<MonteCarloCluster> installed() {
        return ServiceLoader.load(MonteCarloCluster.class).findFirst();
    }
}
