package org.msp.graph.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.model.Actor;
import org.msp.model.Stage;

/** The numbers a scenario sets on a network (see {@link Shock}): factors, added supply, credits, demand factors. */
final class Perturbation {
    final double[] nodeFactor;
    final double[] edgeFactor;
    final double[] added;
    final TreeMap<Consumers.Key, Double> credit = new TreeMap<>();
    final TreeMap<Consumers.Key, Double> demandFactor = new TreeMap<>();
    /** Vertices that create loss: a node factor below one, or an out-edge with an edge factor below one. */
    final TreeSet<Integer> shocked = new TreeSet<>();
    /**
     * Shocked unknown-source vertices whose loss is attributed to another vertex (the banning country's node,
     * see {@link Shock.ExportBan#unknownOriginShare()}).
     */
    final TreeMap<Integer, Integer> alias = new TreeMap<>();

    Perturbation(Consumers consumers, Scenario scenario) {
        SupplyNetwork net = consumers.network;
        CompactGraph g = consumers.g;
        int n = g.vertexCount();
        nodeFactor = new double[n];
        edgeFactor = new double[g.edgeCount()];
        added = new double[n];
        Arrays.fill(nodeFactor, 1.0);
        Arrays.fill(edgeFactor, 1.0);
        for (Shock s : scenario.shocks()) {
            if (s instanceof Shock.ExportBan b) {
                for (String mineral : b.minerals()) {
                    // The banning country's actor nodes at the stage: its own node and its facilities' nodes.
                    List<Integer> banning = new ArrayList<>();
                    for (int w = 0; w < n; w++) {
                        Node x = net.node(w);
                        if (!x.isUnknownSource() && x.stage() == b.stage() && x.mineral().equals(mineral)
                                && net.country(x).filter(b.country()::equals).isPresent()) {
                            banning.add(w);
                        }
                    }
                    if (banning.isEmpty()) {
                        continue;
                    }
                    Node own = Node.of(b.country(), b.stage(), mineral);
                    int v = net.contains(own) ? net.index(own) : banning.get(0);
                    double u = b.unknownOriginShare().getOrDefault(mineral, 0.0) * b.severity();
                    if (u > 0) {
                        for (int w = 0; w < n; w++) {
                            Node x = net.node(w);
                            if (x.isUnknownSource() && x.isCountry() && x.stage() == b.stage()
                                    && x.mineral().equals(mineral) && b.hits(x.actor().id())
                                    && g.throughput(w) > 0) {
                                nodeFactor[w] *= 1.0 - u;
                                alias.putIfAbsent(w, v);
                                shocked.add(v);
                            }
                        }
                    }
                    for (int x : banning) {
                        for (int e = g.outStart(x); e < g.outStart(x + 1); e++) {
                            Node h = net.node(g.head(e));
                            if (!h.isUnknownSource() && net.country(h).filter(b::hits).isPresent()) {
                                edgeFactor[e] *= 1.0 - b.severity();
                                if (b.severity() > 0 && g.flow(e) > 0) {
                                    shocked.add(x);
                                }
                            }
                        }
                    }
                }
            } else if (s instanceof Shock.CapacityLoss c) {
                scale(net, Node.of(c.actor(), c.stage(), c.mineral()), 1.0 - c.fraction());
            } else if (s instanceof Shock.FacilityOutage o) {
                Actor a = Actor.facility(o.facilityId());
                for (int v = 0; v < n; v++) {
                    Node node = net.node(v);
                    if (!node.isUnknownSource() && node.actor().equals(a)) {
                        nodeFactor[v] = 0.0;
                        shocked.add(v);
                    }
                }
            } else if (s instanceof Shock.DemandGrowth d) {
                demandFactor.merge(new Consumers.Key(d.mineral(), d.country()), 1.0 + d.growth(), (x, y) -> x * y);
            } else if (s instanceof Shock.NewSupply ns) {
                add(net, ns.country(), ns.mineral(), ns.stage(), ns.tonnes());
            } else if (s instanceof Shock.RecyclingShare r) {
                add(net, r.country(), r.mineral(), Stage.RECYCLING,
                        r.share() * consumers.baseline(r.country(), r.mineral()));
            } else {
                throw new IllegalArgumentException("unknown shock type " + s.getClass().getName());
            }
        }
    }

    /** Returns the vertex whose channel carries the loss created at shocked vertex {@code v}. */
    int owner(int v) {
        return alias.getOrDefault(v, v);
    }

    private void scale(SupplyNetwork net, Node node, double factor) {
        if (net.contains(node)) {
            int v = net.index(node);
            nodeFactor[v] *= factor;
            if (factor < 1.0 && net.compact().throughput(v) > 0) {
                shocked.add(v);
            }
        }
    }

    private void add(SupplyNetwork net, String country, String mineral, Stage stage, double tonnes) {
        Node node = Node.of(country, stage, mineral);
        if (net.contains(node)) {
            added[net.index(node)] += tonnes;
        } else {
            credit.merge(new Consumers.Key(mineral, country), tonnes, Double::sum);
        }
    }

    double demandFactor(Consumers.Key key) {
        return demandFactor.getOrDefault(key, 1.0);
    }

    double credit(Consumers.Key key) {
        return credit.getOrDefault(key, 0.0);
    }
}
