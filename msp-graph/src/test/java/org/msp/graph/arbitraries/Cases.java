package org.msp.graph.arbitraries;

import net.jqwik.api.Arbitrary;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Shock;

/** Test-suite pairs of a generated network and a value drawn against it, shown readably in failure reports. */
public final class Cases {
    private Cases() {}

    /** A network and a scenario against it. */
    public record NetworkScenario(SupplyNetwork network, Scenario scenario) {
        @Override
        public String toString() {
            return show(network) + " with " + scenario;
        }
    }

    /** Networks from {@code networks}, each with a scenario from {@code SupplyArbitraries.scenarios(network)}. */
    public static Arbitrary<NetworkScenario> withScenarios(Arbitrary<SupplyNetwork> networks, boolean lossesOnly,
            int minShocks, int maxShocks) {
        return networks.flatMap(n -> {
            ScenarioArbitrary s = SupplyArbitraries.scenarios(n).withShocks(minShocks, maxShocks);
            return (lossesOnly ? s.lossesOnly() : s).map(sc -> new NetworkScenario(n, sc));
        }).edgeCases(config -> config.filter(c -> isSimplest(c.scenario())));
    }

    /**
     * Keeps, of the scenario edge cases, those made only of full bans on all destinations: with them, every
     * edge-case network is tried first and most of the tries remain random.
     */
    private static boolean isSimplest(Scenario s) {
        return s.shocks().stream().allMatch(k -> k instanceof Shock.ExportBan && ((Shock.ExportBan) k).severity() == 1.0
                && ((Shock.ExportBan) k).targets().isEmpty());
    }

    /** Returns the network's sources and edges, as {@link SupplyNetworkFormat} reports them. */
    public static String show(SupplyNetwork network) {
        return new SupplyNetworkFormat().report(network).toString();
    }
}
