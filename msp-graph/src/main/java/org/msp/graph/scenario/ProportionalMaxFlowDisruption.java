package org.msp.graph.scenario;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.internal.MaxFlow;
import org.msp.graph.internal.Propagation;

/**
 * The two bounds of a disruption: proportional propagation without re-routing, and a maximum flow through the
 * remaining capacities with re-routing (see {@link ConsumerImpact} for the definitions).
 *
 * <p><b>No re-routing</b> follows {@link Propagation}: each node's out-flows scale with its throughput after the
 * shock, one forward pass in topological order, loops solved by iteration. It is the pessimistic bound: no buyer
 * finds another seller. The causes are the shocked nodes, by the share of the consumer's loss that passed through
 * them.
 *
 * <p><b>Re-routing</b> is the optimistic bound: for each consumer that loses supply, a maximum flow (Dinic 1970,
 * via {@link MaxFlow}) on the consumer's mineral, from a super-source feeding each node up to its production
 * capacity plus added supply, over edges of capacity {@code capacity(e) × edgeFactor(e)} (capacity equals the flow
 * where the data give none, so re-routing then only uses existing links up to their present tonnes), through
 * shocked nodes limited to {@code nodeFactor × (throughput + spare production capacity + added supply)}, into the
 * consumer's nodes up to what each retained times the demand factor. Every other consumer is ignored: the
 * consumer may draw on all the spare supply, so the figure bounds from above. It is never below the no-re-routing
 * figure (the proportional flows are one feasible flow) and never above the requirement.
 *
 * <p>Running time: O(k (n + m)) for the propagation with {@code k} shocked nodes, plus one Dinic max-flow per
 * consumer that loses supply, on its mineral's subgraph. This class is immutable and thread-safe.
 */
public final class ProportionalMaxFlowDisruption implements DisruptionAlgorithm {
    private final SupplyNetwork network;
    private final Stockpiles stockpiles;

    /**
     * Returns the analysis bound to {@code network} that reads stockpiles from {@code stockpiles}.
     *
     * @throws NullPointerException if an argument is null
     */
    public ProportionalMaxFlowDisruption(SupplyNetwork network, Stockpiles stockpiles) {
        this.network = Objects.requireNonNull(network, "network");
        this.stockpiles = Objects.requireNonNull(stockpiles, "stockpiles");
    }

    @Override
    public SupplyNetwork network() {
        return network;
    }

    @Override
    public Disruption analyse(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Consumers consumers = new Consumers(network);
        Perturbation p = new Perturbation(consumers, scenario);
        CompactGraph g = consumers.g;
        int n = g.vertexCount();
        int[] channelOf = new int[n];
        Arrays.fill(channelOf, -1);
        TreeSet<Integer> owners = new TreeSet<>();
        p.shocked.forEach(v -> owners.add(p.owner(v)));
        p.alias.keySet().forEach(v -> owners.add(p.owner(v)));
        List<Integer> shocked = new ArrayList<>(owners);
        for (int c = 0; c < shocked.size(); c++) {
            channelOf[shocked.get(c)] = c;
        }
        for (Map.Entry<Integer, Integer> a : p.alias.entrySet()) {
            channelOf[a.getKey()] = shocked.indexOf(a.getValue());
        }
        Propagation.Result r = Propagation.run(g, p.nodeFactor, p.edgeFactor, p.added, channelOf, shocked.size());

        TreeSet<Consumers.Key> keys = new TreeSet<>(consumers.nodes.keySet());
        keys.addAll(p.credit.keySet());
        Map<String, Rerouter> rerouters = new HashMap<>();
        List<ConsumerImpact> impacts = new ArrayList<>();
        for (Consumers.Key key : keys) {
            int[] vs = consumers.nodes.getOrDefault(key, new int[0]);
            double baseline = consumers.baseline.getOrDefault(key, 0.0);
            double df = p.demandFactor(key);
            double requirement = baseline * df;
            double credit = p.credit(key);
            double after = credit;
            double[] causeLoss = new double[shocked.size()];
            for (int v : vs) {
                after += consumers.retainedAfter(v, r.throughput(v));
                double t = g.throughput(v);
                if (t > 0 && consumers.retained[v] > 0) {
                    double w = consumers.retained[v] / t;
                    for (int c = 0; c < causeLoss.length; c++) {
                        causeLoss[c] += w * r.loss(v, c);
                    }
                }
            }
            double rerouted = after;
            if (after < requirement && vs.length > 0) {
                Rerouter rr = rerouters.computeIfAbsent(key.mineral(), m -> new Rerouter(consumers, p, m));
                double flow = rr.maxFlowTo(key);
                rerouted = Math.max(after, Math.min(requirement, flow + credit));
            }
            impacts.add(new ConsumerImpact(key.country(), key.mineral(), baseline, requirement, after, rerouted,
                    stockpiles.tonnes(key.country(), key.mineral()), causes(network, shocked, causeLoss)));
        }
        return new Disruption(scenario, network.year(), impacts, Undetermined.of(network, scenario.shocks()));
    }

    private static List<Cause> causes(SupplyNetwork network, List<Integer> shocked, double[] loss) {
        double total = 0;
        for (double l : loss) {
            if (l > 0) {
                total += l;
            }
        }
        if (!(total > 0)) {
            return List.of();
        }
        List<Cause> out = new ArrayList<>();
        for (int c = 0; c < loss.length; c++) {
            double share = loss[c] / total;
            if (share > 1e-9) {
                out.add(new Cause(network.node(shocked.get(c)), Math.min(1.0, share)));
            }
        }
        out.sort(Comparator.comparingDouble(Cause::share).reversed().thenComparing(Cause::node));
        return ImmutableList.copyOf(out);
    }

    /** The max-flow network of one mineral, with one hub per consumer so that one solver serves them all. */
    private static final class Rerouter {
        private final MaxFlow.Solver solver;
        private final Map<Consumers.Key, Integer> hub = new TreeMap<>();
        private final int[] hubVertices;
        private final int total;
        private final int firstHub;

        Rerouter(Consumers consumers, Perturbation p, String mineral) {
            CompactGraph g = consumers.g;
            SupplyNetwork net = consumers.network;
            int n = g.vertexCount();
            int[] local = new int[n];
            Arrays.fill(local, -1);
            List<Integer> verts = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (net.node(v).mineral().equals(mineral)) {
                    local[v] = verts.size();
                    verts.add(v);
                }
            }
            List<Consumers.Key> keys = new ArrayList<>();
            for (Consumers.Key k : consumers.nodes.keySet()) {
                if (k.mineral().equals(mineral)) {
                    hub.put(k, verts.size() + keys.size());
                    keys.add(k);
                }
            }
            int nv = verts.size();
            firstHub = nv;
            int sink = nv + keys.size();
            total = sink + 1;
            List<int[]> ends = new ArrayList<>();
            List<Double> caps = new ArrayList<>();
            for (int lv = 0; lv < nv; lv++) {
                int v = verts.get(lv);
                for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                    int h = local[g.head(e)];
                    if (h >= 0) {
                        ends.add(new int[] {lv, h});
                        caps.add(g.capacity(e) * p.edgeFactor[e]);
                    }
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                Consumers.Key k = keys.get(i);
                double df = p.demandFactor(k);
                double sum = 0;
                for (int v : consumers.nodes.get(k)) {
                    double c = consumers.retained[v] * df;
                    ends.add(new int[] {local[v], nv + i});
                    caps.add(c);
                    sum += c;
                }
                ends.add(new int[] {nv + i, sink});
                caps.add(sum);
            }
            int me = ends.size();
            int[] tail = new int[me];
            int[] head = new int[me];
            double[] cap = new double[me];
            for (int i = 0; i < me; i++) {
                tail[i] = ends.get(i)[0];
                head[i] = ends.get(i)[1];
                cap[i] = caps.get(i);
            }
            double[] supply = new double[total];
            double[] limit = new double[total];
            Arrays.fill(limit, Double.POSITIVE_INFINITY);
            for (int lv = 0; lv < nv; lv++) {
                int v = verts.get(lv);
                double spare = g.nodeCapacity(v) - g.ownSupply(v);
                supply[lv] = g.nodeCapacity(v) + p.added[v];
                if (p.nodeFactor[v] != 1.0) {
                    limit[lv] = p.nodeFactor[v] * (g.throughput(v) + spare + p.added[v]);
                }
            }
            CompactGraph aux = CompactGraph.of(total, tail, head, cap, cap, new double[total], null);
            int[] newIndex = new int[total];
            for (int x = 0; x < total; x++) {
                newIndex[aux.inputIndex(x)] = x;
            }
            double[] supplyN = new double[total];
            double[] limitN = new double[total];
            for (int x = 0; x < total; x++) {
                supplyN[newIndex[x]] = supply[x];
                limitN[newIndex[x]] = limit[x];
            }
            hubVertices = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                hubVertices[i] = newIndex[nv + i];
            }
            solver = MaxFlow.solver(aux, supplyN, newIndex[sink], MaxFlow.EdgeCapacity.CAPACITY, limitN);
        }

        double maxFlowTo(Consumers.Key key) {
            Integer h = hub.get(key);
            if (h == null) {
                return 0;
            }
            boolean[] removed = new boolean[total];
            for (int hv : hubVertices) {
                removed[hv] = true;
            }
            removed[hubVertices[h - firstHub]] = false;
            return solver.solve(removed).value();
        }
    }
}
