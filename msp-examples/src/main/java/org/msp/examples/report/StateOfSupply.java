package org.msp.examples.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.MixedBasesException;
import org.msp.graph.Node;
import org.msp.graph.NodeRole;
import org.msp.graph.SupplyCoverage;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.chokepoint.Chokepoint;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.chokepoint.RemovalImpact;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.StageOrigins;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.BasisConversion;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Production;
import org.msp.model.Stage;
import org.msp.model.TradeMeasure;

/**
 * The state of critical-mineral supply in one year, computed from a dataset: the most concentrated minerals and
 * stages, the main chokepoint of each traded mineral for a partner group, that group's look-through dependence
 * on a group of concern, and the effect of the dataset's export restrictions. It is what {@code msp report}
 * prints and draws ({@link HtmlReport}).
 *
 * <p>Every figure comes from the library's analyses: {@link ConcentrationAlgorithm} (production tables),
 * {@link Chokepoints#removalImpact} (proportional propagation), {@link LookThroughDependencyAlgorithm} (proportional
 * tracing) and {@link Scenarios} (export bans as {@link Shock#from} converts them, no re-routing and
 * re-routing). Networks are built per mineral for the minerals with trade flows in the year.
 *
 * <p>Running time: one network and a few linear passes per traded mineral, one scenario per restriction; a few
 * seconds on the embedded world dataset. This class is immutable and thread-safe.
 *
 * @param dataset       the dataset's name
 * @param year          the year
 * @param partners      the partner group analysed (e.g. MSP partners), if the dataset has it
 * @param concern       the group of concern (e.g. FEOC), if the dataset has it
 * @param concentration every mineral and stage with production, by decreasing HHI then mineral and stage
 * @param chokepoints   per traded mineral, the node whose loss cuts most of the partners' supply
 * @param dependence    per traded mineral and stage, the partners' look-through dependence on the group of concern
 * @param restrictions  per export restriction in force in the year, its effect as a full ban
 * @param flow          the flow diagram of one mineral, if any mineral is traded
 * @param unreportedTrade whether the networks infer unreported cross-border trade
 *                      ({@link Networks#unreportedTrade()})
 * @param notes         what could not be computed, and why
 * @param supplyRisk    the EU supply risk of every mineral ({@link SupplyRiskSection})
 * @param conversions   the basis conversion factors the networks apply, each with how much the headlines move
 *                      across its range (see {@link ConversionAssumption})
 * @param coverage      per traded mineral with partner supply, how much of it rests on inferred data and what the
 *                      data lack ({@link SupplyCoverage}), by mineral
 */
public record StateOfSupply(String dataset, int year, Optional<CountryGroup> partners, Optional<CountryGroup> concern,
        List<MarketConcentration> concentration, List<PartnerChokepoint> chokepoints,
        List<GroupDependence> dependence, List<RestrictionEffect> restrictions, Optional<FlowDiagram> flow,
        boolean unreportedTrade, List<String> notes, SupplyRiskSection supplyRisk,
        List<ConversionAssumption> conversions, List<MineralCoverage> coverage) {

    /** The default id of the partner group: the Minerals Security Partnership. */
    public static final String DEFAULT_PARTNERS = "msp-partners";
    /** The default id of the group of concern: the US IRA's foreign entities of concern. */
    public static final String DEFAULT_CONCERN = "feoc";

    public StateOfSupply {
        Objects.requireNonNull(dataset, "dataset");
        concentration = ImmutableList.copyOf(concentration);
        chokepoints = ImmutableList.copyOf(chokepoints);
        dependence = ImmutableList.copyOf(dependence);
        restrictions = ImmutableList.copyOf(restrictions);
        notes = ImmutableList.copyOf(notes);
        Objects.requireNonNull(supplyRisk, "supplyRisk");
        conversions = ImmutableList.copyOf(conversions);
        coverage = ImmutableList.copyOf(coverage);
    }

    /**
     * How much of the partners' supply of a mineral rests on inferred data ({@link SupplyCoverage}).
     *
     * @param mineral          mineral id
     * @param inferredShare    the share of the partners' supply (weighted by what each keeps) resting on inferred
     *                         edges or unknown sources, 0 to 1
     * @param unexplainedShare the share of the mineral's reported trade that mass balance or the value witness left
     *                         out, 0 to 1
     * @param missing          what the data lack, in words ({@link SupplyCoverage#missing})
     */
    public record MineralCoverage(String mineral, double inferredShare, double unexplainedShare,
            List<String> missing) {
        public MineralCoverage {
            Objects.requireNonNull(mineral, "mineral");
            missing = ImmutableList.copyOf(missing);
        }

        /** Returns true when either share exceeds {@link SupplyCoverage#WEAK_SHARE}. */
        public boolean isWeak() {
            return inferredShare > SupplyCoverage.WEAK_SHARE || unexplainedShare > SupplyCoverage.WEAK_SHARE;
        }
    }

    /**
     * A basis conversion factor that a network of the report applies, and, when the factor is a range, how much
     * two headlines of that network move across it ({@link ConversionSensitivity}): the largest country's share of
     * the converted stage's throughput (concentration of network supply) and the partners' look-through dependence
     * on the group of concern at that stage.
     *
     * @param conversion the factor
     * @param moves      one line per headline, e.g. {@code "cobalt: factor 0.634–0.7865 moves ..."}; empty when the
     *                   factor is exact or a bound
     */
    public record ConversionAssumption(BasisConversion conversion, List<String> moves) {
        public ConversionAssumption {
            Objects.requireNonNull(conversion, "conversion");
            moves = ImmutableList.copyOf(moves);
        }
    }

    /**
     * The node of a mineral's network whose loss, alone, cuts most of a partner group's supply (proportional
     * propagation, no re-routing), summed over the partners that consume the mineral. A partner's supply is what
     * its consumer node (its node at the highest stage with supply) keeps: throughput less exports and
     * deliveries; under proportional propagation it falls by the same share as the node's throughput.
     *
     * @param mineral       mineral id
     * @param node          the node, e.g. {@code CHN/refining/gallium}
     * @param tonnesLost    tonnes the partners lose together
     * @param partnerSupply the partners' supply together, tonnes
     * @param partners      how many partners consume the mineral
     * @param partnersHit   how many of them lose supply with the node
     * @param role          what the node does ({@link NodeRole}): a transit hub that only passes on its imports
     *                      is named as such, never as a producer
     */
    public record PartnerChokepoint(String mineral, Node node, double tonnesLost, double partnerSupply, int partners,
            int partnersHit, NodeRole role) {
        /** Returns the tonnes lost over the partners' supply, 0 to 1. */
        public double shareLost() {
            return partnerSupply > 0 ? Math.min(1, tonnesLost / partnerSupply) : 0;
        }
    }

    /**
     * A partner group's look-through dependence on a group of concern for one mineral at one stage: the supply
     * of its members, weighted by what each keeps (see {@link PartnerChokepoint}), that entered the stage in the group of concern.
     *
     * @param mineral       mineral id
     * @param stage         the stage at which origins are counted
     * @param partnerSupply the partners' supply, tonnes
     * @param share         the share that entered the stage in the group of concern, 0 to 1
     * @param unknown       the share of unknown origin, 0 to 1
     */
    public record GroupDependence(String mineral, Stage stage, double partnerSupply, double share, double unknown) {
    }

    /**
     * What an export restriction in force does when applied as a full ban on its targets.
     *
     * @param restriction    the measure
     * @param consumersHit   consumers that lose supply (no re-routing)
     * @param baseline       those consumers' supply before, tonnes
     * @param lostNoReroute  their supply lost without re-routing, tonnes
     * @param lostReroute    their supply lost with re-routing, tonnes
     * @param partnerShareNoReroute the partners' loss over their supply of the minerals, without re-routing
     * @param hardestHit     at most five impacts, the most tonnes lost first (not the largest share: a consumer
 *                       of 0.6 t that loses all of it does not lead the list)
     */
    public record RestrictionEffect(ExportRestriction restriction, int consumersHit, double baseline,
            double lostNoReroute, double lostReroute, double partnerShareNoReroute, List<ConsumerImpact> hardestHit) {
        public RestrictionEffect {
            hardestHit = ImmutableList.copyOf(hardestHit);
        }
    }

    /**
     * Computes the state of supply in {@code year}.
     *
     * @param networkFactory the dataset, with the basis conversions its networks need
     * @param year        the year
     * @param flowMineral the mineral of the flow diagram, or null for the default: the traded mineral whose
     *                    network passes the largest share of its supply between stages, then the most concentrated
     * @param partnersId  the id of the partner group (e.g. {@value #DEFAULT_PARTNERS})
     * @param concernId   the id of the group of concern (e.g. {@value #DEFAULT_CONCERN})
     * @throws IllegalArgumentException if {@code flowMineral} is given but not traded in the year
     */
    public static StateOfSupply of(Networks networkFactory, int year, String flowMineral, String partnersId,
            String concernId) {
        Dataset d = networkFactory.dataset();
        List<String> notes = new ArrayList<>();
        Optional<CountryGroup> partners = d.groups().stream().filter(g -> g.id().equals(partnersId)).findFirst();
        Optional<CountryGroup> concern = d.groups().stream().filter(g -> g.id().equals(concernId)).findFirst();
        if (partners.isEmpty()) {
            notes.add("no group '" + partnersId + "' in the dataset: partner chokepoints and dependence left out");
        }
        if (concern.isEmpty()) {
            notes.add("no group '" + concernId + "' in the dataset: dependence on the group of concern left out");
        }

        // concentration of every table with production
        TreeSet<String> tables = new TreeSet<>();
        for (Production p : d.productions()) {
            if (p.year() == year) {
                tables.add(p.mineral() + "\u0000" + p.stage().name());
            }
        }
        List<MarketConcentration> conc = new ArrayList<>();
        ConcentrationAlgorithm c = ConcentrationAlgorithm.ofProduction(d);
        for (String t : tables) {
            String[] k = t.split("\u0000");
            try {
                conc.add(c.concentration(k[0], Stage.valueOf(k[1]), year));
            } catch (IllegalArgumentException e) {
                notes.add("concentration of " + k[0] + "/" + Stage.valueOf(k[1]) + ": " + firstLine(e));
            }
        }
        conc.sort(Comparator.comparingDouble(MarketConcentration::hhi).reversed()
                .thenComparing(MarketConcentration::mineral).thenComparing(MarketConcentration::stage));

        // networks of the traded minerals
        SortedSet<String> traded = d.mineralsWithTrade(year);
        Map<String, SupplyNetwork> networks = new TreeMap<>();
        for (String m : traded) {
            try {
                networks.put(m, networkFactory.of(year, m));
            } catch (MixedBasesException e) {
                notes.add("no network of " + m + ": its " + year + " figures mix content with " + e.basis() + " at "
                        + e.stage() + " and no factor converts it; supply one, e.g. --conversion " + m + ":"
                        + e.basis() + "=FACTOR");
            } catch (IllegalArgumentException e) {
                notes.add("no network of " + m + ": " + firstLine(e));
            }
        }

        List<PartnerChokepoint> chokepoints = new ArrayList<>();
        List<GroupDependence> dependence = new ArrayList<>();
        List<MineralCoverage> coverage = new ArrayList<>();
        SortedSet<String> members = partners.map(g -> g.membersIn(year)).orElse(new TreeSet<>());
        SortedSet<String> concernMembers = concern.map(g -> g.membersIn(year)).orElse(new TreeSet<>());
        List<ConversionAssumption> assumptions = conversionAssumptions(networkFactory, year, networks.keySet(),
                members, concernMembers, concern.map(CountryGroup::id).orElse(""));
        for (Map.Entry<String, SupplyNetwork> e : networks.entrySet()) {
            if (partners.isEmpty()) {
                break;
            }
            String m = e.getKey();
            SupplyNetwork net = e.getValue();
            List<Node> consumers = new ArrayList<>();
            for (String p : members) {
                net.consumerNode(p, m).filter(n -> net.retained(n) > 0).ifPresent(consumers::add);
            }
            if (consumers.isEmpty()) {
                continue;
            }
            Map<Node, Double> lost = new HashMap<>();
            Map<Node, Integer> hit = new HashMap<>();
            double supply = 0;
            for (Node cn : consumers) {
                RemovalImpact ri = Chokepoints.removalImpact(net, cn);
                double kept = net.retained(cn);
                supply += kept;
                for (Chokepoint cp : ri.impacts()) {
                    if (!cp.node().isUnknownSource() && cp.shareLost() > 0) {
                        lost.merge(cp.node(), cp.shareLost() * kept, Double::sum);
                        hit.merge(cp.node(), 1, Integer::sum);
                    }
                }
            }
            // Coverage: when the partners' supply rests mostly on inferred or missing data, say so and what is missing.
            double inferred = 0;
            for (Node cn : consumers) {
                inferred += SupplyCoverage.of(net, cn).inferredShare() * net.retained(cn);
            }
            double inferredShare = supply > 0 ? inferred / supply : 0;
            double unexplainedShare = SupplyCoverage.unexplainedShare(net, m);
            coverage.add(new MineralCoverage(m, inferredShare, unexplainedShare, SupplyCoverage.missing(net, m)));
            if (inferredShare > SupplyCoverage.WEAK_SHARE || unexplainedShare > SupplyCoverage.WEAK_SHARE) {
                List<String> missing = SupplyCoverage.missing(net, m);
                notes.add(String.format(Locale.ROOT, "coverage of %s: %.0f%% of the partners' supply rests on "
                        + "inferred data%s", m, 100 * inferredShare, missing.isEmpty() ? ""
                                : "; " + String.join("; ", missing)));
            }
            Optional<Map.Entry<Node, Double>> top = lost.entrySet().stream()
                    .max(Map.Entry.<Node, Double>comparingByValue().thenComparing(Map.Entry::getKey,
                            Comparator.reverseOrder()));
            if (top.isPresent()) {
                chokepoints.add(new PartnerChokepoint(m, top.get().getKey(), top.get().getValue(), supply,
                        consumers.size(), hit.get(top.get().getKey()), net.role(top.get().getKey())));
            }
            if (concern.isPresent()) {
                LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(net);
                Map<Stage, double[]> byStage = new TreeMap<>();
                for (Node cn : consumers) {
                    Dependence dep = tracing.dependence(cn);
                    double w = net.retained(cn);
                    for (StageOrigins so : dep.stages()) {
                        double[] acc = byStage.computeIfAbsent(so.stage(), k -> new double[3]);
                        double s = 0;
                        for (String cm : concernMembers) {
                            s += so.share(cm);
                        }
                        acc[0] += w;
                        acc[1] += w * s;
                        acc[2] += w * so.unknown();
                    }
                }
                byStage.forEach((s, acc) -> dependence.add(new GroupDependence(m, s, acc[0],
                        acc[0] > 0 ? acc[1] / acc[0] : 0, acc[0] > 0 ? acc[2] / acc[0] : 0)));
            }
        }
        chokepoints.sort(Comparator.comparingDouble(PartnerChokepoint::shareLost).reversed()
                .thenComparing(PartnerChokepoint::mineral));

        // export restrictions in force
        List<RestrictionEffect> effects = new ArrayList<>();
        for (TradeMeasure tm : d.measuresInForce(year)) {
            if (!(tm instanceof ExportRestriction r)) {
                continue;
            }
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            LocalDate date = r.effective().isAfter(jan1) ? r.effective() : jan1;
            TreeSet<String> ms = new TreeSet<>();
            for (String m : r.minerals()) {
                if (networks.containsKey(m)) {
                    ms.add(m);
                }
            }
            if (ms.isEmpty()) {
                notes.add("restriction " + r.id() + ": no network of " + r.minerals() + " in " + year
                        + ", effect not computed");
                continue;
            }
            if (ms.size() < r.minerals().size()) {
                TreeSet<String> missing = new TreeSet<>(r.minerals());
                missing.removeAll(ms);
                notes.add("restriction " + r.id() + ": effect computed on " + ms + " only, no network of " + missing);
            }
            SupplyNetwork net = networkFactory.of(year, ms.toArray(String[]::new));
            Disruption sr = Scenarios.run(d, net, Scenario.of(Shock.from(r, d, date)));
            sr.undetermined().forEach(u -> notes.add("restriction " + r.id() + ": " + u));
            List<ConsumerImpact> hard = sr.hardestHit();
            double base = 0;
            double lostNo = 0;
            double lostRe = 0;
            double pBase = 0;
            double pLost = 0;
            for (ConsumerImpact i : sr.impacts()) {
                if (members.contains(i.country())) {
                    pBase += i.baseline();
                    pLost += i.shortfall();
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
            effects.add(new RestrictionEffect(r, hard.size(), base, lostNo, lostRe, pBase > 0 ? pLost / pBase : 0,
                    byTonnes.subList(0, Math.min(5, byTonnes.size()))));
        }

        // the flow diagram
        Optional<FlowDiagram> flow = Optional.empty();
        String fm = flowMineral;
        if (fm != null && !networks.containsKey(fm)) {
            throw new IllegalArgumentException("no network of " + fm + " in " + year
                    + " to draw its flow diagram (networks: " + String.join(", ", networks.keySet()) + ")");
        }
        if (fm == null && !networks.isEmpty()) {
            Map<String, Double> hhi = new HashMap<>();
            for (MarketConcentration r : conc) {
                hhi.merge(r.mineral(), r.hhi(), Math::max);
            }
            fm = networks.keySet().stream().max(Comparator
                    .<String>comparingDouble(m -> crossStageShare(networks.get(m)))
                    .thenComparingDouble(m -> hhi.getOrDefault(m, 0.0))
                    .thenComparing(Comparator.<String>reverseOrder())).orElseThrow();
        }
        if (fm != null) {
            flow = Optional.of(FlowDiagram.of(networks.get(fm), fm, 8));
        } else {
            notes.add("no trade flows in " + year + ": no network analysis, no flow diagram");
        }
        return new StateOfSupply(d.name(), year, partners, concern, conc, chokepoints, dependence, effects, flow,
                networkFactory.unreportedTrade(), notes, SupplyRiskSection.of(networkFactory, year), assumptions, coverage);
    }

    /** Returns the factors the networks of {@code minerals} apply, with the headlines' moves across each range. */
    private static List<ConversionAssumption> conversionAssumptions(Networks factory, int year,
            java.util.Collection<String> minerals, SortedSet<String> members, SortedSet<String> concernMembers,
            String concernName) {
        List<ConversionAssumption> out = new ArrayList<>();
        for (String m : minerals) {
            List<BasisConversion> applied = factory.appliedConversions(year, m);
            if (applied.isEmpty()) {
                continue;
            }
            ConversionSensitivity sens = applied.stream().anyMatch(BasisConversion::isRange)
                    ? factory.sensitivity(year, m) : null;
            for (BasisConversion c : applied) {
                List<String> moves = new ArrayList<>();
                if (sens != null && c.isRange()) {
                    Stage st = c.stage();
                    moves.add(sens.range("the largest country's share of " + st.id() + " throughput",
                            net -> topThroughputShare(net, st)).describe(StateOfSupply::percent));
                    if (!members.isEmpty() && !concernMembers.isEmpty()) {
                        moves.add(sens.range("the partners' look-through dependence on " + concernName + " at "
                                + st.id(), net -> partnerDependence(net, m, members, concernMembers, st))
                                .describe(StateOfSupply::percent));
                    }
                }
                out.add(new ConversionAssumption(c, moves));
            }
        }
        return out;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** Returns the largest country's share of the throughput of the actor nodes at {@code stage}, 0 if none. */
    static double topThroughputShare(SupplyNetwork net, Stage stage) {
        Map<String, Double> byCountry = new HashMap<>();
        double total = 0;
        for (Node n : net.nodes()) {
            if (!n.isUnknownSource() && n.stage() == stage) {
                double t = net.throughput(n);
                byCountry.merge(net.country(n).orElse(n.actor().id()), t, Double::sum);
                total += t;
            }
        }
        double top = byCountry.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return total > 0 ? top / total : 0;
    }

    /**
     * Returns the partners' look-through dependence on the group of concern at {@code stage}: the share of their
     * supply (what each consumer node keeps) that entered the stage in the group, 0 if no partner consumes.
     */
    static double partnerDependence(SupplyNetwork net, String mineral, SortedSet<String> members,
            SortedSet<String> concernMembers, Stage stage) {
        LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(net);
        double supply = 0;
        double fromConcern = 0;
        for (String p : members) {
            Optional<Node> cn = net.consumerNode(p, mineral).filter(n -> net.retained(n) > 0);
            if (cn.isEmpty()) {
                continue;
            }
            double w = net.retained(cn.get());
            for (StageOrigins so : tracing.dependence(cn.get()).stages()) {
                if (so.stage() == stage) {
                    supply += w;
                    for (String c : concernMembers) {
                        fromConcern += w * so.share(c);
                    }
                }
            }
        }
        return supply > 0 ? fromConcern / supply : 0;
    }

    /** Returns the tonnes that actor nodes pass to another stage over the network's own supply. */
    static double crossStageShare(SupplyNetwork net) {
        double own = 0;
        double cross = 0;
        for (Node n : net.nodes()) {
            own += net.ownSupply(n);
        }
        for (org.msp.graph.SupplyEdge e : net.edges()) {
            if (!e.source().isUnknownSource() && e.source().stage() != e.target().stage()) {
                cross += e.tonnes();
            }
        }
        return own > 0 ? cross / own : 0;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * Returns the rest of the world's share as text: {@code " 12.4%"}, or {@code "n/a"} (padded) where the source
     * reports no world total and shares are of the listed countries.
     */
    static String restOfWorld(MarketConcentration r) {
        return r.isShareOfWorld() ? String.format(Locale.ROOT, "%5.1f%%", 100 * r.restOfWorldShare()) : "  n/a ";
    }

    /**
     * Returns the terminal summary: the ten most concentrated tables, the partners' main chokepoints and
     * dependence on the group of concern, the effect of each export restriction and the EU supply risk of the
     * minerals with the highest scores.
     */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "State of critical-mineral supply, %d (dataset %s)%n", year, dataset));
        b.append(String.format(Locale.ROOT, "%nMost concentrated minerals and stages (of %d with production; shares of "
                + "world output)%n", concentration.size()));
        for (MarketConcentration r : concentration.subList(0, Math.min(10, concentration.size()))) {
            b.append(String.format(Locale.ROOT, "  %-22s %-9s top %s %5.1f%%  top-3 %5.1f%%  rest of world %s  HHI %.3f%n",
                    r.mineral(), r.stage().id(), r.top().country(), 100 * r.top().share(), 100 * r.topShare(3),
                    restOfWorld(r), r.hhi()));
        }
        b.append("  (the rest of the world is not ranked; the HHI counts it as fragmented, a lower bound)\n");
        String pName = partners.map(CountryGroup::name).orElse("partners");
        if (partners.isPresent()) {
            b.append(String.format(Locale.ROOT, "%nMain chokepoints for the %s (loss of one node, no re-routing)%n",
                    pName));
            for (PartnerChokepoint p : chokepoints.subList(0, Math.min(10, chokepoints.size()))) {
                b.append(String.format(Locale.ROOT, "  %-22s %-28s cuts %5.1f%% of their supply (%d of %d partners hit)%s%n",
                        p.mineral(), p.node(), 100 * p.shareLost(), p.partnersHit(), p.partners(),
                        p.role() == NodeRole.PRODUCER ? "" : ", " + p.role()));
            }
        }
        if (partners.isPresent() && concern.isPresent()) {
            b.append(String.format(Locale.ROOT, "%nLook-through dependence of the %s on %s%n", pName,
                    concern.get().name()));
            List<GroupDependence> top = dependence.stream()
                    .sorted(Comparator.comparingDouble(GroupDependence::share).reversed()
                            .thenComparing(GroupDependence::mineral).thenComparing(GroupDependence::stage))
                    .limit(10).toList();
            for (GroupDependence g : top) {
                b.append(String.format(Locale.ROOT, "  %-22s %-9s %5.1f%% (unknown origin %5.1f%%)%n", g.mineral(),
                        g.stage().id(), 100 * g.share(), 100 * g.unknown()));
            }
        }
        b.append(String.format(Locale.ROOT, "%nExport restrictions in force in %d, applied as full bans%n", year));
        if (restrictions.isEmpty()) {
            b.append("  none with trade data\n");
        }
        for (RestrictionEffect r : restrictions) {
            b.append(String.format(Locale.ROOT,
                    "  %s (%s by %s on %s/%s): %d consumers lose %s t of %s t without re-routing, %s t with; "
                            + "partners lose %.1f%%%n",
                    r.restriction().id(), r.restriction().kind().name().toLowerCase(Locale.ROOT),
                    r.restriction().country(), String.join(",", r.restriction().minerals()), r.restriction().stage(),
                    r.consumersHit(), tonnes(r.lostNoReroute()), tonnes(r.baseline()), tonnes(r.lostReroute()),
                    100 * r.partnerShareNoReroute()));
        }
        b.append(supplyRisk.summary());
        flow.ifPresent(f -> b.append(String.format(Locale.ROOT, "%n%s (drawn in the HTML report)%n", f)));
        for (String n : notes) {
            b.append("note: ").append(n).append('\n');
        }
        return b.toString();
    }

    /**
     * Returns tonnes to three significant figures, the precision of the sources (the USGS rounds large producers to
     * thousands of tonnes): {@code 2,296,664 -> "2,300,000"}, {@code 841.4 -> "841"}, {@code 0.61 -> "0.61"}.
     */
    static String tonnes(double t) {
        if (Math.abs(t) < 0.0005) {
            return "0";
        }
        java.math.BigDecimal b = new java.math.BigDecimal(t).round(new java.math.MathContext(3));
        if (Math.abs(t) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", b.doubleValue());
        }
        return b.stripTrailingZeros().toPlainString();
    }

    /** Returns a one-line count of what the state holds. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StateOfSupply[%s %d: %d concentration tables, %d chokepoints, "
                + "%d dependence rows, %d restrictions, %s]", dataset, year, concentration.size(), chokepoints.size(),
                dependence.size(), restrictions.size(), flow.map(FlowDiagram::toString).orElse("no flow diagram"));
    }
}
