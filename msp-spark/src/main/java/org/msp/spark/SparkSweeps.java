package org.msp.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.BasisConversion;

/**
 * Scenario sweeps on Apache Spark, as Spark tables (schemas below and in docs/spark.md); the figures are those of
 * {@link Scenarios#run(SupplyNetwork, Scenario)} (proportional propagation without re-routing, and the max-flow
 * bound with re-routing), computed on executors.
 *
 * <p><b>Loss matrix</b> ({@link #lossMatrix}): every actor node with throughput (country or facility, all
 * minerals) is lost in turn ({@code Shock.CapacityLoss} of 100%), and each consumer's shortfall is recorded. The
 * network is broadcast once as a {@link NetworkImage}; the nodes are cut into partitions by index range. Rows
 * only for the (lost node, consumer) pairs with a shortfall in either mode: a missing pair loses nothing.
 * Columns {@link #LOSS_SCHEMA}.
 *
 * <p><b>Parameter grid</b> ({@link #grid}): one scenario evaluated for every year, every end of the basis
 * conversion ranges the mineral's network applies ({@link ConversionSensitivity}: low, central, high; a mineral
 * whose factors are exact has the same network at all three) and every demand scenario (a growth of every
 * consumer's requirement, added to the scenario as {@code Shock.DemandGrowth}). The driver builds the networks
 * (three per year); one task evaluates one grid point. Rows per grid point and consumer of the mineral; columns
 * {@link #GRID_SCHEMA}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SparkSweeps {
    /** Columns of the loss matrix. */
    public static final StructType LOSS_SCHEMA = new StructType().add("year", DataTypes.IntegerType, false)
            .add("lost_node", DataTypes.StringType, false).add("mineral", DataTypes.StringType, false)
            .add("consumer", DataTypes.StringType, false).add("baseline_t", DataTypes.DoubleType, false)
            .add("shortfall_share", DataTypes.DoubleType, false)
            .add("shortfall_share_rerouted", DataTypes.DoubleType, false);
    /** Columns of the parameter grid. */
    public static final StructType GRID_SCHEMA = new StructType().add("year", DataTypes.IntegerType, false)
            .add("mineral", DataTypes.StringType, false).add("conversion_end", DataTypes.StringType, false)
            .add("demand_scenario", DataTypes.StringType, false).add("demand_growth", DataTypes.DoubleType, false)
            .add("consumer", DataTypes.StringType, false).add("baseline_t", DataTypes.DoubleType, false)
            .add("requirement_t", DataTypes.DoubleType, false).add("supply_t", DataTypes.DoubleType, false)
            .add("supply_rerouted_t", DataTypes.DoubleType, false)
            .add("shortfall_share", DataTypes.DoubleType, false)
            .add("shortfall_share_rerouted", DataTypes.DoubleType, false);

    private SparkSweeps() {
    }

    /**
     * Returns the loss matrix of {@code network}: for every actor node with throughput, lost entirely, each
     * consumer's shortfall share without and with re-routing. Lazy: the work runs when the table is written or
     * collected. Running time: one scenario per node (propagation O(n + m), plus a max flow per consumer that loses
     * supply), spread over {@code partitions} tasks.
     */
    public static Dataset<Row> lossMatrix(SparkSession spark, SupplyNetwork network, int partitions) {
        checkArgument(partitions >= 1, "partitions is below 1: %s", partitions);
        NetworkImage image = NetworkImage.of(network);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<NetworkImage> shared = jsc.broadcast(image);
        int n = image.nodeCount();
        int parts = Math.max(1, Math.min(partitions, n));
        JavaRDD<Row> rows = jsc.parallelize(IntStream.range(0, parts).boxed().toList(), parts).flatMap(p -> {
            SupplyNetwork net = shared.value().network();
            List<Row> out = new ArrayList<>();
            for (int v = (int) ((long) n * p / parts); v < (int) ((long) n * (p + 1) / parts); v++) {
                lossRows(net, net.node(v), out);
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, LOSS_SCHEMA);
    }

    /** The rows of one lost node, by consumer (the order of {@link Scenarios#run}); none for a node it skips. */
    static void lossRows(SupplyNetwork net, Node node, List<Row> out) {
        if (node.isUnknownSource() || net.throughput(node) <= 0) {
            return;
        }
        Shock loss = new Shock.CapacityLoss(node.actor(), node.mineral(), node.stage(), 1.0);
        for (ConsumerImpact i : Scenarios.run(net, Scenario.of(loss)).impacts()) {
            if (i.shortfallShare() > 0 || i.shortfallShareRerouted() > 0) {
                out.add(RowFactory.create(net.year(), node.toString(), i.mineral(), i.country(), i.baseline(),
                        i.shortfallShare(), i.shortfallShareRerouted()));
            }
        }
    }

    /**
     * Returns the sweep of {@code scenario} over the grid {@code years × {low, central, high} × demand} for one
     * mineral of {@code dataset}. {@code demand} maps a scenario name to the growth of every consumer's requirement
     * (0.1 = +10%, at least 0); give {@code Map.of("none", 0.0)} for no change. Running time: three network builds per year on
     * the driver, then one scenario per grid point on the executors.
     *
     * @throws IllegalArgumentException if a list is empty or a growth is negative
     */
    public static Dataset<Row> grid(SparkSession spark, org.msp.model.Dataset dataset, String mineral,
            List<Integer> years, Map<String, Double> demand, ScenarioOf scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        checkArgument(!years.isEmpty(), "no years");
        checkArgument(!demand.isEmpty(), "no demand scenarios");
        SortedMap<String, Double> growth = new TreeMap<>(demand);
        growth.forEach((k, g) -> checkArgument(g >= 0 && Double.isFinite(g),
                "demand scenario %s: growth is negative or not finite: %s", k, g));
        List<GridPoint> points = new ArrayList<>();
        for (int year : years) {
            ConversionSensitivity s = ConversionSensitivity.of(dataset, year, mineral);
            for (BasisConversion.End end : BasisConversion.End.values()) {
                NetworkImage image = NetworkImage.of(s.network(end));
                for (Map.Entry<String, Double> d : growth.entrySet()) {
                    points.add(new GridPoint(year, mineral, end.name().toLowerCase(java.util.Locale.ROOT),
                            d.getKey(), d.getValue(), image, scenario));
                }
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(points, points.size()).flatMap(p -> p.rows().iterator());
        return spark.createDataFrame(rows, GRID_SCHEMA);
    }

    /** One point of the grid with its network; evaluated on an executor. */
    record GridPoint(int year, String mineral, String end, String demand, double growth, NetworkImage image,
            ScenarioOf scenario) implements Serializable {
        List<Row> rows() {
            SupplyNetwork net = image.network();
            List<Shock> all = new ArrayList<>(scenario.on(net).shocks());
            java.util.TreeSet<String> consumers = new java.util.TreeSet<>();
            for (Node n : net.nodes()) {
                if (n.mineral().equals(mineral) && !n.isUnknownSource()) {
                    net.country(n).ifPresent(consumers::add);
                }
            }
            if (growth != 0) {
                consumers.forEach(c -> all.add(new Shock.DemandGrowth(c, mineral, growth)));
            }
            List<Row> out = new ArrayList<>();
            for (ConsumerImpact i : Scenarios.run(net, Scenario.of(all)).impacts()) {
                if (i.mineral().equals(mineral)) {
                    out.add(RowFactory.create(year, mineral, end, demand, growth, i.country(), i.baseline(),
                            i.requirement(), i.noRerouting(), i.rerouting(), i.shortfallShare(),
                            i.shortfallShareRerouted()));
                }
            }
            return out;
        }
    }

    /**
     * The scenario of a sweep, made on each executor from the grid point's network (shocks are not serializable;
     * a lambda of this interface is): {@code net -> Scenario.of(Shock.ExportBan.of("CHN", "cobalt", Stage.REFINING))}.
     */
    @FunctionalInterface
    public interface ScenarioOf extends Serializable {
        /** Returns the scenario to evaluate on {@code network}. */
        Scenario on(SupplyNetwork network);
    }

    /**
     * Writes a sweep table as Parquet at {@code path}, through a temporary directory renamed on success.
     *
     * @throws IllegalArgumentException if {@code path} exists
     * @throws IllegalStateException    if the job fails (nothing is left at {@code path})
     */
    public static void write(Dataset<Row> table, String path) {
        SparkOutput.writeParquet(table, path);
    }
}
