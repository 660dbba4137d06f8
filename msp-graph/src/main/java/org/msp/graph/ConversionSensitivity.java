package org.msp.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.msp.model.BasisConversion;
import org.msp.model.BasisConversion.End;
import org.msp.model.Dataset;

/**
 * How much an answer moves across the range of the basis conversion factors that a mineral's network applies
 * (cobalt oxides 0.634–0.787 t Co per tonne, manganese ore 35–50% Mn): the network is built three times, with
 * every dataset factor at the low end, the central value and the high end, and a headline is computed on each.
 *
 * <pre>{@code
 * ConversionSensitivity s = ConversionSensitivity.of(world, 2024, "cobalt");
 * ConversionSensitivity.Range r = s.range("KOR's loss", net -> lossOf(net, "KOR"));
 * System.out.println(r.describe(v -> String.format("%.1f%%", 100 * v)));
 * // cobalt: factor 0.634–0.7865 moves KOR's loss from 23.1% to 27.4% (central 26.0%)
 * }</pre>
 *
 * <p>Exact factors and factors the caller supplies ({@link NetworkBuilder#conversion}) do not move. A headline
 * need not be monotone in the factor; {@link Range#min()} and {@link Range#max()} give its extent over the three
 * networks. Running time: three network builds plus three evaluations of the headline. This class is immutable
 * and thread-safe if the headline functions are.
 */
public final class ConversionSensitivity {
    private final String mineral;
    private final List<BasisConversion> conversions;
    private final Map<End, SupplyNetwork> networks;

    private ConversionSensitivity(String mineral, List<BasisConversion> conversions, Map<End, SupplyNetwork> networks) {
        this.mineral = mineral;
        this.conversions = List.copyOf(conversions);
        this.networks = networks;
    }

    /**
     * Returns the sensitivity of the default network of {@code mineral} in {@code year}.
     *
     * @throws IllegalArgumentException if the network cannot be built
     */
    public static ConversionSensitivity of(Dataset dataset, int year, String mineral) {
        return of(dataset, year, mineral, UnaryOperator.identity());
    }

    /**
     * Returns the sensitivity of the network of {@code mineral} in {@code year} built by a builder that
     * {@code configure} sets up (inference rules, user conversions); each end is then chosen with
     * {@link NetworkBuilder#conversionEnd}. When no applied factor is a range, the one network is built once.
     *
     * @throws IllegalArgumentException if the network cannot be built
     */
    public static ConversionSensitivity of(Dataset dataset, int year, String mineral,
            UnaryOperator<NetworkBuilder> configure) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(configure, "configure");
        return of(dataset, year, mineral, configure, null);
    }

    /**
     * As {@link #of(Dataset, int, String, UnaryOperator)}, with the network at the central factors given: the
     * caller has built it already with the same {@code configure} (it is not built again).
     *
     * @param central the network {@code configure} sets up at {@link End#CENTRAL}, the builder's default
     * @throws IllegalArgumentException if a network cannot be built
     */
    public static ConversionSensitivity of(Dataset dataset, int year, String mineral,
            UnaryOperator<NetworkBuilder> configure, SupplyNetwork central) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(configure, "configure");
        List<BasisConversion> applied = SupplyNetworks.conversions(dataset, year, mineral).stream()
                .filter(BasisConversion::isRange).toList();
        Map<End, SupplyNetwork> nets = new EnumMap<>(End.class);
        if (applied.isEmpty() && central != null) {
            for (End e : End.values()) {
                nets.put(e, central);
            }
            return new ConversionSensitivity(mineral, applied, nets);
        }
        for (End e : End.values()) {
            if (applied.isEmpty() && !nets.isEmpty()) {
                nets.put(e, nets.get(End.LOW));
                continue;
            }
            nets.put(e, e == End.CENTRAL && central != null ? central
                    : configure.apply(SupplyNetworks.builder(dataset, year).minerals(mineral)).conversionEnd(e)
                            .build());
        }
        return new ConversionSensitivity(mineral, applied, nets);
    }

    /** Returns the mineral. */
    public String mineral() {
        return mineral;
    }

    /** Returns the dataset's range factors the network applies, ordered by stage then basis (empty if none). */
    public List<BasisConversion> conversions() {
        return conversions;
    }

    /** Returns true if the network applies at least one factor that is a range. */
    public boolean isSensitive() {
        return !conversions.isEmpty();
    }

    /** Returns the network built with every range factor at {@code end}. */
    public SupplyNetwork network(End end) {
        return networks.get(Objects.requireNonNull(end, "end"));
    }

    /** Returns the value of {@code headline} on the low, central and high networks. */
    public Range range(String name, ToDoubleFunction<SupplyNetwork> headline) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headline, "headline");
        return new Range(mineral, name, conversions, headline.applyAsDouble(network(End.LOW)),
                headline.applyAsDouble(network(End.CENTRAL)), headline.applyAsDouble(network(End.HIGH)));
    }

    @Override
    public String toString() {
        return "ConversionSensitivity[" + mineral + ", " + (conversions.isEmpty() ? "no range factor"
                : conversions.stream().map(c -> c.stage() + " " + c.basis() + " " + c.factorText())
                        .collect(Collectors.joining("; "))) + "]";
    }

    /**
     * A headline computed with the factors at their low end, central value and high end.
     *
     * @param mineral     the mineral
     * @param headline    what was computed, in words (e.g. {@code "KOR's loss"})
     * @param conversions the range factors that moved
     * @param atLow       the headline with every range factor at its low end
     * @param atCentral   the headline at the central factors (the default network)
     * @param atHigh      the headline with every range factor at its high end
     */
    public record Range(String mineral, String headline, List<BasisConversion> conversions, double atLow,
            double atCentral, double atHigh) {
        public Range {
            Objects.requireNonNull(mineral, "mineral");
            Objects.requireNonNull(headline, "headline");
            conversions = List.copyOf(conversions);
        }

        /** Returns the smallest of the three values. */
        public double min() {
            return Math.min(atLow, Math.min(atCentral, atHigh));
        }

        /** Returns the largest of the three values. */
        public double max() {
            return Math.max(atLow, Math.max(atCentral, atHigh));
        }

        /**
         * Returns e.g. {@code "cobalt: factor 0.634–0.7865 moves KOR's loss from 23.1% to 27.4% (central 26.0%)"},
         * with values written by {@code format}; with several factors, each named with its stage ({@code "cobalt:
         * factors 0.01–0.2 at mining and 0.634–0.7865 at refining, low ends then high ends together, move ..."}); or
         * {@code "cobalt: no range factor"}.
         */
        public String describe(DoubleFunction<String> format) {
            if (conversions.isEmpty()) {
                return mineral + ": no range factor, " + headline + " " + format.apply(atCentral);
            }
            String moved = headline + " from " + format.apply(atLow) + " to " + format.apply(atHigh) + " (central "
                    + format.apply(atCentral) + ")";
            if (conversions.size() == 1) {
                return mineral + ": factor " + conversions.get(0).factorText() + " moves " + moved;
            }
            List<String> each = conversions.stream().map(c -> c.factorText() + " at " + c.stage().id()).toList();
            return mineral + ": factors " + String.join(", ", each.subList(0, each.size() - 1)) + " and "
                    + each.get(each.size() - 1) + ", low ends then high ends together, move " + moved;
        }

        /** Returns {@link #describe} with four significant digits. */
        @Override
        public String toString() {
            return describe(v -> String.format(Locale.ROOT, "%.4g", v));
        }
    }
}
