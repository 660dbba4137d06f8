package org.msp.examples.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.MixedBasesException;
import org.msp.graph.Node;
import org.msp.graph.NodeRole;
import org.msp.graph.SupplyCoverage;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.diversification.Bloc;
import org.msp.graph.diversification.BlocChokepoint;
import org.msp.graph.diversification.BlocCoverage;
import org.msp.graph.diversification.BlocSupplyAlgorithm;
import org.msp.graph.diversification.GroupDependence;
import org.msp.graph.diversification.RestrictionEffect;
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
 * <p>Every figure comes from the library's analyses: {@link ConcentrationAlgorithm} (production tables) and
 * {@link BlocSupplyAlgorithm} (the partners' chokepoints by proportional propagation, their dependence by
 * proportional tracing, their coverage, and export restrictions applied as bans, no re-routing and re-routing).
 * Networks are built per mineral for the minerals with trade flows in the year.
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
        List<MarketConcentration> concentration, List<BlocChokepoint> chokepoints,
        List<GroupDependence> dependence, List<RestrictionEffect> restrictions, Optional<FlowDiagram> flow,
        boolean unreportedTrade, List<String> notes, SupplyRiskSection supplyRisk,
        List<ConversionAssumption> conversions, List<BlocCoverage> coverage) {

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
        // The supply-risk survey needs nothing computed here: it runs alongside.
        Background<SupplyRiskSection> supplyRisk = Background.start(() -> SupplyRiskSection.of(networkFactory, year));
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
        // Built side by side (each network is independent and the builds deterministic); notes in mineral order.
        List<Object> built = inParallel(traded, m -> {
            try {
                return networkFactory.of(year, m);
            } catch (MixedBasesException e) {
                return "no network of " + m + ": its " + year + " figures mix content with " + e.basis() + " at "
                        + e.stage() + " and no factor converts it; supply one, e.g. --conversion " + m + ":"
                        + e.basis() + "=FACTOR";
            } catch (IllegalArgumentException e) {
                return "no network of " + m + ": " + firstLine(e);
            }
        });
        Iterator<String> names = traded.iterator();
        for (Object x : built) {
            String m = names.next();
            if (x instanceof SupplyNetwork net) {
                networks.put(m, net);
            } else {
                notes.add((String) x);
            }
        }

        List<BlocChokepoint> chokepoints = new ArrayList<>();
        List<GroupDependence> dependence = new ArrayList<>();
        List<BlocCoverage> coverage = new ArrayList<>();
        Bloc members = new Bloc(partnersId, partners.map(g -> g.membersIn(year)).orElse(new TreeSet<>()));
        Bloc concernMembers = new Bloc(concernId, concern.map(g -> g.membersIn(year)).orElse(new TreeSet<>()));
        List<ConversionAssumption> assumptions = conversionAssumptions(networkFactory, year, networks.keySet(),
                members, concernMembers, concern.map(CountryGroup::id).orElse(""));
        // Per mineral, side by side; gathered in mineral order.
        List<PartnerSupply> perMineral = partners.isEmpty() ? List.of()
                : inParallel(networks.keySet(), m -> PartnerSupply.of(d, networks.get(m), m, members,
                        concern.isPresent() ? Optional.of(concernMembers) : Optional.empty()));
        for (PartnerSupply ps : perMineral) {
            if (ps.coverage().isEmpty()) {
                continue;
            }
            // Coverage: when the partners' supply rests mostly on inferred or missing data, say so and what is missing.
            BlocCoverage cv = ps.coverage().get();
            coverage.add(cv);
            if (cv.isWeak()) {
                notes.add(String.format(Locale.ROOT, "coverage of %s: %.0f%% of the partners' supply rests on "
                        + "inferred data%s", cv.mineral(), 100 * cv.inferredShare(), cv.missing().isEmpty() ? ""
                                : "; " + String.join("; ", cv.missing())));
            }
            ps.chokepoint().ifPresent(chokepoints::add);
            dependence.addAll(ps.dependence());
        }
        chokepoints.sort(Comparator.comparingDouble(BlocChokepoint::shareLost).reversed()
                .thenComparing(BlocChokepoint::mineral));

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
            RestrictionEffect effect = BlocSupplyAlgorithm.of(d, net).restrictionEffect(members, r, date);
            effect.undetermined().forEach(u -> notes.add("restriction " + r.id() + ": " + u));
            effects.add(effect);
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
                networkFactory.unreportedTrade(), notes, supplyRisk.join(), assumptions, coverage);
    }

    /** Returns the factors the networks of {@code minerals} apply, with the headlines' moves across each range. */
    private static List<ConversionAssumption> conversionAssumptions(Networks factory, int year,
            java.util.Collection<String> minerals, Bloc members, Bloc concernMembers, String concernName) {
        List<ConversionAssumption> out = new ArrayList<>();
        // Each mineral's sensitivity builds its networks again at the ends of its ranges: side by side.
        inParallel(minerals, m -> conversionAssumptions(factory, year, m, members, concernMembers, concernName))
                .forEach(out::addAll);
        return out;
    }

    /** Returns the factors the network of {@code m} applies, with the headlines' moves across each range. */
    private static List<ConversionAssumption> conversionAssumptions(Networks factory, int year, String m,
            Bloc members, Bloc concernMembers, String concernName) {
        List<ConversionAssumption> out = new ArrayList<>();
        List<BasisConversion> applied = factory.appliedConversions(year, m);
        if (applied.isEmpty()) {
            return out;
        }
        ConversionSensitivity sens = applied.stream().anyMatch(BasisConversion::isRange)
                ? factory.sensitivity(year, m) : null;
        for (BasisConversion c : applied) {
            List<String> moves = new ArrayList<>();
            if (sens != null && c.isRange()) {
                Stage st = c.stage();
                moves.add(sens.range("the largest country's share of " + st.id() + " throughput",
                        net -> topThroughputShare(net, st)).describe(StateOfSupply::percent));
                if (!members.members().isEmpty() && !concernMembers.members().isEmpty()) {
                    moves.add(sens.range("the partners' look-through dependence on " + concernName + " at "
                            + st.id(), net -> partnerDependence(factory.dataset(), net, m, members,
                                    concernMembers, st))
                            .describe(StateOfSupply::percent));
                }
            }
            out.add(new ConversionAssumption(c, moves));
        }
        return out;
    }

    /**
     * The partners' coverage, main chokepoint and dependence on the group of concern for one mineral.
     */
    private record PartnerSupply(Optional<BlocCoverage> coverage, Optional<BlocChokepoint> chokepoint,
            List<GroupDependence> dependence) {
        static PartnerSupply of(Dataset d, SupplyNetwork net, String m, Bloc members, Optional<Bloc> concern) {
            BlocSupplyAlgorithm bloc = BlocSupplyAlgorithm.of(d, net);
            Optional<BlocCoverage> cov = bloc.coverage(members, m);
            if (cov.isEmpty()) {
                return new PartnerSupply(cov, Optional.empty(), List.of());
            }
            return new PartnerSupply(cov, bloc.chokepoint(members, m),
                    concern.map(c -> bloc.dependence(members, m, c)).orElse(List.of()));
        }
    }

    /**
     * Returns {@code f} of each item, in the items' order, computed on the common fork-join pool: the analyses of
     * different minerals share nothing but immutable inputs and thread-safe memos, so on a machine of two cores the
     * report's per-mineral work takes about half the wall time. An exception of {@code f} is thrown here.
     */
    static <T, R> List<R> inParallel(Collection<T> items, Function<T, R> f) {
        return new ArrayList<>(items).parallelStream().map(f).toList();
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
     * Returns the partners' look-through dependence on the group of concern at {@code stage}
     * ({@link BlocSupplyAlgorithm#dependence}), 0 if no partner's supply passed through the stage.
     */
    static double partnerDependence(Dataset dataset, SupplyNetwork net, String mineral, Bloc members, Bloc concern,
            Stage stage) {
        return BlocSupplyAlgorithm.of(dataset, net).dependence(members, mineral, concern, stage)
                .map(GroupDependence::share).orElse(0.0);
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
            for (BlocChokepoint p : chokepoints.subList(0, Math.min(10, chokepoints.size()))) {
                b.append(String.format(Locale.ROOT, "  %-22s %-28s cuts %5.1f%% of their supply (%d of %d partners hit)%s%n",
                        p.mineral(), p.node(), 100 * p.shareLost(), p.consumersHit(), p.consumers(),
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
                    100 * r.blocShareNoReroute()));
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
