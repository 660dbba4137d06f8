package org.msp.graph.scenario;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msp.graph.SupplyNetwork;

/**
 * An immutable list of {@link Shock}s applied together to a supply network.
 *
 * <p>Applying a scenario never changes the network: {@link Scenarios#run(SupplyNetwork, Scenario)} reads the
 * network and returns a new result. Scenarios compose with {@link #and(Scenario)}; since every shock acts by a
 * product or a sum (see {@link Shock}), the order of the shocks does not change the result beyond rounding.
 *
 * <pre>{@code
 * Scenario s = Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING))
 *         .and(Scenario.of(Shock.CapacityLoss.of("JPN", "gallium", Stage.REFINING, 0.5)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param shocks the shocks, in the order given
 */
public record Scenario(List<Shock> shocks) {
    /** The scenario with no shock: it changes nothing. */
    public static final Scenario EMPTY = new Scenario(List.of());

    public Scenario {
        shocks = ImmutableList.copyOf(Objects.requireNonNull(shocks, "Scenario.shocks is null"));
    }

    /** Returns the scenario of {@code shocks}, in the order given. */
    public static Scenario of(Shock... shocks) {
        return new Scenario(ImmutableList.copyOf(shocks));
    }

    /** Returns the scenario of {@code shocks}, in the order given. */
    public static Scenario of(List<? extends Shock> shocks) {
        return new Scenario(ImmutableList.copyOf(shocks));
    }

    /** Returns a scenario with this scenario's shocks followed by {@code other}'s. */
    public Scenario and(Scenario other) {
        return new Scenario(ImmutableList.<Shock>builder().addAll(shocks).addAll(other.shocks).build());
    }

    /** Returns a scenario with this scenario's shocks followed by {@code more}. */
    public Scenario and(Shock... more) {
        return new Scenario(ImmutableList.<Shock>builder().addAll(shocks).add(more).build());
    }

    /** Returns true if the scenario has no shock. */
    public boolean isEmpty() {
        return shocks.isEmpty();
    }

    /** Returns true if every shock can only remove supply ({@link Shock#isLoss()}). */
    public boolean isLossOnly() {
        return shocks.stream().allMatch(Shock::isLoss);
    }

    /** Returns e.g. {@code "Scenario[export ban CHN/refining/gallium -> all]"}, at most 10 shocks. */
    @Override
    public String toString() {
        String body = shocks.stream().limit(10).map(Shock::toString).collect(Collectors.joining("; "));
        return "Scenario[" + (shocks.isEmpty() ? "no shock" : body)
                + (shocks.size() > 10 ? "; ... " + (shocks.size() - 10) + " more" : "") + "]";
    }
}
