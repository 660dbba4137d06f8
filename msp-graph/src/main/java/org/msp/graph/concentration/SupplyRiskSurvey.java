package org.msp.graph.concentration;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.graph.dependency.NetImportRelianceAlgorithm;
import org.msp.graph.dependency.Reliance;
import org.msp.model.Basis;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.GovernanceScore;
import org.msp.model.Mineral;
import org.msp.model.Production;
import org.msp.model.RecyclingInputRate;
import org.msp.model.Stage;
import org.msp.model.TradeMeasure;

/**
 * The EU supply risk (JRC 2017) of every mineral of a dataset in one year, with all inputs taken from the
 * dataset, and what was assumed where the dataset has none.
 *
 * <p>For each mineral, at mining (extraction) and refining (processing), {@link EuSupplyRisk} computes
 * <pre>{@code
 * SR = [HHI_WGI,t(global supply) · IR/2 + HHI_WGI,t(EU sourcing) · (1 − IR/2)] · (1 − EoL_RIR) · SI_SR
 * }</pre>
 * and the higher stage (the bottleneck) counts. The inputs:
 * <ul>
 *   <li><b>Global supply</b>: the dataset's production table of the stage in the year (its preferred source),
 *       facilities counted in their country. A stage without production is not assessed; a mineral with
 *       neither stage is undetermined.</li>
 *   <li><b>Governance</b> WGI_c: each country's {@link GovernanceScore} for the latest year not after the
 *       assessment year, rescaled to 0–10 by {@link GovernanceScore#scale} ({@code 5 − 2 · estimate},
 *       clamped; higher is worse). In the embedded dataset a score is the mean of the five WGI estimates of
 *       the 2024 update (Voice and Accountability, Political Stability, Government Effectiveness, Regulatory
 *       Quality, Control of Corruption; Rule of Law is not in the extract, where the JRC averages all six).
 *       A country with no score gets the median scaled score of the countries scored for that year, and the
 *       assessment names it.</li>
 *   <li><b>Trade factor</b> t_c: {@value #RESTRICTION_TRADE_FACTOR} for a country with an export restriction of
 *       the dataset ({@link ExportRestriction}) on the mineral at the stage, in force in the year and reaching
 *       the EU (towards every destination, or naming the EU or a member, and not exempting it); 1 otherwise.
 *       The JRC also lowers t_c for countries with an EU trade agreement; the dataset has no agreements, so
 *       none is lowered.</li>
 *   <li><b>EU sourcing and import reliance</b>: the EU is the dataset's group {@value #EU_GROUP} (its members
 *       in the year, taken as one importer: trade between members nets out). EU sourcing is the members'
 *       production by country plus extra-EU imports by origin; IR = (imports − exports) / (production +
 *       imports − exports), clamped to 0..1 ({@link NetImportRelianceAlgorithm} for the group). Where the dataset has
 *       no trade table of the mineral at the stage (no trade code), the figures are on bases without a
 *       conversion, or the EU neither produces nor imports, the EU sourcing is taken to be the global supply
 *       mix, so that IR drops out and SR = HHI_WGI,t(global) · (1 − EoL_RIR) · SI_SR.</li>
 *   <li><b>EoL_RIR</b>: the dataset's {@link RecyclingInputRate} for the mineral in {@code EUU} (EU CRM 2023
 *       study in the embedded dataset); {@value #DEFAULT_EOL_RIR} (no recycling credit) where there is none.</li>
 *   <li><b>SI_SR</b>: substitution indices are not in the data; {@value #DEFAULT_SUBSTITUTION_INDEX} (no
 *       substitution credit, the JRC's value for a material without substitutes) for every mineral.</li>
 * </ul>
 * Where a default stands in, the score is an upper bound in that term. Our inputs differ from the JRC's
 * (other years, one production source, five WGI dimensions, no substitution data), so scores are comparable
 * with the EU lists in order and class, not to the decimal.
 *
 * <p>Running time O(M · (P + F + G + R)) for M minerals over the dataset's tables. This class is immutable
 * and thread-safe.
 *
 * @param year        calendar year
 * @param assessments one per mineral of the dataset, by mineral id
 * @param assumptions the assumptions common to every mineral
 */
public record SupplyRiskSurvey(int year, List<SupplyRiskAssessment> assessments, List<String> assumptions) {
    /** The trade factor of a country with an export restriction that reaches the EU. */
    public static final double RESTRICTION_TRADE_FACTOR = 1.1;
    /** The substitution index used where none is known: 1, no substitution credit. */
    public static final double DEFAULT_SUBSTITUTION_INDEX = 1.0;
    /** The end-of-life recycling input rate used where none is known: 0, no recycling credit. */
    public static final double DEFAULT_EOL_RIR = 0.0;
    /** The id of the group of EU member states. */
    public static final String EU_GROUP = "eu";
    /** The region code of EU-wide figures (recycling input rates). */
    public static final String EU_REGION = "EUU";

    private static final List<Stage> STAGES = List.of(Stage.MINING, Stage.REFINING);
    private static final int SHOWN = 12;

    public SupplyRiskSurvey {
        assessments = ImmutableList.copyOf(assessments);
        assumptions = ImmutableList.copyOf(assumptions);
    }

    /**
     * Returns the survey of every mineral of {@code dataset} in {@code year}, with the dataset's central basis
     * conversion factors ({@link org.msp.graph.SupplyNetworks#contentFactors(Dataset)}), as the networks apply them.
     */
    public static SupplyRiskSurvey of(Dataset dataset, int year) {
        return of(dataset, year, org.msp.graph.SupplyNetworks.contentFactors(dataset));
    }

    /**
     * Returns the survey of every mineral of {@code dataset} in {@code year}; trade or production on another
     * basis than content is converted by {@code conversions} (per mineral, per basis, tonnes of content per
     * tonne), as {@link NetImportRelianceAlgorithm#of(Dataset, Map)} takes them.
     */
    public static SupplyRiskSurvey of(Dataset dataset, int year, Map<String, ? extends Map<Basis, Double>> conversions) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(conversions, "conversions");
        Context ctx = new Context(dataset, year, conversions);
        List<SupplyRiskAssessment> list = new ArrayList<>();
        for (Mineral m : dataset.minerals()) {
            list.add(ctx.assess(m.id()));
        }
        return new SupplyRiskSurvey(year, list, ctx.common());
    }

    /** Returns the assessment of one mineral, as {@link #of(Dataset, int, Map)} makes it. */
    public static SupplyRiskAssessment assess(Dataset dataset, String mineral, int year,
            Map<String, ? extends Map<Basis, Double>> conversions) {
        return new Context(dataset, year, conversions).assess(mineral);
    }

    /** Returns the assessments with a score, highest SR first (then by mineral id). */
    public List<SupplyRiskAssessment> ranked() {
        return assessments.stream().filter(SupplyRiskAssessment::isDetermined)
                .sorted(Comparator.comparingDouble((SupplyRiskAssessment a) -> -a.supplyRisk().getAsDouble())
                        .thenComparing(SupplyRiskAssessment::mineral))
                .toList();
    }

    /** Returns the assessments without a score, by mineral id. */
    public List<SupplyRiskAssessment> undetermined() {
        return assessments.stream().filter(a -> !a.isDetermined()).toList();
    }

    /** Returns the assessment of {@code mineral}, if the survey has it. */
    public Optional<SupplyRiskAssessment> assessment(String mineral) {
        return assessments.stream().filter(a -> a.mineral().equals(mineral)).findFirst();
    }

    /** Returns a few lines: the count, the twelve highest scores and the common assumptions. */
    @Override
    public String toString() {
        List<SupplyRiskAssessment> r = ranked();
        long above = r.stream().filter(a -> a.result().orElseThrow().isAboveThreshold()).count();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "EU supply risk %d: %d minerals scored (%d with SR >= 1), %d undetermined", year, r.size(), above,
                assessments.size() - r.size()));
        for (int i = 0; i < Math.min(SHOWN, r.size()); i++) {
            SupplyRiskAssessment a = r.get(i);
            b.append(String.format(Locale.ROOT, "\n  %-20s SR %5.2f at %-8s EU sourcing %s", a.mineral(),
                    a.supplyRisk().getAsDouble(), a.bottleneckStage().orElseThrow(),
                    a.bottleneckFromTrade() ? "from trade" : "= global mix"));
        }
        if (r.size() > SHOWN) {
            b.append("\n  ... ").append(r.size() - SHOWN).append(" more");
        }
        for (String s : assumptions) {
            b.append("\n  assumed: ").append(s);
        }
        return b.toString();
    }

    /** The inputs of one dataset and year shared by every mineral. */
    private static final class Context {
        private final Dataset d;
        private final int year;
        private final Map<String, ? extends Map<Basis, Double>> conversions;
        private final SortedSet<String> eu;
        private final OptionalInt wgiYear;
        private final double medianScore;
        private final NetImportRelianceAlgorithm nir;

        Context(Dataset d, int year, Map<String, ? extends Map<Basis, Double>> conversions) {
            this.d = Objects.requireNonNull(d, "dataset");
            this.year = year;
            this.conversions = Objects.requireNonNull(conversions, "conversions");
            Optional<CountryGroup> g = d.group(EU_GROUP);
            this.eu = g.isPresent() ? g.get().membersIn(year) : new TreeSet<>();
            this.wgiYear = d.governanceScores().stream().mapToInt(GovernanceScore::year).filter(y -> y <= year)
                    .max();
            double[] scores = d.governanceScores().stream()
                    .filter(s -> wgiYear.isPresent() && s.year() == wgiYear.getAsInt())
                    .mapToDouble(GovernanceScore::scaled).sorted().toArray();
            this.medianScore = scores.length == 0 ? Double.NaN : scores.length % 2 == 1 ? scores[scores.length / 2]
                    : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
            this.nir = NetImportRelianceAlgorithm.of(d, conversions);
        }

        List<String> common() {
            List<String> s = new ArrayList<>();
            s.add(wgiYear.isPresent() ? String.format(Locale.ROOT, "governance WGI_c: the dataset's WGI score of "
                    + "%d (latest not after %d), rescaled to 0-10 as 5 - 2 x estimate (clamped, higher is worse); "
                    + "a country without a score gets the median, %.2f", wgiYear.getAsInt(), year, medianScore)
                    : "governance WGI_c: the dataset has no governance scores up to " + year
                    + "; no stage can be assessed");
            provenanceOfScores().ifPresent(s::add);
            s.add("SI_SR = " + DEFAULT_SUBSTITUTION_INDEX + " for every mineral: substitution indices are not in "
                    + "the data (no substitution credit)");
            s.add("t_c = " + RESTRICTION_TRADE_FACTOR + " for a country whose export restriction of the dataset "
                    + "reaches the EU at the stage in " + year + ", else 1; trade agreements are not in the data");
            s.add(eu.isEmpty() ? "the dataset has no group '" + EU_GROUP + "' of EU member states: EU sourcing is "
                    + "the global mix for every mineral"
                    : "EU = the " + eu.size() + " members of group '" + EU_GROUP + "' in " + year
                    + ", one importer (intra-EU trade nets out)");
            return s;
        }

        private Optional<String> provenanceOfScores() {
            return d.governanceScores().stream().filter(x -> wgiYear.isPresent() && x.year() == wgiYear.getAsInt())
                    .map(x -> "governance scores: " + x.provenance() + ", " + x.dimensions() + " of 6 dimensions")
                    .findFirst();
        }

        SupplyRiskAssessment assess(String mineral) {
            List<String> notes = new ArrayList<>();
            TreeSet<Stage> fromTrade = new TreeSet<>();
            List<Stage> produced = new ArrayList<>();
            for (Stage s : STAGES) {
                if (d.productions(mineral, s, year).stream().anyMatch(p -> p.quantity().tonnes() > 0)) {
                    produced.add(s);
                }
            }
            if (produced.isEmpty() || wgiYear.isEmpty()) {
                notes.add(wgiYear.isEmpty() ? "no governance scores in the dataset"
                        : "no production at mining or refining in " + year + " in the dataset");
                return new SupplyRiskAssessment(mineral, year, Optional.empty(), fromTrade, notes);
            }
            TreeSet<String> unscored = new TreeSet<>();
            double eol = DEFAULT_EOL_RIR;
            Optional<RecyclingInputRate> rate = d.recyclingInputRate(EU_REGION, mineral);
            if (rate.isPresent()) {
                eol = rate.get().rate();
            } else {
                notes.add("EoL_RIR: no EU rate for " + mineral + " in the dataset; " + DEFAULT_EOL_RIR
                        + " assumed (no recycling credit)");
            }
            List<StageRisk> risks = new ArrayList<>();
            List<String> restrictions = new ArrayList<>();
            for (Stage s : STAGES) {
                if (!produced.contains(s)) {
                    notes.add(s.id() + ": not assessed, no production in " + year);
                    continue;
                }
                MarketConcentration global = Concentrations.of(d, mineral, s, year);
                TreeMap<String, Double> sourcing = new TreeMap<>();
                double ir = 0;
                EuSourcing eu = euSourcing(mineral, s, sourcing);
                if (eu.why() == null) {
                    fromTrade.add(s);
                    ir = eu.importReliance();
                } else {
                    notes.add(s.id() + ": EU sourcing taken as the global supply mix (IR drops out): " + eu.why());
                    sourcing.clear();
                    global.shares().forEach(x -> sourcing.merge(x.country(), x.tonnes(), Double::sum));
                }
                // trade factors differ by stage (a restriction covers one stage), so each stage is assessed alone
                TreeMap<String, Double> governance = new TreeMap<>();
                TreeMap<String, Double> factors = new TreeMap<>();
                Set<String> countries = new TreeSet<>(sourcing.keySet());
                global.shares().forEach(x -> countries.add(x.country()));
                for (String c : countries) {
                    Optional<GovernanceScore> g = d.governanceScore(c, year);
                    if (g.isPresent()) {
                        governance.put(c, g.get().scaled());
                    } else {
                        governance.put(c, medianScore);
                        unscored.add(c);
                    }
                    if (restricted(c, mineral, s)) {
                        factors.put(c, RESTRICTION_TRADE_FACTOR);
                        restrictions.add(String.format(Locale.ROOT, "t_c: %s %.2f at %s (export restriction in force "
                                + "in %d)", c, RESTRICTION_TRADE_FACTOR, s.id(), year));
                    }
                }
                SupplyRiskInputs in = SupplyRiskInputs.of(mineral, year, governance, eol, DEFAULT_SUBSTITUTION_INDEX)
                        .withTradeFactors(factors).withEuSourcing(s, sourcing).withImportReliance(s, ir);
                risks.addAll(new EuSupplyRisk(d).assess(in).stages());
            }
            if (!unscored.isEmpty()) {
                notes.add(String.format(Locale.ROOT, "WGI: no score for %s; the median %.2f assumed", unscored,
                        medianScore));
            }
            notes.addAll(restrictions);
            return new SupplyRiskAssessment(mineral, year, Optional.of(new SupplyRiskScore(mineral, year, risks)),
                    fromTrade, notes);
        }

        /** The EU's import reliance at a stage, or why the EU sourcing cannot be taken from the dataset. */
        private record EuSourcing(double importReliance, String why) {
            static EuSourcing undetermined(String why) {
                return new EuSourcing(0, why);
            }
        }

        /**
         * Fills {@code sourcing} with the EU's production by member and extra-EU imports by origin and returns
         * the EU's import reliance, or why the EU sourcing cannot be taken from the dataset.
         */
        private EuSourcing euSourcing(String mineral, Stage s, SortedMap<String, Double> sourcing) {
            if (eu.isEmpty()) {
                return EuSourcing.undetermined("no group '" + EU_GROUP + "' of EU member states in the dataset");
            }
            Reliance r;
            try {
                r = nir.reliance(eu, mineral, s, year);
            } catch (IllegalArgumentException e) {
                return EuSourcing.undetermined(e.getMessage());
            }
            if (!r.tradeReported()) {
                return EuSourcing.undetermined("no trade of " + mineral + " at " + s.id() + " in " + year
                        + " in the dataset (no trade code)");
            }
            for (Production p : d.productions(mineral, s, year)) {
                String c = d.countryOf(p.producer());
                if (eu.contains(c) && p.quantity().tonnes() > 0) {
                    Map<Basis, Double> fs = conversions.get(mineral);
                    Double f = fs == null ? null : fs.get(p.quantity().basis());
                    sourcing.merge(c, p.quantity().tonnes() * (f == null ? 1 : f), Double::sum);
                }
            }
            r.imports().forEach((c, t) -> {
                if (t > 0) {
                    sourcing.merge(c, t, Double::sum);
                }
            });
            double total = sourcing.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total <= 0) {
                return EuSourcing.undetermined("the EU neither produces nor imports " + mineral + " at " + s.id()
                        + " in " + year + " in the dataset");
            }
            double net = r.totalImports() - r.exports();
            double ac = r.production() + net;
            return new EuSourcing(ac <= 0 ? 0 : Math.max(0, Math.min(1, net / ac)), null);
        }

        private boolean restricted(String country, String mineral, Stage s) {
            for (TradeMeasure m : d.measures()) {
                if (m instanceof ExportRestriction e && e.country().equals(country) && e.minerals().contains(mineral)
                        && e.stage() == s && e.isInForceIn(year) && reachesEu(e)) {
                    return true;
                }
            }
            return false;
        }

        private boolean reachesEu(ExportRestriction e) {
            if (e.exemptCountries().contains(EU_REGION) || e.exemptGroups().contains(EU_GROUP)) {
                return false;
            }
            if (e.targetsAll()) {
                return true;
            }
            if (e.targetCountries().contains(EU_REGION) || e.targetGroups().contains(EU_GROUP)
                    || e.targetCountries().stream().anyMatch(eu::contains)) {
                return true;
            }
            for (String g : e.targetGroups()) {
                Optional<CountryGroup> grp = d.group(g);
                if (grp.isPresent() && grp.get().membersIn(year).stream().anyMatch(c -> eu.contains(c)
                        || c.equals(EU_REGION))) {
                    return true;
                }
            }
            return false;
        }
    }
}
