package org.msp.graph;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Price;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/**
 * Builds a {@link SupplyNetwork} of one year from a {@link Dataset}: reported production and trade as given,
 * deliveries between stages inferred by replaceable {@link InferenceRule}s (inside a country, then across borders
 * where trade data are missing), and whatever the data leave unexplained fed by explicit unknown-source nodes.
 *
 * <h2>The network rule</h2>
 * For each mineral, the stages are handled in the order mining, recycling, refining, material, component,
 * end use.
 * <ol>
 *   <li><b>Nodes.</b> Each producer in the preferred production table
 *       ({@link Dataset#productions(String, Stage, int)}) becomes an actor node at its stage, and so does
 *       every exporter and importer of a flow ({@link Dataset#flows(String, Stage, int)}).</li>
 *   <li><b>Trade.</b> Each flow becomes an edge (exporter, stage) &rarr; (importer, stage); flows between the
 *       same two actors at a stage are summed into one edge. <em>Value witness</em>: a flow worth {@code v} US
 *       dollars carries at most {@code v / p} tonnes of a mineral priced {@code p} per tonne (the price given by
 *       {@link #price(Price)}, else {@link Dataset#price(String, int)}), so a basket code's cheap goods (niobium
 *       under HS 811292) are not counted as gallium; the tonnes beyond are recorded as
 *       {@linkplain UnexplainedTrade unexplained trade}.</li>
 *   <li><b>Own supply or transformed input.</b> A stage is <em>transformed</em> when the dataset has
 *       production or trade at a stage feeding it in that year (mining and recycling feed refining, refining
 *       feeds material, material feeds component, component feeds end use) or when the user supplied a
 *       delivery into it. At a stage that is not transformed (always mining and recycling; refining of a
 *       by-product mineral with no mine data, say) production is the node's own supply, entering from outside
 *       the network. At a transformed stage production is made from input: the node's own supply is zero and
 *       its production arrives as deliveries from the upstream stage.</li>
 *   <li><b>Inferred domestic deliveries.</b> For each country and transformed stage {@code T}, the
 *       country's upstream nodes (at the stages feeding {@code T}, its facilities included) offer their pool:
 *       throughput (production or input, plus imports) less exports and user-supplied deliveries. Its
 *       producers at {@code T} need their production less user-supplied deliveries. The domestic
 *       {@link InferenceRule} (by default {@link ProportionalInference}: pool shared in proportion) turns this
 *       into deliveries, which become edges marked {@link FlowOrigin#INFERRED} with the provenance table
 *       {@code "domestic supply (proportional)"}.</li>
 *   <li><b>Unrecorded production.</b> An exporter with no production record at a transformed stage (Chilean
 *       lithium carbonate, South African refined platinum, when no refining figures exist) makes what it
 *       exports beyond its imports from its own country's upstream pool, as far as that goes, after the
 *       country's recorded producers: edges marked {@link FlowOrigin#INFERRED} with the table
 *       {@code "unrecorded production (proportional)"}. It draws on no other country's pool: a hub that neither
 *       mines nor imports enough stays a transit hub.</li>
 *   <li><b>Inferred unreported trade.</b> What the countries' pools still hold after the domestic phase
 *       (Australian ore beyond Australia's refining) and what their producers still lack (Chinese refining
 *       beyond China's mines and reported ore imports) meet in one cross-border transfer per mineral and
 *       stage. The {@linkplain #unreportedTradeRule unreported-trade rule} (by default proportional: a pooled
 *       world market) turns it into deliveries between countries, marked {@link FlowOrigin#INFERRED} with the
 *       table {@code "unreported trade (proportional)"}. Reported trade always counts first: a country's
 *       reported exports leave its pool before either phase. {@link #noUnreportedTrade()} skips this phase.</li>
 *   <li><b>Secondary supply.</b> At refining, where the world's recorded output exceeds the primary input
 *       its pools held (refined copper beyond mined copper), the excess is scrap, not an unknown mine: that
 *       share of each refiner's remaining gap comes from its country's recycling node (own supply, inferred),
 *       over an edge with the table {@value #SECONDARY_TABLE}. A country with its own recycling figure keeps
 *       it.</li>
 *   <li><b>Unknown input.</b> What a producer's deliveries still do not cover comes from the unknown source
 *       of the upstream stage, {@code ?CHN/mining/lithium -> CHN/refining/lithium}: the refining happened in
 *       China (the production figure says so), the ore's origin is unknown (the world had no ore to spare).</li>
 *   <li><b>Mass balance.</b> A node cannot send on more than it produces (or receives from the stage
 *       before) and imports. Where reported exports exceed that (re-exports from stocks, misdeclared goods,
 *       basket and proxy codes), each exporter's exports are scaled down in proportion, to the greatest
 *       balanced solution ({@link org.msp.graph.internal.TradeBalance}); the tonnes cut are recorded as
 *       {@linkplain SupplyNetwork#unexplainedTrade() unexplained trade}, never as supply. This holds at every
 *       stage whose production the data record or infer. At a stage with neither (trade-only data: production
 *       is a gap, not zero), or with {@link #noMassBalance()}, what a node sends beyond its imports comes from
 *       the unknown source of its own stage, {@code ?CHN/refining/cobalt -> CHN/refining/cobalt}: origin
 *       unknown, via that country. Mass is never created: the network conserves flow at every node
 *       (outflow &le; throughput).</li>
 * </ol>
 * Pools that no producer needs stay with their nodes (stocks, uses outside the data). Facilities join their
 * host country's transfer.
 *
 * <p><b>Bases.</b> A mineral's network is in one {@link Basis}. When all its figures share a basis, that is
 * the network's; otherwise every figure not in contained tonnes is converted to content by a factor: the one the
 * user supplies ({@link #conversion(String, Basis, double)}), else the dataset's for the figure's mineral, stage
 * and basis ({@link Dataset#conversion}, e.g. 0.1879 t lithium per t of lithium carbonate), at its central value
 * unless {@link #conversionEnd} picks an end of its range. Without a factor (or with
 * {@link #noDatasetConversions()}) the build fails with a {@link MixedBasesException} naming the figure, rather
 * than add tonnes on different bases.
 *
 * <pre>{@code
 * SupplyNetwork n = SupplyNetworks.builder(dataset, 2024)
 *     .minerals("lithium")
 *     .inferenceRule(InferenceRule.proportional())
 *     .build();
 * }</pre>
 *
 * <p>Running time O(P + F + D log D) per mineral for P productions, F flows and D inferred deliveries, plus
 * the network's own build. The proportional rules make D at most the sum over transfers of
 * |pools| &times; |needs|: the cross-border transfer is dense between the countries with a surplus and those
 * short of input (for copper in 2024, 11 &times; 6). Mass balance adds O(k F) per stage for k sweeps of
 * {@link org.msp.graph.internal.TradeBalance} (geometric in the share re-exporters pass around loops): the
 * 25 traded minerals of the embedded 2024 data build in about 0.8 s with it against 0.1&ndash;0.7 s without, on
 * a loaded 2-core machine. A builder is not thread-safe; the network it builds is immutable.
 */
public final class NetworkBuilder {
    /** The stages in the order the builder handles them. */
    private static final List<Stage> ORDER = List.of(Stage.MINING, Stage.RECYCLING, Stage.REFINING, Stage.MATERIAL,
            Stage.COMPONENT, Stage.END_USE);
    private static final double TOLERANCE = 1e-9;
    /**
     * The default share of a mineral's reference price below which no tonne of it trades, for the value witness:
     * customs unit values of one product scatter around a reference price with grade and contract, so only a
     * flow worth less than half the price per tonne is taken to hold other goods.
     */
    public static final double DEFAULT_PRICE_FLOOR = 0.5;

    private final Dataset dataset;
    private final int year;
    private final SortedSet<String> minerals = new TreeSet<>();
    private InferenceRule rule = InferenceRule.proportional();
    private InferenceRule tradeRule = InferenceRule.proportional();
    private final List<UserDelivery> deliveries = new ArrayList<>();
    private final Map<String, Map<Basis, Double>> conversions = new TreeMap<>();
    private final Map<String, Price> prices = new TreeMap<>();
    private boolean valueWitness = true;
    private double priceFloor = DEFAULT_PRICE_FLOOR;
    private boolean massBalance = true;
    private boolean datasetConversions = true;
    private BasisConversion.End conversionEnd = BasisConversion.End.CENTRAL;

    private record UserDelivery(Node source, Node target, double tonnes, Provenance provenance) {}

    NetworkBuilder(Dataset dataset, int year) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.year = year;
    }

    /**
     * Restricts the network to these minerals (by default: every mineral with production or trade in the
     * year).
     *
     * @throws IllegalArgumentException if the dataset has no such mineral
     */
    public NetworkBuilder minerals(String... ids) {
        for (String id : ids) {
            Objects.requireNonNull(id, "mineral id");
            Preconditions.checkArgument(dataset.mineral(id).isPresent(), "dataset %s has no mineral '%s'",
                    dataset.name(), id);
            minerals.add(id);
        }
        return this;
    }

    /** Replaces the domestic inference rule (by default {@link InferenceRule#proportional()}). */
    public NetworkBuilder inferenceRule(InferenceRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /**
     * Replaces the rule that infers unreported cross-border deliveries from what countries have left after
     * domestic use to producers still short of input (by default {@link InferenceRule#proportional()}, a pooled
     * world market).
     */
    public NetworkBuilder unreportedTradeRule(InferenceRule rule) {
        this.tradeRule = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /**
     * Infers no unreported trade: input that a country's own pool does not cover comes from an unknown source
     * (the conservative reading of Cheng et al. 2024, which keeps every gap in the trade data visible).
     */
    public NetworkBuilder noUnreportedTrade() {
        return unreportedTradeRule(InferenceRule.none());
    }

    /**
     * Infers no delivery between stages, domestic or cross-border: every transformed production not covered by
     * a user-supplied delivery is then fed by an unknown source.
     */
    public NetworkBuilder noInference() {
        return inferenceRule(InferenceRule.none()).unreportedTradeRule(InferenceRule.none());
    }

    /**
     * Supplies a delivery between stages directly (intra-company shipments, a known offtake): {@code tonnes}
     * of {@code source}'s product go to {@code target}, which must be at the stage {@code source}'s stage
     * feeds, for the same mineral. User deliveries count before the inference rule runs: they reduce the
     * source's pool and the target's need. Deliveries between the same two nodes are summed.
     *
     * @throws IllegalArgumentException if the nodes are not actor nodes of one mineral at consecutive stages,
     *     or the tonnes are negative or not finite
     */
    public NetworkBuilder delivery(Node source, Node target, double tonnes, Provenance provenance) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(provenance, "provenance");
        Preconditions.checkArgument(!source.isUnknownSource() && !target.isUnknownSource(),
                "delivery %s -> %s: deliveries join actor nodes, not unknown sources", source, target);
        Preconditions.checkArgument(source.mineral().equals(target.mineral()),
                "delivery %s -> %s joins two minerals", source, target);
        Preconditions.checkArgument(source.stage() != target.stage() && source.stage().next() == target.stage(),
                "delivery %s -> %s: stage %s does not feed stage %s", source, target, source.stage(), target.stage());
        Preconditions.checkArgument(tonnes >= 0 && Double.isFinite(tonnes),
                "delivery %s -> %s: tonnes negative or not finite: %s", source, target, tonnes);
        deliveries.add(new UserDelivery(source, target, tonnes, provenance));
        return this;
    }

    /**
     * Supplies the factor that converts {@code mineral}'s figures on {@code basis} to contained tonnes, at every
     * stage, for datasets that mix bases (production in content, trade in gross weight or carbonate equivalent).
     * It replaces the dataset's own factor ({@link Dataset#conversion}) and does not move with
     * {@link #conversionEnd}.
     *
     * @param contentPerTonne tonnes of contained mineral per tonne on {@code basis}, positive and finite
     * @throws IllegalArgumentException if the factor is not positive and finite, or the basis is content
     */
    public NetworkBuilder conversion(String mineral, Basis basis, double contentPerTonne) {
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(basis, "basis");
        Preconditions.checkArgument(basis != Basis.CONTENT, "conversion of %s: content needs no conversion", mineral);
        Preconditions.checkArgument(contentPerTonne > 0 && Double.isFinite(contentPerTonne),
                "conversion of %s from %s: factor is not positive and finite: %s", mineral, basis, contentPerTonne);
        conversions.computeIfAbsent(mineral, k -> new TreeMap<>()).put(basis, contentPerTonne);
        return this;
    }

    /**
     * Supplies the price that bounds the tonnes of {@code price.mineral()}'s flows by their value (see
     * {@link UnexplainedTrade.Reason#VALUE_BELOW_PRICE}), replacing the dataset's
     * {@linkplain Dataset#price(String, int) preferred price} of the network's year for that mineral.
     */
    public NetworkBuilder price(Price price) {
        Objects.requireNonNull(price, "price");
        prices.put(price.mineral(), price);
        return this;
    }

    /**
     * Does not apply the dataset's conversion factors ({@link Dataset#conversions()}): a mineral whose figures mix
     * bases then needs a {@link #conversion} from the caller.
     */
    public NetworkBuilder noDatasetConversions() {
        this.datasetConversions = false;
        return this;
    }

    /**
     * Sets the share of the price below which no tonne of a mineral trades (by default
     * {@value #DEFAULT_PRICE_FLOOR}): the value witness bounds a flow worth {@code v} dollars to
     * {@code v / (floor * price)} tonnes.
     *
     * @throws IllegalArgumentException if {@code floor} is not in (0, 1]
     */
    public NetworkBuilder priceFloor(double floor) {
        Preconditions.checkArgument(floor > 0 && floor <= 1, "price floor not in (0, 1]: %s", floor);
        this.priceFloor = floor;
        return this;
    }

    /**
     * Counts every reported flow's tonnes however little it is worth: no flow is bounded by value / price. Mass
     * balance still caps exports at what each node has.
     */
    public NetworkBuilder noValueWitness() {
        valueWitness = false;
        return this;
    }

    /**
     * Keeps every reported export as reported, feeding what a node sends beyond its production and imports from
     * the unknown source of its own stage ({@code ?CHN/refining -> CHN/refining}), as the builder did before it
     * applied mass balance. For comparison only: re-exports, misdeclared goods and basket codes then become supply
     * of unknown origin. The value witness still applies unless {@link #noValueWitness()} is given.
     */
    public NetworkBuilder noMassBalance() {
        massBalance = false;
        return this;
    }

    /**
     * Applies each dataset conversion factor at {@code end} of its range (by default
     * {@link BasisConversion.End#CENTRAL}); exact factors and user-supplied ones do not move. Building at
     * {@code LOW} and {@code HIGH} shows how much an answer moves across the factors' ranges (see
     * {@link ConversionSensitivity}).
     */
    public NetworkBuilder conversionEnd(BasisConversion.End end) {
        this.conversionEnd = Objects.requireNonNull(end, "end");
        return this;
    }

    /**
     * Builds the network.
     *
     * @throws IllegalArgumentException if the inference rule returns an invalid delivery (from a node not in
     *     the pool, to a producer not in need, more than a pool holds or a producer needs), a facility
     *     named by the data is missing from the dataset, or a mineral's figures mix bases without a
     *     {@linkplain #conversion conversion} ({@link MixedBasesException})
     */
    public SupplyNetwork build() {
        SortedSet<String> ms = minerals.isEmpty() ? dataset.mineralsWithData(year) : new TreeSet<>(minerals);
        SupplyNetwork.Builder b = SupplyNetwork.builder(year);
        for (String m : ms) {
            new MineralBuild(m).run(b);
        }
        return b.build();
    }

    /**
     * Returns the provenance of edges inferred by {@code rule} from stage {@code from} to stage {@code to}: table
     * {@code "domestic supply (proportional)"} or {@code "unreported trade (proportional)"}.
     */
    static Provenance inferredProvenance(InferenceRule rule, boolean crossBorder, Stage from, Stage to) {
        return Provenance.of("msp-graph network builder", "inferred",
                (crossBorder ? "unreported trade (" : "domestic supply (") + rule.name() + ")",
                "derived from the dataset")
                .withNote((crossBorder ? "cross-border delivery " : "domestic delivery ") + from + " -> " + to);
    }

    /** The provenance table of inferred secondary supply (scrap) edges. */
    static final String SECONDARY_TABLE = "secondary supply (scrap)";

    /**
     * Returns the provenance of edges that feed an exporter with no production record from its own country's
     * upstream output: table {@code "unrecorded production (proportional)"}.
     */
    static Provenance unrecordedProvenance(InferenceRule rule, Stage from, Stage to) {
        return Provenance.of("msp-graph network builder", "inferred", "unrecorded production (" + rule.name() + ")",
                "derived from the dataset").withNote("exports beyond imports with no " + to
                        + " production record, made from the country's own " + from + " output");
    }

    /** The state of the build of one mineral. */
    private final class MineralBuild {
        private final String mineral;
        private final Map<Node, Double> production = new TreeMap<>();
        private final Map<Node, Double> own = new TreeMap<>();
        private final Map<Node, Double> throughput = new TreeMap<>();
        private final Map<Node, Double> sent = new HashMap<>();
        private final Map<Node, Double> userIn = new HashMap<>();
        private final Map<Node, Double> userOut = new HashMap<>();
        private final Map<List<Node>, EdgeSpec> edges = new LinkedHashMap<>();
        private final Map<Stage, List<Node>> nodesAt = new EnumMap<>(Stage.class);
        /** Reported tonnes of each trade pair (before the value witness and mass balance). */
        private final Map<List<Node>, Double> reported = new HashMap<>();
        /** Tonnes of each trade pair beyond what its value pays for, and why. */
        private final Map<List<Node>, Double> valueExcess = new HashMap<>();
        private final Map<List<Node>, String> valueNote = new HashMap<>();
        /** The part of a value note that names the price, once there is one. */
        private String priceNote;
        private final List<UnexplainedTrade> unexplained = new ArrayList<>();
        private Price price;

        /** One edge to add: tonnes, origin, provenance. */
        private final class EdgeSpec {
            double tonnes;
            FlowOrigin origin;
            Provenance provenance;

            EdgeSpec(double tonnes, FlowOrigin origin, Provenance provenance) {
                this.tonnes = tonnes;
                this.origin = origin;
                this.provenance = provenance;
            }
        }

        private Basis basis;
        private boolean mixed;

        MineralBuild(String mineral) {
            this.mineral = mineral;
        }

        /** Decides the network's basis: the common basis of all figures, or content when they mix. */
        private void chooseBasis() {
            java.util.Set<Basis> seen = java.util.EnumSet.noneOf(Basis.class);
            for (Stage s : ORDER) {
                dataset.productions(mineral, s, year).forEach(p -> seen.add(p.quantity().basis()));
                dataset.flows(mineral, s, year).forEach(f -> seen.add(f.quantity().basis()));
            }
            mixed = seen.size() > 1;
            basis = mixed || seen.isEmpty() ? Basis.CONTENT : seen.iterator().next();
        }

        /** Returns the tonnes of a figure at {@code stage} on the network's basis. */
        private double tonnes(Quantity q, Stage stage, Object record) {
            if (!mixed || q.basis() == basis) {
                return q.tonnes();
            }
            Double f = conversions.getOrDefault(mineral, Map.of()).get(q.basis());
            if (f == null && datasetConversions) {
                f = dataset.conversion(mineral, stage, q.basis()).map(c -> c.factor(conversionEnd)).orElse(null);
            }
            if (f == null) {
                throw new MixedBasesException(mineral, stage, q.basis(), year, record.toString(), datasetConversions);
            }
            return q.tonnes() * f;
        }

        private void addEdge(Node s, Node t, double tonnes, FlowOrigin origin, Provenance p) {
            EdgeSpec e = edges.get(List.of(s, t));
            if (e == null) {
                edges.put(List.of(s, t), new EdgeSpec(tonnes, origin, p));
            } else {
                e.tonnes += tonnes;
                if (origin == FlowOrigin.INFERRED) {
                    e.origin = FlowOrigin.INFERRED;
                    e.provenance = p;
                }
            }
        }

        void run(SupplyNetwork.Builder b) {
            chooseBasis();
            price = !valueWitness ? null : prices.containsKey(mineral) ? prices.get(mineral)
                    : dataset.price(mineral, year).orElse(null);
            Map<Stage, Map<Node, Double>> imports = new EnumMap<>(Stage.class);
            Map<Stage, Map<Node, Double>> exports = new EnumMap<>(Stage.class);
            EnumMap<Stage, Boolean> hasData = new EnumMap<>(Stage.class);
            EnumMap<Stage, Boolean> hasProduction = new EnumMap<>(Stage.class);
            for (Stage s : ORDER) {
                TreeSet<Node> at = new TreeSet<>();
                Map<Node, Double> in = new HashMap<>();
                Map<Node, Double> out = new HashMap<>();
                List<Production> prods = dataset.productions(mineral, s, year);
                List<Flow> flows = dataset.flows(mineral, s, year);
                hasData.put(s, !prods.isEmpty() || !flows.isEmpty());
                hasProduction.put(s, !prods.isEmpty());
                for (Production p : prods) {
                    Node n = Node.of(p.producer(), s, mineral);
                    production.merge(n, tonnes(p.quantity(), s, p), Double::sum);
                    at.add(n);
                }
                for (Flow f : flows) {
                    Node from = Node.of(f.from(), s, mineral);
                    Node to = Node.of(f.to(), s, mineral);
                    at.add(from);
                    at.add(to);
                    double reportedTonnes = tonnes(f.quantity(), s, f);
                    double t = witnessed(f, reportedTonnes, List.of(from, to));
                    reported.merge(List.of(from, to), reportedTonnes, Double::sum);
                    addEdge(from, to, t, f.origin(), f.provenance());
                    out.merge(from, t, Double::sum);
                    in.merge(to, t, Double::sum);
                }
                for (UserDelivery d : deliveries) {
                    if (!d.source().mineral().equals(mineral)) {
                        continue;
                    }
                    if (d.source().stage() == s) {
                        at.add(d.source());
                        userOut.merge(d.source(), d.tonnes(), Double::sum);
                        addEdge(d.source(), d.target(), d.tonnes(), FlowOrigin.REPORTED, d.provenance());
                    }
                    if (d.target().stage() == s) {
                        at.add(d.target());
                        userIn.merge(d.target(), d.tonnes(), Double::sum);
                    }
                }
                nodesAt.put(s, new ArrayList<>(at));
                imports.put(s, in);
                exports.put(s, out);
            }
            for (Stage s : ORDER) {
                boolean transformed = isTransformed(s, hasData);
                if (transformed) {
                    infer(s, imports.get(s), exports.get(s));
                }
                // Mass balance needs to know what nodes have: production figures at the stage, or input inferred
                // from the stage before. With neither, production is a gap, not zero: exports stay as reported and
                // what a node sends beyond its imports comes from its unknown source (origin unknown, via it).
                if (massBalance && (transformed || hasProduction.get(s))) {
                    new TradeBalancing(s, transformed).cap(imports.get(s), exports.get(s));
                }
                for (Node n : nodesAt.get(s)) {
                    double prod = production.getOrDefault(n, 0.0);
                    double o = transformed ? 0.0 : prod;
                    own.put(n, o);
                    double thr = o + throughput.getOrDefault(n, 0.0) + imports.get(s).getOrDefault(n, 0.0)
                            + (transformed ? 0.0 : userIn.getOrDefault(n, 0.0));
                    double out = exports.get(s).getOrDefault(n, 0.0) + userOut.getOrDefault(n, 0.0);
                    if (out > thr * (1 + TOLERANCE) + TOLERANCE) {
                        Node u = Node.unknownSourceOf(n);
                        addEdge(u, n, out - thr, FlowOrigin.INFERRED, Provenance.of("msp-graph network builder",
                                "inferred", "unknown source", "derived from the dataset")
                                .withNote("exports and deliveries exceed production plus imports"));
                        thr = out;
                    }
                    throughput.put(n, thr);
                    sent.put(n, out);
                }
            }
            // Emit nodes (actor nodes with their own supply, unknown sources with what they send) and edges.
            Map<Node, Double> unknownSupply = new TreeMap<>();
            for (Map.Entry<List<Node>, EdgeSpec> e : edges.entrySet()) {
                Node s = e.getKey().get(0);
                if (s.isUnknownSource()) {
                    unknownSupply.merge(s, e.getValue().tonnes, Double::sum);
                }
            }
            for (Map.Entry<Node, Double> e : own.entrySet()) {
                b.node(e.getKey(), e.getValue());
                if (!e.getKey().isCountry()) {
                    b.facilityCountry(e.getKey().actor().id(), dataset.countryOf(e.getKey().actor()));
                }
            }
            for (Map.Entry<Node, Double> e : unknownSupply.entrySet()) {
                b.node(e.getKey(), e.getValue());
            }
            for (Map.Entry<List<Node>, Double> e : valueExcess.entrySet()) {
                if (e.getValue() > 0) {
                    unexplained.add(new UnexplainedTrade(e.getKey().get(0), e.getKey().get(1),
                            UnexplainedTrade.Reason.VALUE_BELOW_PRICE, e.getValue(), reported.get(e.getKey()),
                            valueNote.get(e.getKey())));
                }
            }
            unexplained.forEach(b::unexplainedTrade);
            for (Map.Entry<List<Node>, EdgeSpec> e : edges.entrySet()) {
                EdgeSpec spec = e.getValue();
                if (spec.tonnes == 0 && reported.getOrDefault(e.getKey(), 0.0) > 0) {
                    continue; // reported trade none of which the witnesses let through
                }
                b.edge(e.getKey().get(0), e.getKey().get(1), spec.tonnes, spec.tonnes, spec.origin, spec.provenance);
            }
        }

        /**
         * Returns the tonnes of flow {@code f} (on the network's basis) that its value can pay for at the mineral's
         * price: {@code min(tonnes, value / price)}, recording the rest against {@code key}. A flow without a value,
         * a mineral without a price, or a price on a basis neither the flow's nor the network's, is not bounded.
         */
        private double witnessed(Flow f, double t, List<Node> key) {
            if (price == null || f.valueUsd().isEmpty() || !(price.usdPerTonne() > 0)) {
                return t;
            }
            double value = f.valueUsd().getAsDouble();
            double floor = priceFloor * price.usdPerTonne();
            double bound;
            if (price.basis() == f.quantity().basis()) {
                double raw = Math.min(f.quantity().tonnes(), value / floor);
                bound = raw >= f.quantity().tonnes() ? t : tonnes(new Quantity(raw, f.quantity().basis()), f.stage(), f);
            } else if (price.basis() == basis) {
                bound = value / floor;
            } else {
                return t;
            }
            if (bound >= t) {
                return t;
            }
            valueExcess.merge(key, t - bound, Double::sum);
            if (!valueNote.containsKey(key)) {
                // The price part is the same for every flow of the mineral: formatted once. The unit value with
                // grouping by hand, as %,.0f prints it: a network can bound thousands of flows, and a Formatter
                // per flow was a sixth of a cold build.
                if (priceNote == null) {
                    priceNote = String.format(java.util.Locale.ROOT, " USD/t, below %.0f%% of the price of %,.0f USD/t %s (%s, %s)",
                            100 * priceFloor, price.usdPerTonne(), price.basis(), price.description(),
                            price.provenance().source());
                }
                valueNote.put(key, "unit value " + Figures.grouped(value / f.quantity().tonnes()) + priceNote);
            }
            return bound;
        }

        /**
         * Mass balance of the reported trade at one stage: exports scaled down, in proportion, to what each node
         * has ({@link org.msp.graph.internal.TradeBalance}); the tonnes cut are recorded as unexplained trade.
         */
        private final class TradeBalancing {
            private final Stage stage;
            private final boolean transformed;

            TradeBalancing(Stage stage, boolean transformed) {
                this.stage = stage;
                this.transformed = transformed;
            }

            void cap(Map<Node, Double> imports, Map<Node, Double> exports) {
                List<Node> at = nodesAt.get(stage);
                Map<Node, Integer> idx = new HashMap<>();
                double[] has = new double[at.size()];
                for (int i = 0; i < at.size(); i++) {
                    Node n = at.get(i);
                    idx.put(n, i);
                    has[i] = Math.max(0, (transformed ? 0.0 : production.getOrDefault(n, 0.0))
                            + throughput.getOrDefault(n, 0.0) + (transformed ? 0.0 : userIn.getOrDefault(n, 0.0))
                            - userOut.getOrDefault(n, 0.0));
                }
                List<Map.Entry<List<Node>, EdgeSpec>> trade = new ArrayList<>();
                for (Map.Entry<List<Node>, EdgeSpec> e : edges.entrySet()) {
                    Node from = e.getKey().get(0);
                    if (!from.isUnknownSource() && from.stage() == stage && e.getKey().get(1).stage() == stage) {
                        trade.add(e);
                    }
                }
                int m = trade.size();
                int[] tail = new int[m];
                int[] head = new int[m];
                double[] t = new double[m];
                for (int e = 0; e < m; e++) {
                    tail[e] = idx.get(trade.get(e).getKey().get(0));
                    head[e] = idx.get(trade.get(e).getKey().get(1));
                    t[e] = trade.get(e).getValue().tonnes;
                }
                double[] kept = org.msp.graph.internal.TradeBalance.keptShares(has, tail, head, t);
                double[] in = new double[at.size()];
                double[] out = new double[at.size()];
                for (int e = 0; e < m; e++) {
                    in[head[e]] += t[e] * kept[tail[e]];
                    out[tail[e]] += t[e];
                }
                // The note names the exporter's figures, the same for every edge it sends on: worded once per exporter.
                String[] note = new String[at.size()];
                for (int e = 0; e < m; e++) {
                    double cut = t[e] * (1 - kept[tail[e]]);
                    if (!(cut > t[e] * TOLERANCE)) {
                        continue;
                    }
                    List<Node> key = trade.get(e).getKey();
                    trade.get(e).getValue().tonnes = t[e] - cut;
                    exports.merge(key.get(0), -cut, Double::sum);
                    imports.merge(key.get(1), -cut, Double::sum);
                    int v = tail[e];
                    if (note[v] == null) {
                        note[v] = key.get(0).actor() + " sends " + SupplyCoverage.tonnes(out[v]) + " t abroad but has "
                                + SupplyCoverage.tonnes(has[v] + in[v]) + " t (" + (transformed ? "input " : "production ")
                                + SupplyCoverage.tonnes(has[v]) + " t, imports " + SupplyCoverage.tonnes(in[v]) + " t)";
                    }
                    unexplained.add(new UnexplainedTrade(key.get(0), key.get(1), UnexplainedTrade.Reason.EXCEEDS_SUPPLY,
                            cut, reported.getOrDefault(key, t[e]), note[v]));
                }
            }
        }

        private boolean isTransformed(Stage t, Map<Stage, Boolean> hasData) {
            if (t == Stage.MINING || t == Stage.RECYCLING) {
                return false;
            }
            for (Stage s : ORDER) {
                if (s != t && s.next() == t && hasData.get(s)) {
                    return true;
                }
            }
            return userIn.keySet().stream().anyMatch(n -> n.stage() == t);
        }

        /**
         * Infers the input of every producer at transformed stage {@code t}: the domestic rule per country,
         * then the unreported-trade rule on what the countries have left, then unknown sources.
         */
        private void infer(Stage t, Map<Node, Double> imp, Map<Node, Double> exp) {
            Stage upstream = Stage.values()[t.ordinal() - 1];
            Map<String, TreeMap<Node, Double>> available = new TreeMap<>();
            Map<String, TreeMap<Node, Double>> needed = new TreeMap<>();
            for (Stage s : ORDER) {
                if (s == t || s.next() != t) {
                    continue;
                }
                for (Node n : nodesAt.get(s)) {
                    double pool = throughput.get(n) - sent.get(n);
                    if (pool > 0 && pool > throughput.get(n) * TOLERANCE) { // not a rounding residue
                        available.computeIfAbsent(dataset.countryOf(n.actor()), k -> new TreeMap<>()).put(n, pool);
                    }
                }
            }
            for (Node n : nodesAt.get(t)) {
                double need = production.getOrDefault(n, 0.0) - userIn.getOrDefault(n, 0.0);
                if (need > 0) {
                    needed.computeIfAbsent(dataset.countryOf(n.actor()), k -> new TreeMap<>()).put(n, need);
                }
            }
            // What each producer has received so far, and what each upstream node has left.
            Map<Node, Double> received = new HashMap<>();
            TreeMap<Node, Double> pools = new TreeMap<>();
            available.values().forEach(pools::putAll);
            TreeMap<Node, Double> leftPool = new TreeMap<>(pools);
            Provenance domestic = inferredProvenance(rule, false, upstream, t);
            for (Map.Entry<String, TreeMap<Node, Double>> c : needed.entrySet()) {
                TreeMap<Node, Double> avail = available.getOrDefault(c.getKey(), new TreeMap<>());
                apply(rule, new InferenceRule.Transfer(c.getKey(), mineral, year, t, avail, c.getValue()), domestic,
                        leftPool, received);
            }
            // Exporters with no production record at t (Chilean lithium carbonate): what they export beyond their
            // imports is made from their own country's upstream output, as far as it goes; mass balance caps the rest.
            Map<Node, Double> unrecordedNeed = new TreeMap<>();
            Map<String, TreeMap<Node, Double>> unrecorded = new TreeMap<>();
            for (Node n : nodesAt.get(t)) {
                double need = exp.getOrDefault(n, 0.0) + userOut.getOrDefault(n, 0.0) - imp.getOrDefault(n, 0.0)
                        - userIn.getOrDefault(n, 0.0);
                String c = dataset.countryOf(n.actor());
                if (!production.containsKey(n) && need > 0 && available.containsKey(c)) {
                    unrecorded.computeIfAbsent(c, k -> new TreeMap<>()).put(n, need);
                    unrecordedNeed.put(n, need);
                }
            }
            Provenance made = unrecordedProvenance(rule, upstream, t);
            for (Map.Entry<String, TreeMap<Node, Double>> c : unrecorded.entrySet()) {
                TreeMap<Node, Double> left = new TreeMap<>();
                for (Node n : available.get(c.getKey()).keySet()) {
                    double l = leftPool.get(n);
                    if (l > pools.get(n) * TOLERANCE) {
                        left.put(n, l);
                    }
                }
                if (!left.isEmpty()) {
                    apply(rule, new InferenceRule.Transfer(c.getKey(), mineral, year, t, left, c.getValue()), made,
                            leftPool, received);
                }
            }
            for (Node n : unrecordedNeed.keySet()) {
                throughput.merge(n, received.getOrDefault(n, 0.0), Double::sum);
            }
            TreeMap<Node, Double> worldPool = new TreeMap<>();
            for (Map.Entry<Node, Double> e : leftPool.entrySet()) {
                if (e.getValue() > pools.get(e.getKey()) * TOLERANCE) {
                    worldPool.put(e.getKey(), e.getValue());
                }
            }
            TreeMap<Node, Double> worldNeed = new TreeMap<>();
            for (TreeMap<Node, Double> ns : needed.values()) {
                for (Map.Entry<Node, Double> need : ns.entrySet()) {
                    double lacking = need.getValue() - received.getOrDefault(need.getKey(), 0.0);
                    if (lacking > need.getValue() * TOLERANCE) {
                        worldNeed.put(need.getKey(), lacking);
                    }
                }
            }
            if (!worldPool.isEmpty() && !worldNeed.isEmpty()) {
                apply(tradeRule, new InferenceRule.Transfer(InferenceRule.Transfer.WORLD, mineral, year, t,
                        worldPool, worldNeed), inferredProvenance(tradeRule, true, upstream, t), leftPool, received);
            }
            Provenance unknown = Provenance.of("msp-graph network builder", "inferred", "unknown source",
                    "derived from the dataset").withNote(t + " output exceeds the input the data explain");
            double secondaryShare = secondaryShare(t, needed, pools, unrecordedNeed, received);
            Provenance scrap = Provenance.of("msp-graph network builder", "inferred", SECONDARY_TABLE,
                    "derived from the dataset").withNote("world " + t + " output exceeds the primary input the data "
                            + "hold: the difference is taken as secondary supply from scrap");
            for (TreeMap<Node, Double> ns : needed.values()) {
                for (Map.Entry<Node, Double> need : ns.entrySet()) {
                    double got = received.getOrDefault(need.getKey(), 0.0);
                    double gap = need.getValue() - got;
                    Node r = Node.of(need.getKey().actor(), Stage.RECYCLING, mineral);
                    if (secondaryShare > 0 && gap > need.getValue() * TOLERANCE && !production.containsKey(r)) {
                        double x = gap * secondaryShare;
                        own.merge(r, x, Double::sum);
                        addEdge(r, need.getKey(), x, FlowOrigin.INFERRED, scrap);
                        got += x;
                        gap -= x;
                    }
                    if (gap > need.getValue() * TOLERANCE) {
                        Node u = Node.unknownSourceOf(Node.of(need.getKey().actor(), upstream, mineral));
                        addEdge(u, need.getKey(), gap, FlowOrigin.INFERRED, unknown);
                        got += gap;
                    }
                    throughput.merge(need.getKey(), got, Double::sum);
                }
            }
            // User deliveries into this stage add to their targets' input.
            for (Node n : nodesAt.get(t)) {
                double u = userIn.getOrDefault(n, 0.0);
                if (u > 0) {
                    throughput.merge(n, u, Double::sum);
                }
            }
        }

        /**
         * Returns the share of each refiner's remaining gap that is secondary supply: the world's output at
         * {@code t} beyond the primary input its upstream pools held (refined copper beyond mined copper), as a
         * share of the gaps left; 0 unless {@code t} is the stage recycling feeds.
         */
        private double secondaryShare(Stage t, Map<String, TreeMap<Node, Double>> needed, Map<Node, Double> pools,
                Map<Node, Double> unrecordedNeed, Map<Node, Double> received) {
            if (Stage.RECYCLING.next() != t) {
                return 0;
            }
            double need = 0;
            double gaps = 0;
            for (TreeMap<Node, Double> ns : needed.values()) {
                for (Map.Entry<Node, Double> e : ns.entrySet()) {
                    need += e.getValue();
                    gaps += Math.max(0, e.getValue() - received.getOrDefault(e.getKey(), 0.0));
                }
            }
            double primary = pools.values().stream().mapToDouble(Double::doubleValue).sum();
            for (Node n : unrecordedNeed.keySet()) {
                primary -= received.getOrDefault(n, 0.0);
            }
            double excess = need - primary;
            if (!(gaps > 0) || !(excess > need * TOLERANCE)) {
                return 0;
            }
            return Math.min(1.0, excess / gaps);
        }

        /**
         * Runs {@code r} on {@code transfer}, checks its deliveries and adds them as inferred edges: each source
         * loses what it gives from {@code leftPool} (and counts it as sent), each target gains what it gets in
         * {@code received}.
         */
        private void apply(InferenceRule r, InferenceRule.Transfer transfer, Provenance provenance,
                Map<Node, Double> leftPool, Map<Node, Double> received) {
            Map<Node, Double> given = new HashMap<>();
            Map<Node, Double> got = new HashMap<>();
            java.util.Set<List<Node>> pairs = new java.util.HashSet<>();
            List<InferenceRule.Delivery> ds = r.deliveries(transfer);
            for (InferenceRule.Delivery d : ds) {
                Preconditions.checkArgument(transfer.available().containsKey(d.source()),
                        "inference rule '%s' delivers from %s, which is not in the pool of %s", r.name(), d.source(),
                        transfer);
                Preconditions.checkArgument(transfer.needed().containsKey(d.target()),
                        "inference rule '%s' delivers to %s, which needs nothing in %s", r.name(), d.target(),
                        transfer);
                Preconditions.checkArgument(pairs.add(List.of(d.source(), d.target())),
                        "inference rule '%s' returns two deliveries %s -> %s", r.name(), d.source(), d.target());
                given.merge(d.source(), d.tonnes(), Double::sum);
                got.merge(d.target(), d.tonnes(), Double::sum);
            }
            for (Map.Entry<Node, Double> g : given.entrySet()) {
                double pool = transfer.available().get(g.getKey());
                Preconditions.checkArgument(g.getValue() <= pool * (1 + TOLERANCE),
                        "inference rule '%s' takes %s t from %s, whose pool is %s t", r.name(), g.getValue(),
                        g.getKey(), pool);
            }
            for (Map.Entry<Node, Double> g : got.entrySet()) {
                double need = transfer.needed().get(g.getKey());
                Preconditions.checkArgument(g.getValue() <= need * (1 + TOLERANCE),
                        "inference rule '%s' gives %s t to %s, which needs %s t", r.name(), g.getValue(), g.getKey(),
                        need);
            }
            for (InferenceRule.Delivery d : ds) {
                if (d.tonnes() > 0) {
                    addEdge(d.source(), d.target(), d.tonnes(), FlowOrigin.INFERRED, provenance);
                }
            }
            for (Map.Entry<Node, Double> g : given.entrySet()) {
                double take = Math.min(g.getValue(), transfer.available().get(g.getKey()));
                sent.merge(g.getKey(), take, Double::sum);
                leftPool.merge(g.getKey(), -take, Double::sum);
            }
            for (Map.Entry<Node, Double> g : got.entrySet()) {
                received.merge(g.getKey(), Math.min(g.getValue(), transfer.needed().get(g.getKey())), Double::sum);
            }
        }
    }

    @Override
    public String toString() {
        return "NetworkBuilder[" + dataset.name() + ", " + year + ", minerals " + (minerals.isEmpty() ? "all" : minerals)
                + (conversionEnd == BasisConversion.End.CENTRAL ? "" : ", conversions at " + conversionEnd)
                + (datasetConversions ? "" : ", no dataset conversions")
                + ", domestic " + rule.name() + ", unreported trade " + tradeRule.name() + (deliveries.isEmpty() ? "" : ", " + deliveries.size() + " user deliveries")
                + (massBalance ? "" : ", no mass balance") + (valueWitness ? "" : ", no value witness")
                + "]";
    }
}
