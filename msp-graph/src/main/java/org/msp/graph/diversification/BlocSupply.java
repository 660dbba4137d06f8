package org.msp.graph.diversification;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msp.graph.Node;

/**
 * The supply of a mineral that a bloc's members keep: per member, what its consumer node keeps (its throughput
 * less what it sends on, {@link org.msp.graph.SupplyNetwork#retained}). This class is immutable and thread-safe.
 *
 * @param mineral   mineral id
 * @param bloc      the bloc
 * @param consumers each member's consumer node with the tonnes it keeps (all positive), in member order
 * @param tonnes    the members' supply together, tonnes (summed in member order)
 */
public record BlocSupply(String mineral, Bloc bloc, Map<Node, Double> consumers, double tonnes) {
    public BlocSupply {
        Objects.requireNonNull(mineral, "BlocSupply.mineral is null");
        Objects.requireNonNull(bloc, "BlocSupply.bloc is null");
        consumers = ImmutableMap.copyOf(Objects.requireNonNull(consumers, "BlocSupply.consumers is null"));
        for (Map.Entry<Node, Double> e : consumers.entrySet()) {
            Preconditions.checkArgument(e.getValue() > 0 && Double.isFinite(e.getValue()),
                    "BlocSupply of %s: consumer %s keeps %s t, not positive", mineral, e.getKey(), e.getValue());
        }
        Preconditions.checkArgument(tonnes >= 0 && Double.isFinite(tonnes), "BlocSupply of %s: tonnes is %s",
                mineral, tonnes);
    }

    /** Returns true when no member keeps any supply of the mineral. */
    public boolean isEmpty() {
        return consumers.isEmpty();
    }

    /**
     * Returns e.g. {@code "gallium supply of usa-jpn: 75 t at 2 consumers (USA/refining/gallium 40 t,
     * JPN/refining/gallium 35 t)"}: the three largest consumers.
     */
    @Override
    public String toString() {
        String top = consumers.entrySet().stream()
                .sorted(Map.Entry.<Node, Double>comparingByValue().reversed()).limit(3)
                .map(e -> String.format(Locale.ROOT, "%s %,.0f t", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s supply of %s: %,.0f t at %d consumers%s", mineral, bloc.label(), tonnes,
                consumers.size(), consumers.isEmpty() ? "" : " (" + top + (consumers.size() > 3 ? ", ...)" : ")"));
    }
}
