package org.msp.graph.synthetic;

import com.google.common.base.Preconditions;
import java.util.Locale;

/**
 * The parameters of a synthetic facility-level supply network (see {@link SyntheticNetworks} for what is
 * generated). The {@code withXxx} methods return a modified copy. This class is immutable and thread-safe; its
 * text form lists every parameter.
 *
 * @param countries         number of countries, 2 to 17,576 (codes {@code AAA, AAB, ...})
 * @param targetEdges       minerals are generated one after another until the network has at least this many
 *                          edges; at least 1
 * @param tradePartners     how many partners a country exports one stage's product to, at most; at least 1
 * @param facilitiesPerSite mean number of facilities a producing country has per mineral and stage; at least 1
 * @param paretoAlpha       tail index of the Pareto distribution of facility sizes (smaller is heavier-tailed;
 *                          1.16 gives the "80/20" rule); above 0
 * @param producerShare     share of countries that produce a mineral at a stage (weighted by economic size);
 *                          in (0, 1]
 * @param loopShare         probability that a country also sends a little back to a country earlier in the
 *                          stage's trade order (re-exports), making two-way trade and loops; in [0, 1]
 * @param year              the network's year
 * @param seed              the seed: equal specs generate equal networks
 */
public record SyntheticSpec(int countries, long targetEdges, int tradePartners, double facilitiesPerSite,
        double paretoAlpha, double producerShare, double loopShare, int year, long seed) {
    /** The largest number of countries: three-letter codes. */
    public static final int MAX_COUNTRIES = 26 * 26 * 26;

    public SyntheticSpec {
        Preconditions.checkArgument(countries >= 2 && countries <= MAX_COUNTRIES,
                "SyntheticSpec.countries is outside 2..%s: %s", MAX_COUNTRIES, countries);
        Preconditions.checkArgument(targetEdges >= 1, "SyntheticSpec.targetEdges is below 1: %s", targetEdges);
        Preconditions.checkArgument(tradePartners >= 1, "SyntheticSpec.tradePartners is below 1: %s", tradePartners);
        Preconditions.checkArgument(facilitiesPerSite >= 1 && Double.isFinite(facilitiesPerSite),
                "SyntheticSpec.facilitiesPerSite is below 1 or not finite: %s", facilitiesPerSite);
        Preconditions.checkArgument(paretoAlpha > 0 && Double.isFinite(paretoAlpha),
                "SyntheticSpec.paretoAlpha is not positive and finite: %s", paretoAlpha);
        Preconditions.checkArgument(producerShare > 0 && producerShare <= 1,
                "SyntheticSpec.producerShare is outside (0, 1]: %s", producerShare);
        Preconditions.checkArgument(loopShare >= 0 && loopShare <= 1,
                "SyntheticSpec.loopShare is outside [0, 1]: %s", loopShare);
    }

    /**
     * Returns the default world-like spec of about {@code targetEdges} edges: 200 countries, up to 6 trade
     * partners, 3 facilities per producing site on average, Pareto(1.16) facility sizes, a quarter of countries
     * producing at each stage, acyclic trade, year 2024.
     *
     * @throws IllegalArgumentException if {@code targetEdges < 1}
     */
    public static SyntheticSpec ofEdges(long targetEdges, long seed) {
        return new SyntheticSpec(200, targetEdges, 6, 3, 1.16, 0.25, 0, 2024, seed);
    }

    /** Returns a copy with {@code countries}. */
    public SyntheticSpec withCountries(int countries) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code targetEdges}. */
    public SyntheticSpec withTargetEdges(long targetEdges) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code tradePartners}. */
    public SyntheticSpec withTradePartners(int tradePartners) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code facilitiesPerSite}. */
    public SyntheticSpec withFacilitiesPerSite(double facilitiesPerSite) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code paretoAlpha}. */
    public SyntheticSpec withParetoAlpha(double paretoAlpha) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code producerShare}. */
    public SyntheticSpec withProducerShare(double producerShare) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code loopShare}. */
    public SyntheticSpec withLoopShare(double loopShare) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code year}. */
    public SyntheticSpec withYear(int year) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns a copy with {@code seed}. */
    public SyntheticSpec withSeed(long seed) {
        return new SyntheticSpec(countries, targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare,
                loopShare, year, seed);
    }

    /** Returns e.g. {@code "SyntheticSpec[200 countries, >= 10,000 edges, 6 partners, ...]"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SyntheticSpec[%d countries, >= %,d edges, %d partners, %.3g facilities "
                + "per site, Pareto %.3g, producer share %.3g, loop share %.3g, year %d, seed %d]", countries,
                targetEdges, tradePartners, facilitiesPerSite, paretoAlpha, producerShare, loopShare, year, seed);
    }
}
