package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.msp.graph.Node;
import org.msp.model.Actor;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Project;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/**
 * One change to a supply network: an export ban, a capacity loss, a facility outage, demand growth, new
 * supply or a higher recycling share. A {@link Scenario} is a list of shocks.
 *
 * <p><b>How shocks act.</b> Applying shocks never changes the network: they are turned into four sets of
 * numbers, each combined by an operation that does not depend on order, and the propagation reads them.
 * <ul>
 *   <li>an <em>edge factor</em> per edge (start 1; shocks multiply it): {@link ExportBan};</li>
 *   <li>a <em>node factor</em> per node (start 1; shocks multiply it): {@link CapacityLoss},
 *       {@link FacilityOutage}. A node with factor {@code f} passes on {@code f} times what it holds
 *       (own supply plus inflow);</li>
 *   <li>an <em>added own supply</em> per node, or credited straight to a country when the network has no
 *       such node (start 0; shocks add to it): {@link NewSupply}, {@link RecyclingShare};</li>
 *   <li>a <em>demand factor</em> per consumer and mineral (start 1; shocks multiply it): {@link DemandGrowth}.</li>
 * </ul>
 * A node's throughput after the shock is {@code nodeFactor × (ownSupply + addedSupply + inflow')}, and each
 * out-edge then carries {@code flow × throughput'/throughput × edgeFactor}. Since products and sums commute,
 * any two scenarios with the same shocks in a different order give the same result (up to rounding).
 *
 * <p>Every shock here is a record, immutable and thread-safe, with a text form such as
 * {@code "export ban CHN/refining/gallium -> all"}.
 */
public sealed interface Shock permits Shock.ExportBan, Shock.CapacityLoss, Shock.FacilityOutage, Shock.DemandGrowth,
        Shock.NewSupply, Shock.RecyclingShare {

    /** Returns true if this shock can only remove supply (a ban, a capacity loss or an outage). */
    boolean isLoss();

    /**
     * Converts a trade measure of a dataset into an export ban, resolving its target and exempt groups to
     * their members on {@code date}.
     *
     * <p>A {@link org.msp.model.RestrictionKind#BAN} stops the targeted exports entirely (severity 1).
     * Licensing and quotas are also given severity 1: the data do not say how many licences are refused, so
     * the shock is the upper bound of the measure's effect; use {@link ExportBan#withSeverity(double)} to soften
     * it.
     *
     * @param restriction the measure
     * @param dataset     the dataset that defines its groups
     * @param date        the day whose group memberships apply; the measure must be in force on it
     * @return the ban, over all the measure's minerals
     * @throws IllegalArgumentException if the measure is not in force on {@code date}, or names a group the
     *                                  dataset lacks
     */
    static ExportBan from(ExportRestriction restriction, Dataset dataset, LocalDate date) {
        Objects.requireNonNull(restriction, "restriction");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(date, "date");
        checkArgument(restriction.isInForceOn(date), "ExportRestriction %s is not in force on %s (effective %s%s)",
                restriction.id(), date, restriction.effective(),
                restriction.until().map(u -> " until " + u).orElse(""));
        TreeSet<String> targets = new TreeSet<>(restriction.targetCountries());
        for (String g : restriction.targetGroups()) {
            targets.addAll(dataset.members(g, date));
        }
        TreeSet<String> exempt = new TreeSet<>(restriction.exemptCountries());
        for (String g : restriction.exemptGroups()) {
            exempt.addAll(dataset.members(g, date));
        }
        return new ExportBan(restriction.country(), restriction.minerals(), restriction.stage(), 1.0,
                restriction.targetsAll() ? ImmutableSortedSet.of() : targets, exempt, ImmutableSortedMap.of(),
                "restriction " + restriction.id());
    }

    /**
     * An export ban or restriction by a country on minerals at a stage, towards all destinations or some.
     *
     * <p><b>Acts on</b> every edge leaving one of the country's actor nodes at {@code stage} for one of
     * {@code minerals} (its own node and the nodes of the facilities it hosts, {@link org.msp.graph.SupplyNetwork#country})
     * and reaching an actor node in another country that is targeted (all countries when {@code targets} is
     * empty) and not exempt, whether a country node or a facility node whose host the network knows: the edge
     * factor is multiplied by {@code 1 - severity}. Reported trade and inferred unreported trade are both hit.
     * The withheld tonnes leave the market: they are neither re-allocated to the exporter's own use nor to other
     * buyers (the no-re-routing model is a bound). Deliveries inside the banning country, edges to facilities of
     * unknown host and edges from unknown sources are untouched.
     *
     * <p><b>Unknown origin.</b> Trade data often show a country re-exporting more than it produces and imports;
     * the network builder feeds that excess from an unknown-source node ({@code ?DEU/refining/gallium}), which a
     * ban on the exporter's edges cannot reach. {@code unknownOriginShare} states, per mineral, the share of such
     * unexplained supply assumed to originate in the banning country (default: none, the optimistic reading).
     * With a share {@code u}, every unknown-source node at {@code stage} of that mineral that feeds a country
     * hit by the ban gets its node factor multiplied by {@code 1 - severity × u}; its loss is attributed to the
     * banning country's node. {@link #withUnknownOriginFromProduction(Dataset, int)} sets {@code u} to the
     * country's share of the stage's reported world production, the reading that unexplained material comes
     * from where the stage's output is made.
     *
     * @param country  ISO3 code of the banning country
     * @param minerals mineral ids covered, at least one
     * @param stage    the stage whose product is banned
     * @param severity share of the targeted exports stopped, in [0, 1]; 1 is a full ban
     * @param targets  ISO3 codes of the destinations targeted; empty for all
     * @param exempt   ISO3 codes of the destinations exempted
     * @param unknownOriginShare per mineral, the share of unexplained supply at the stage assumed to come from
     *                 the banning country, in [0, 1]; minerals not listed: 0
     * @param label    where the ban comes from (e.g. {@code "restriction cn-ga-2023"}), or empty
     */
    record ExportBan(String country, SortedSet<String> minerals, Stage stage, double severity, SortedSet<String> targets,
            SortedSet<String> exempt, SortedMap<String, Double> unknownOriginShare, String label) implements Shock {
        public ExportBan {
            iso3(country, "ExportBan.country");
            minerals = ImmutableSortedSet.copyOf(Objects.requireNonNull(minerals, "ExportBan.minerals is null"));
            checkArgument(!minerals.isEmpty(), "ExportBan.minerals is empty");
            Objects.requireNonNull(stage, "ExportBan.stage is null");
            checkFraction(severity, "ExportBan.severity");
            targets = ImmutableSortedSet.copyOf(Objects.requireNonNull(targets, "ExportBan.targets is null"));
            exempt = ImmutableSortedSet.copyOf(Objects.requireNonNull(exempt, "ExportBan.exempt is null"));
            targets.forEach(t -> iso3(t, "ExportBan.targets"));
            exempt.forEach(t -> iso3(t, "ExportBan.exempt"));
            unknownOriginShare = ImmutableSortedMap.copyOf(Objects.requireNonNull(unknownOriginShare,
                    "ExportBan.unknownOriginShare is null"));
            unknownOriginShare.values().forEach(u -> checkFraction(u, "ExportBan.unknownOriginShare"));
            Objects.requireNonNull(label, "ExportBan.label is null");
        }

        /** Returns a full ban by {@code country} on exports of {@code mineral} at {@code stage} to everyone. */
        public static ExportBan of(String country, String mineral, Stage stage) {
            return new ExportBan(country, ImmutableSortedSet.of(mineral), stage, 1.0, ImmutableSortedSet.of(),
                    ImmutableSortedSet.of(), ImmutableSortedMap.of(), "");
        }

        /** Returns a copy that targets only {@code countries} (ISO3 codes). */
        public ExportBan towards(String... countries) {
            return new ExportBan(country, minerals, stage, severity, ImmutableSortedSet.copyOf(countries), exempt,
                    unknownOriginShare, label);
        }

        /** Returns a copy that exempts {@code countries} (ISO3 codes). */
        public ExportBan exempting(String... countries) {
            return new ExportBan(country, minerals, stage, severity, targets, ImmutableSortedSet.copyOf(countries),
                    unknownOriginShare, label);
        }

        /** Returns a copy with {@code severity}, the share of targeted exports stopped. */
        public ExportBan withSeverity(double severity) {
            return new ExportBan(country, minerals, stage, severity, targets, exempt, unknownOriginShare, label);
        }

        /** Returns a copy that assumes the share {@code u} of unexplained supply of every covered mineral at the stage comes from the banning country. */
        public ExportBan withUnknownOriginShare(double u) {
            ImmutableSortedMap.Builder<String, Double> m = ImmutableSortedMap.naturalOrder();
            minerals.forEach(x -> m.put(x, u));
            return new ExportBan(country, minerals, stage, severity, targets, exempt, m.build(), label);
        }

        /**
         * Returns a copy whose unknown-origin share of each covered mineral is the banning country's share of the
         * world production at the stage that {@code dataset} reports for {@code year}
         * ({@link Dataset#productions(String, Stage, int)}; a facility counts for its host country). Minerals with
         * no reported production get no share.
         *
         * @throws IllegalArgumentException if a production names a facility the dataset lacks
         */
        public ExportBan withUnknownOriginFromProduction(Dataset dataset, int year) {
            ImmutableSortedMap.Builder<String, Double> m = ImmutableSortedMap.naturalOrder();
            for (String mineral : minerals) {
                double total = 0;
                double mine = 0;
                for (org.msp.model.Production p : dataset.productions(mineral, stage, year)) {
                    double t = p.quantity().tonnes();
                    total += t;
                    String host = dataset.countryOf(p.producer());
                    if (host.equals(country)) {
                        mine += t;
                    }
                }
                if (total > 0) {
                    m.put(mineral, Math.min(1.0, mine / total));
                }
            }
            return new ExportBan(country, minerals, stage, severity, targets, exempt, m.build(), label);
        }

        /** Returns true if exports to {@code iso3} are hit. */
        public boolean hits(String iso3) {
            return !iso3.equals(country) && (targets.isEmpty() || targets.contains(iso3)) && !exempt.contains(iso3);
        }

        @Override
        public boolean isLoss() {
            return true;
        }

        @Override
        public String toString() {
            return (severity == 1.0 ? "export ban " : String.format(Locale.ROOT, "export restriction %.0f%% ",
                    severity * 100)) + nodes() + " -> "
                    + (targets.isEmpty() ? "all" : targets.toString())
                    + (exempt.isEmpty() ? "" : " except " + exempt)
                    + (unknownOriginShare.isEmpty() ? "" : ", unknown origin " + unknownOriginText())
                    + (label.isEmpty() ? "" : " (" + label + ")");
        }

        /** The banned nodes in their text form ({@link Node#toString()}), e.g. {@code "CHN/refining/gallium"}. */
        private String nodes() {
            StringBuilder b = new StringBuilder();
            for (String m : minerals) {
                b.append(b.length() == 0 ? "" : ", ").append(Node.of(country, stage, m));
            }
            return b.toString();
        }

        private String unknownOriginText() {
            StringBuilder b = new StringBuilder();
            unknownOriginShare.forEach((m, u) -> b.append(b.length() == 0 ? "" : ", ").append(m).append(' ')
                    .append(pct(u)).append('%'));
            return b.toString();
        }
    }

    /**
     * A loss of a fraction of what a country or facility passes on at a stage (a strike, a flood, a fire, a
     * power cut).
     *
     * <p><b>Acts on</b> the actor node {@code (actor, stage, mineral)}: its node factor is multiplied by
     * {@code 1 - fraction}, so its throughput and every out-edge fall by that share. No effect when the network
     * has no such node.
     *
     * @param actor    the country or facility
     * @param mineral  mineral id
     * @param stage    the stage
     * @param fraction the share lost, in [0, 1]
     */
    record CapacityLoss(Actor actor, String mineral, Stage stage, double fraction) implements Shock {
        public CapacityLoss {
            Objects.requireNonNull(actor, "CapacityLoss.actor is null");
            Objects.requireNonNull(mineral, "CapacityLoss.mineral is null");
            Objects.requireNonNull(stage, "CapacityLoss.stage is null");
            checkFraction(fraction, "CapacityLoss.fraction");
        }

        /** Returns the loss of {@code fraction} at a country's node, e.g. {@code of("COD", "cobalt", MINING, 0.3)}. */
        public static CapacityLoss of(String iso3, String mineral, Stage stage, double fraction) {
            return new CapacityLoss(Actor.country(iso3), mineral, stage, fraction);
        }

        @Override
        public boolean isLoss() {
            return true;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "capacity loss %s%% at %s/%s/%s", pct(fraction), actor, stage, mineral);
        }
    }

    /**
     * A facility that stops entirely.
     *
     * <p><b>Acts on</b> every node whose actor is the facility (all its stages and minerals): node factor 0.
     * No effect when the network has no node of the facility (a country-level network).
     *
     * @param facilityId the facility id
     */
    record FacilityOutage(String facilityId) implements Shock {
        public FacilityOutage {
            Objects.requireNonNull(facilityId, "FacilityOutage.facilityId is null");
            checkArgument(!facilityId.isBlank(), "FacilityOutage.facilityId is blank");
        }

        @Override
        public boolean isLoss() {
            return true;
        }

        @Override
        public String toString() {
            return "outage of facility:" + facilityId;
        }
    }

    /**
     * Growth of a consumer's requirement for a mineral.
     *
     * <p><b>Acts on</b> no flow (the network's flows are one year's observed trade): the consumer's requirement
     * becomes {@code baseline supply × (1 + growth)} and the shortfall is measured against it. Two growths
     * multiply. {@link DemandOutlook#shocks(org.msp.graph.SupplyNetwork)} derives one per consumer from a
     * dataset's world demand scenario (the IEA's STEPS, APS, NZE).
     *
     * @param country ISO3 code of the consumer
     * @param mineral mineral id
     * @param growth  relative growth, not negative (0.3 = +30%)
     */
    record DemandGrowth(String country, String mineral, double growth) implements Shock {
        public DemandGrowth {
            iso3(country, "DemandGrowth.country");
            Objects.requireNonNull(mineral, "DemandGrowth.mineral is null");
            checkArgument(growth >= 0 && Double.isFinite(growth), "DemandGrowth.growth is negative or not finite: %s",
                    growth);
        }

        @Override
        public boolean isLoss() {
            return false;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "demand growth +%s%% in %s/%s", pct(growth), country, mineral);
        }
    }

    /**
     * New supply coming online, such as a project with its stated capacity.
     *
     * <p><b>Acts on</b> the actor node {@code (country, stage, mineral)}: its own supply grows by {@code tonnes},
     * and it passes the extra on in proportion to its present out-flows (no re-routing) or wherever capacity
     * allows (re-routing). When the network has no such node the tonnes are credited straight to the country's
     * supply of the mineral, since no link carries them elsewhere.
     *
     * @param country ISO3 code of the host country
     * @param mineral mineral id
     * @param stage   the stage it adds output at
     * @param tonnes  tonnes a year, not negative
     * @param label   the project id or another label, or empty
     */
    record NewSupply(String country, String mineral, Stage stage, double tonnes, String label) implements Shock {
        public NewSupply {
            iso3(country, "NewSupply.country");
            Objects.requireNonNull(mineral, "NewSupply.mineral is null");
            Objects.requireNonNull(stage, "NewSupply.stage is null");
            checkArgument(tonnes >= 0 && Double.isFinite(tonnes), "NewSupply.tonnes is negative or not finite: %s",
                    tonnes);
            Objects.requireNonNull(label, "NewSupply.label is null");
        }

        /**
         * Returns the supply a single-mineral project adds once online: its stated capacity at its stage in its
         * host country.
         *
         * @throws IllegalArgumentException if the project states no capacity, or has several minerals (its
         *                                  capacity cannot be split among them without inventing a number)
         */
        public static NewSupply from(Project project) {
            checkArgument(project.minerals().size() == 1, "Project %s has several minerals %s: name the mineral",
                    project.id(), project.minerals());
            return from(project, project.minerals().first());
        }

        /**
         * Returns the supply a project adds of {@code mineral} ({@link #addedTonnes}).
         *
         * @throws IllegalArgumentException if the project does not produce the mineral, states no capacity, or
         *                                  has several minerals; the message says which
         */
        public static NewSupply from(Project project, String mineral) {
            checkArgument(project.minerals().contains(mineral), "Project %s does not produce %s (it has %s)",
                    project.id(), mineral, project.minerals());
            OptionalDouble t = addedTonnes(project, mineral);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("Project " + project.id() + ".addedCapacity: "
                        + unstatedReason(project));
            }
            return new NewSupply(project.country(), mineral, project.stage(), t.getAsDouble(), project.id());
        }

        /**
         * Returns the tonnes a year a project adds of {@code mineral} once online: its stated capacity, when the
         * project produces that mineral alone. Empty when it does not produce the mineral, states no capacity, or
         * produces several minerals: a project states one capacity, and splitting it among its minerals, or
         * crediting all of it to each, would invent a number. The one rule for every analysis of projects
         * ({@code CandidateSources}, {@code ProjectImpacts}, {@code ProjectPortfolio}, this shock).
         */
        public static OptionalDouble addedTonnes(Project project, String mineral) {
            Objects.requireNonNull(mineral, "mineral");
            if (!project.minerals().contains(mineral) || project.minerals().size() != 1
                    || project.addedCapacity().isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(project.addedCapacity().get().tonnes());
        }

        /**
         * Returns why {@link #addedTonnes} is empty for a project of its own minerals: {@code "capacity not
         * stated"} or {@code "capacity not stated per mineral"}; empty text when it is not.
         */
        public static String unstatedReason(Project project) {
            return project.addedCapacity().isEmpty() ? "capacity not stated"
                    : project.minerals().size() > 1 ? "capacity not stated per mineral" : "";
        }

        @Override
        public boolean isLoss() {
            return false;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "new supply +%,.0f t at %s/%s/%s%s", tonnes, country, stage, mineral,
                    label.isEmpty() ? "" : " (" + label + ")");
        }
    }

    /**
     * A higher recycling share: recovered material covers an extra share of a country's use of a mineral.
     *
     * <p><b>Acts on</b> the country's recycling node {@code (country, RECYCLING, mineral)}: its own supply grows
     * by {@code share × the country's baseline supply} (its retained supply, see {@link ConsumerImpact}), passed
     * on like {@link NewSupply}. Without a recycling node the tonnes are credited straight to the country.
     *
     * @param country ISO3 code
     * @param mineral mineral id
     * @param share   the extra share of the country's use covered by recycling, in [0, 1]
     */
    record RecyclingShare(String country, String mineral, double share) implements Shock {
        public RecyclingShare {
            iso3(country, "RecyclingShare.country");
            Objects.requireNonNull(mineral, "RecyclingShare.mineral is null");
            checkFraction(share, "RecyclingShare.share");
        }

        @Override
        public boolean isLoss() {
            return false;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recycling +%s%% of use in %s/%s", pct(share), country, mineral);
        }
    }

    private static void iso3(String code, String field) {
        Objects.requireNonNull(code, field + " is null");
        checkArgument(code.matches("[A-Z]{3}"), "%s is not an ISO3 code: '%s'", field, code);
    }

    private static void checkFraction(double x, String field) {
        checkArgument(x >= 0 && x <= 1, "%s is outside [0, 1]: %s", field, x);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.4g", x * 100).replaceAll("\\.?0+$", "");
    }
}
