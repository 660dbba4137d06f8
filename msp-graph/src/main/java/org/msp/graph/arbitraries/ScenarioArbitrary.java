package org.msp.graph.arbitraries;

import net.jqwik.api.Arbitrary;
import org.msp.graph.scenario.Scenario;

/**
 * A jqwik arbitrary of scenarios (lists of shocks) against one network, configured fluently. Every
 * {@code withXxx} method returns a new arbitrary and leaves this one unchanged.
 *
 * <p>Shocks name the network's countries, minerals and stages (a network without countries gets shocks on
 * {@code AUS} at mining, which hit nothing). Loss shocks are export bans (severity and targets generated; a
 * ban shrinks to a full ban on all destinations) and capacity losses; the other kinds are new supply, demand
 * growth and higher recycling shares.
 */
public interface ScenarioArbitrary extends Arbitrary<Scenario> {

    /**
     * Returns an arbitrary with between {@code min} and {@code max} shocks per scenario (default 0 to 4).
     *
     * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
     */
    ScenarioArbitrary withShocks(int min, int max);

    /** Returns an arbitrary of scenarios made only of loss shocks (export bans and capacity losses). */
    ScenarioArbitrary lossesOnly();
}
