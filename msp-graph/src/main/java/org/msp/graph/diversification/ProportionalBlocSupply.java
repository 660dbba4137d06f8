package org.msp.graph.diversification;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.msp.graph.Node;
import org.msp.graph.SupplyCoverage;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.chokepoint.Chokepoint;
import org.msp.graph.chokepoint.RemovalImpact;
import org.msp.graph.chokepoint.RemovalImpactAlgorithm;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.StageOrigins;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.DisruptionAlgorithm;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Stage;

/**
 * {@link BlocSupplyAlgorithm} by proportional propagation of losses ({@link RemovalImpactAlgorithm}) and
 * proportional tracing of origins ({@link LookThroughDependencyAlgorithm}), Cheng et al. (Nature Communications
 * 2024); restrictions by the scenario engine ({@link DisruptionAlgorithm}). The tracing and the scenario engine are
 * made on first use. This class is immutable and thread-safe.
 */
final class ProportionalBlocSupply implements BlocSupplyAlgorithm {
    private final Dataset dataset;
    private final SupplyNetwork network;
    private final RemovalImpactAlgorithm removal;
    private final Supplier<LookThroughDependencyAlgorithm> tracing;
    private final Supplier<DisruptionAlgorithm> disruption;

    ProportionalBlocSupply(Dataset dataset, SupplyNetwork network) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.network = Objects.requireNonNull(network, "network");
        this.removal = RemovalImpactAlgorithm.of(network);
        this.tracing = Suppliers.memoize(() -> LookThroughDependencyAlgorithm.of(network));
        this.disruption = Suppliers.memoize(() -> DisruptionAlgorithm.of(dataset, network));
    }

    @Override
    public SupplyNetwork network() {
        return network;
    }

    @Override
    public BlocSupply supply(Bloc bloc, String mineral) {
        Objects.requireNonNull(bloc, "bloc");
        Objects.requireNonNull(mineral, "mineral");
        Map<Node, Double> consumers = new LinkedHashMap<>();
        double tonnes = 0;
        for (String member : bloc.members()) {
            Optional<Node> cn = network.consumerNode(member, mineral).filter(n -> network.retained(n) > 0);
            if (cn.isPresent()) {
                double kept = network.retained(cn.get());
                consumers.put(cn.get(), kept);
                tonnes += kept;
            }
        }
        return new BlocSupply(mineral, bloc, consumers, tonnes);
    }

    @Override
    public Optional<BlocChokepoint> chokepoint(Bloc bloc, String mineral) {
        BlocSupply supply = supply(bloc, mineral);
        Map<Node, Double> lost = new HashMap<>();
        Map<Node, Integer> hit = new HashMap<>();
        for (Map.Entry<Node, Double> c : supply.consumers().entrySet()) {
            RemovalImpact ri = removal.removalImpact(c.getKey());
            double kept = c.getValue();
            for (Chokepoint cp : ri.impacts()) {
                if (!cp.node().isUnknownSource() && cp.shareLost() > 0) {
                    lost.merge(cp.node(), cp.shareLost() * kept, Double::sum);
                    hit.merge(cp.node(), 1, Integer::sum);
                }
            }
        }
        return lost.entrySet().stream()
                .max(Map.Entry.<Node, Double>comparingByValue().thenComparing(Map.Entry::getKey,
                        Comparator.reverseOrder()))
                .map(top -> new BlocChokepoint(mineral, top.getKey(), top.getValue(), supply.tonnes(),
                        supply.consumers().size(), hit.get(top.getKey()), network.role(top.getKey())));
    }

    @Override
    public List<GroupDependence> dependence(Bloc bloc, String mineral, Bloc concern) {
        Objects.requireNonNull(concern, "concern");
        BlocSupply supply = supply(bloc, mineral);
        if (supply.isEmpty()) {
            return List.of();
        }
        LookThroughDependencyAlgorithm t = tracing.get();
        Map<Stage, double[]> byStage = new TreeMap<>();
        for (Map.Entry<Node, Double> c : supply.consumers().entrySet()) {
            for (StageOrigins so : t.dependence(c.getKey()).stages()) {
                add(byStage.computeIfAbsent(so.stage(), k -> new double[3]), c.getValue(), so, concern);
            }
        }
        List<GroupDependence> out = new ArrayList<>();
        byStage.forEach((s, acc) -> out.add(group(mineral, s, concern, acc)));
        return ImmutableList.copyOf(out);
    }

    @Override
    public Optional<GroupDependence> dependence(Bloc bloc, String mineral, Bloc concern, Stage stage) {
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(stage, "stage");
        BlocSupply supply = supply(bloc, mineral);
        LookThroughDependencyAlgorithm t = tracing.get();
        double[] acc = null;
        for (Map.Entry<Node, Double> c : supply.consumers().entrySet()) {
            Optional<StageOrigins> so = t.dependence(c.getKey(), stage);
            if (so.isPresent()) {
                acc = acc == null ? new double[3] : acc;
                add(acc, c.getValue(), so.get(), concern);
            }
        }
        return acc == null ? Optional.empty() : Optional.of(group(mineral, stage, concern, acc));
    }

    /** Adds a consumer of weight {@code w} to {@code acc}: weight, weighted share from the concern, weighted unknown. */
    private static void add(double[] acc, double w, StageOrigins so, Bloc concern) {
        double s = 0;
        for (String cm : concern.members()) {
            s += so.share(cm);
        }
        acc[0] += w;
        acc[1] += w * s;
        acc[2] += w * so.unknown();
    }

    private static GroupDependence group(String mineral, Stage stage, Bloc concern, double[] acc) {
        return new GroupDependence(mineral, stage, concern.label(), acc[0], acc[0] > 0 ? acc[1] / acc[0] : 0,
                acc[0] > 0 ? acc[2] / acc[0] : 0);
    }

    @Override
    public Optional<BlocCoverage> coverage(Bloc bloc, String mineral) {
        BlocSupply supply = supply(bloc, mineral);
        if (supply.isEmpty()) {
            return Optional.empty();
        }
        double inferred = 0;
        for (Map.Entry<Node, Double> c : supply.consumers().entrySet()) {
            inferred += SupplyCoverage.of(network, c.getKey()).inferredShare() * c.getValue();
        }
        double inferredShare = supply.tonnes() > 0 ? inferred / supply.tonnes() : 0;
        return Optional.of(new BlocCoverage(mineral, inferredShare, SupplyCoverage.unexplainedShare(network, mineral),
                SupplyCoverage.missing(network, mineral)));
    }

    @Override
    public RestrictionEffect restrictionEffect(Bloc bloc, ExportRestriction restriction, LocalDate date) {
        Objects.requireNonNull(bloc, "bloc");
        Disruption sr = disruption.get().analyse(Scenario.of(Shock.from(restriction, dataset, date)));
        List<ConsumerImpact> hard = sr.hardestHit();
        double base = 0;
        double lostNo = 0;
        double lostRe = 0;
        double blocBase = 0;
        double blocLost = 0;
        for (ConsumerImpact i : sr.impacts()) {
            if (bloc.contains(i.country())) {
                blocBase += i.baseline();
                blocLost += i.shortfall();
            }
        }
        for (ConsumerImpact i : hard) {
            base += i.baseline();
            lostNo += i.shortfall();
            lostRe += i.shortfallRerouted();
        }
        List<ConsumerImpact> byTonnes = new ArrayList<>(hard);
        byTonnes.sort(Comparator.comparingDouble(ConsumerImpact::shortfall).reversed()
                .thenComparing(ConsumerImpact::country).thenComparing(ConsumerImpact::mineral));
        return new RestrictionEffect(restriction, hard.size(), base, lostNo, lostRe,
                blocBase > 0 ? blocLost / blocBase : 0,
                byTonnes.subList(0, Math.min(RestrictionEffect.HARDEST_HIT, byTonnes.size())), sr.undetermined());
    }

    @Override
    public String toString() {
        return "ProportionalBlocSupply[" + network + "]";
    }
}
