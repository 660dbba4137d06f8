package org.msp.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.DemandOutlook;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * What a demand scenario does to a partner group's supply when the largest refiner of a mineral bans its exports:
 * for each mineral with a world demand projection in the dataset ({@link DemandOutlook}, e.g. the IEA's Stated
 * Policies Scenario in 2030), the partners' shortfall under the ban with today's demand and with the projected
 * demand (every consumer's requirement grown by the world growth, supply held at the network's year).
 *
 * <p>The banning country is the first of the mineral's refining table in the network year ({@link ConcentrationAlgorithm},
 * shares of the listed producers); the ban is {@link Shock.ExportBan#of} on its refined exports to everyone.
 * Shortfalls are those of proportional propagation, no re-routing ({@link ConsumerImpact#shortfall()}), summed
 * over the partners that consume the mineral, as a share of their requirement. Running time: two scenario runs
 * per mineral. This class is immutable and thread-safe.
 *
 * @param scenario    the scenario id (e.g. {@code steps})
 * @param year        the projected year
 * @param networkYear the year of the networks (supply and trade)
 * @param partners    the partner group's name, or empty when the dataset lacks it (shares of every consumer)
 * @param rows        one row per mineral with a projection and a network, by mineral
 * @param notes       what could not be computed, and why
 */
public record DemandOutlookEffects(String scenario, int year, int networkYear, Optional<String> partners,
        List<DemandOutlookEffects.Row> rows, List<String> notes) {
    public DemandOutlookEffects {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(partners, "partners");
        rows = ImmutableList.copyOf(rows);
        notes = ImmutableList.copyOf(notes);
    }

    /**
     * One mineral.
     *
     * @param outlook            the world demand projection
     * @param banning            ISO3 code of the largest refiner in the network year
     * @param requirementToday   the partners' supply in the network year, tonnes
     * @param shortfallToday     the partners' shortfall under the ban with today's demand, share of their supply
     * @param requirementOutlook the partners' requirement under the projected demand, tonnes
     * @param shortfallOutlook   the partners' shortfall under the ban with the projected demand, share of it
     */
    public record Row(DemandOutlook outlook, String banning, double requirementToday, double shortfallToday,
            double requirementOutlook, double shortfallOutlook) {
        /**
         * Returns the shortfall share the growth alone causes, supply unchanged: {@code g / (1 + g)} of the grown
         * requirement.
         */
        public double growthAlone() {
            return Math.max(0, outlook.growth()) / (1 + Math.max(0, outlook.growth()));
        }

        /** Returns one line, e.g. {@code "lithium +122.2% (STEPS 2030), ban by CHN: partners short 3.1% -> 56.4%"}. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %+.1f%% (%s %d), ban by %s: partners short %.1f%% -> %.1f%%",
                    outlook.mineral(), 100 * outlook.growth(), outlook.scenario().toUpperCase(Locale.ROOT),
                    outlook.year(), banning, 100 * shortfallToday, 100 * shortfallOutlook);
        }
    }

    /**
     * Returns the scenario's effects, or empty if the dataset has no world total-demand projection under
     * {@code scenario} in {@code year}.
     *
     * @param networkFactory the dataset and the conversions its networks need
     * @param networkYear    the year of supply and trade
     * @param scenario       the scenario id, case-insensitive
     * @param year           the projected year
     * @param partnersId     the partner group's id
     */
    public static Optional<DemandOutlookEffects> of(Networks networkFactory, int networkYear, String scenario, int year,
            String partnersId) {
        Dataset d = networkFactory.dataset();
        List<DemandOutlook> outlooks = DemandOutlook.all(d, scenario, year);
        if (outlooks.isEmpty()) {
            return Optional.empty();
        }
        Optional<CountryGroup> group = d.group(partnersId);
        SortedSet<String> members = group.map(g -> g.membersIn(networkYear)).orElse(new TreeSet<>());
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ConcentrationAlgorithm c = ConcentrationAlgorithm.ofProduction(d);
        for (DemandOutlook o : outlooks) {
            String m = o.mineral();
            if (d.productions(m, Stage.REFINING, networkYear).isEmpty()) {
                notes.add("demand outlook of " + m + ": no refining table in " + networkYear);
                continue;
            }
            if (o.baseYear() != networkYear) {
                notes.add("demand outlook of " + m + ": growth measured from " + o.baseYear() + ", applied to "
                        + networkYear + " supply");
            }
            MarketConcentration r = c.concentration(m, Stage.REFINING, networkYear);
            String top = r.top().country();
            SupplyNetwork net;
            try {
                net = networkFactory.of(networkYear, m);
            } catch (IllegalArgumentException e) {
                String why = e.getMessage().lines().findFirst().orElse("");
                notes.add("demand outlook of " + m + ": no network (" + (why.contains(":") ? why.substring(0,
                        why.indexOf(':')) : why) + "; supply a conversion)");
                continue;
            }
            if (o.growth() < 0) {
                notes.add("demand outlook of " + m + ": demand falls (" + o + "), not modelled");
                continue;
            }
            Scenario ban = Scenario.of(Shock.ExportBan.of(top, m, Stage.REFINING));
            Disruption now = Scenarios.run(d, net, ban);
            if (!now.undetermined().isEmpty()) {
                notes.add("demand outlook of " + m + ": " + o + "; the ban by " + top + " is undetermined: "
                        + now.undetermined().get(0).reason());
                continue;
            }
            double[] today = partners(now, members, m);
            double[] grown = partners(Scenarios.run(d, net, ban.and(o.scenario(net))), members, m);
            if (today[0] <= 0) {
                notes.add("demand outlook of " + m + ": no partner consumes it in the " + networkYear + " network");
                continue;
            }
            rows.add(new Row(o, top, today[0], today[1] / today[0], grown[0], grown[1] / grown[0]));
        }
        return Optional.of(new DemandOutlookEffects(outlooks.get(0).scenario(), year, networkYear,
                group.map(CountryGroup::name), rows, notes));
    }

    /** Returns {requirement, shortfall} summed over the members (every consumer when there are none). */
    private static double[] partners(Disruption r, SortedSet<String> members, String mineral) {
        double[] s = new double[2];
        for (ConsumerImpact i : r.impacts()) {
            if (i.mineral().equals(mineral) && (members.isEmpty() || members.contains(i.country()))) {
                s[0] += i.requirement();
                s[1] += i.shortfall();
            }
        }
        return s;
    }

    /** Returns the terminal section: a heading, one line per mineral, then the notes. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        String who = partners.orElse("all consumers");
        b.append(String.format(Locale.ROOT, "Demand outlook %s %d: world demand, and the shortfall of the %s when the "
                + "largest refiner bans exports, with %d demand -> with %s %d demand (supply and trade of %d, every "
                + "consumer grows with the world, no re-routing)%n", scenario.toUpperCase(Locale.ROOT), year, who,
                networkYear, scenario.toUpperCase(Locale.ROOT), year, networkYear));
        for (Row r : rows) {
            DemandOutlook o = r.outlook();
            b.append(String.format(Locale.ROOT, "  %-20s %12s t -> %12s t %+7.1f%%   ban by %s: short %5.1f%% -> %5.1f%% "
                    + "(growth alone %.1f%%; of %s t -> %s t)%n", o.mineral(), StateOfSupply.tonnes(o.baseTonnes()),
                    StateOfSupply.tonnes(o.tonnes()), 100 * o.growth(), r.banning(), 100 * r.shortfallToday(),
                    100 * r.shortfallOutlook(), 100 * r.growthAlone(), StateOfSupply.tonnes(r.requirementToday()),
                    StateOfSupply.tonnes(r.requirementOutlook())));
        }
        if (!rows.isEmpty()) {
            DemandOutlook o = rows.get(0).outlook();
            b.append("  source: ").append(o.provenance().source()).append(' ').append(o.provenance().edition())
                    .append('\n');
        }
        for (String n : notes) {
            b.append("note: ").append(n).append('\n');
        }
        return b.toString();
    }

    /** Returns one line of counts. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DemandOutlookEffects[%s %d on %d: %d minerals, %d notes]", scenario, year,
                networkYear, rows.size(), notes.size());
    }
}
