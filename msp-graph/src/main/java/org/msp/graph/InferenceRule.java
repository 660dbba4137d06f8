package org.msp.graph;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.msp.model.Stage;

/**
 * The rule by which a {@link NetworkBuilder} infers deliveries between two stages that trade data do not
 * report: domestic ore refined at home, domestic refined metal made into material, and, in a second phase,
 * ore mined in one country and refined in another when no ore trade is reported.
 *
 * <p><b>Domestic phase.</b> The builder calls the {@linkplain NetworkBuilder#inferenceRule domestic rule}
 * once per country, mineral and downstream stage with a {@link Transfer}: what each of the country's upstream
 * nodes still has after its exports (its <em>pool</em>), and what each of its downstream producers needs (its
 * production, less any delivery the user supplied).
 *
 * <p><b>Cross-border phase.</b> The builder then calls the {@linkplain NetworkBuilder#unreportedTradeRule
 * unreported-trade rule} once per mineral and downstream stage with a cross-border {@link Transfer}
 * ({@link Transfer#isCrossBorder()}, country {@link Transfer#WORLD}): the pools every country has left after
 * the domestic phase, and the input every producer still lacks. Its deliveries are trade the data do not
 * report (Australian spodumene refined in China when the dataset has no ore trade).
 *
 * <p>In both phases the rule returns deliveries; the builder checks that no delivery leaves a node that is not
 * in the pool, takes more than a node has, or gives a producer more than it needs. Whatever a producer still
 * lacks is fed by an explicit unknown-source node, so an inference rule can never create mass and data gaps
 * stay visible.
 *
 * <p>{@link #proportional()} is the default of both phases; {@link #none()} infers nothing (every
 * transformed production the earlier phases leave short is then fed by an unknown source). Implementations
 * must be stateless and thread-safe.
 */
public interface InferenceRule {
    /**
     * Returns the rule's name, written into the provenance of each edge it infers, e.g. {@code "proportional"}
     * in {@code "domestic supply (proportional)"} or {@code "unreported trade (proportional)"}.
     */
    String name();

    /**
     * Returns the deliveries from the country's upstream pool to its downstream producers.
     *
     * @param transfer what the country has upstream and needs downstream
     * @return deliveries, each from a key of {@link Transfer#available()} to a key of
     *     {@link Transfer#needed()}; at most one per pair
     */
    List<Delivery> deliveries(Transfer transfer);

    /** Returns the default rule, {@link ProportionalInference}. */
    static InferenceRule proportional() {
        return ProportionalInference.INSTANCE;
    }

    /** Returns the rule that infers nothing. */
    static InferenceRule none() {
        return NoInference.INSTANCE;
    }

    /**
     * What one country (or, in the cross-border phase, the world) has at the stages feeding {@code downstream}
     * and what its producers at {@code downstream} need, for one mineral and year. This class is immutable and
     * thread-safe.
     *
     * @param country    ISO3 code of the country, or {@link #WORLD} for the cross-border transfer, whose pools
     *                   and needs are those every country has left after the domestic phase
     * @param mineral    mineral id
     * @param year       the network's year
     * @param downstream the stage whose production is being explained
     * @param available  each upstream node of the country (a country or facility node at a stage whose
     *                   {@link Stage#next()} is {@code downstream}) with its pool in tonnes: throughput less
     *                   exports and user-supplied deliveries; sorted by node, positive amounts only
     * @param needed     each producer of the country at {@code downstream} with the tonnes of input its
     *                   production still needs; sorted by node, positive amounts only
     */
    record Transfer(String country, String mineral, int year, Stage downstream, SortedMap<Node, Double> available,
            SortedMap<Node, Double> needed) {
        public Transfer {
            Objects.requireNonNull(country, "Transfer.country is null");
            Objects.requireNonNull(mineral, "Transfer.mineral is null");
            Objects.requireNonNull(downstream, "Transfer.downstream is null");
            available = ImmutableSortedMap.copyOfSorted(Objects.requireNonNull(available, "Transfer.available is null"));
            needed = ImmutableSortedMap.copyOfSorted(Objects.requireNonNull(needed, "Transfer.needed is null"));
            for (Map.Entry<Node, Double> e : available.entrySet()) {
                Preconditions.checkArgument(e.getValue() > 0 && Double.isFinite(e.getValue()),
                        "Transfer.available: pool of %s is not positive: %s", e.getKey(), e.getValue());
            }
            for (Map.Entry<Node, Double> e : needed.entrySet()) {
                Preconditions.checkArgument(e.getValue() > 0 && Double.isFinite(e.getValue()),
                        "Transfer.needed: need of %s is not positive: %s", e.getKey(), e.getValue());
            }
        }

        /** The {@link #country()} of the cross-border transfer: {@value}. */
        public static final String WORLD = "world";

        /** Returns true for the cross-border transfer, whose deliveries are unreported trade. */
        public boolean isCrossBorder() {
            return WORLD.equals(country);
        }

        /** Returns the sum of the pools. */
        public double totalAvailable() {
            return available.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Returns the sum of the needs. */
        public double totalNeeded() {
            return needed.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Transfer[%s %s %d -> %s: available %s, needed %s]", country, mineral,
                    year, downstream, available, needed);
        }
    }

    /**
     * Tonnes delivered from an upstream node to a downstream producer. This class is immutable and
     * thread-safe.
     *
     * @param source the upstream node
     * @param target the downstream producer
     * @param tonnes tonnes delivered, finite and not negative
     */
    record Delivery(Node source, Node target, double tonnes) {
        public Delivery {
            Objects.requireNonNull(source, "Delivery.source is null");
            Objects.requireNonNull(target, "Delivery.target is null");
            Preconditions.checkArgument(tonnes >= 0 && Double.isFinite(tonnes),
                    "Delivery.tonnes of %s -> %s is negative or not finite: %s", source, target, tonnes);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s -> %s: %,.0f t", source, target, tonnes);
        }
    }
}
