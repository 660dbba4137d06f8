package org.msp.graph.diversification;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.dependency.BlocDependenceAlgorithm;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.DependenceBounds;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.StageOrigins;
import org.msp.model.Dataset;

/**
 * The share of a consumer's supply that comes from a bloc (MSP partners, FTA partners, sources outside the
 * foreign entities of concern), directly and looked through, and what the bloc alone could deliver (see
 * {@link GroupSupply} for the definitions).
 *
 * <pre>{@code
 * Diversification.of(dataset, network).groupSupply("USA", "gallium", Bloc.group(dataset, "msp-partners", date))
 * }</pre>
 *
 * <p>Running time: one proportional tracing of the network ({@link LookThroughDependencyAlgorithm}), plus one max-flow
 * pair per stage ({@link BlocDependenceAlgorithm}). This class is immutable and thread-safe.
 */
public final class Diversification {
    private final SupplyNetwork network;
    private final Optional<Dataset> dataset;
    private final LookThroughDependencyAlgorithm tracing;
    private final BlocDependenceAlgorithm bounds;

    private Diversification(SupplyNetwork network, Optional<Dataset> dataset) {
        this.network = network;
        this.dataset = dataset;
        this.tracing = LookThroughDependencyAlgorithm.of(network);
        this.bounds = BlocDependenceAlgorithm.of(network);
    }

    /** Returns the analysis of {@code network}; facility nodes count for the country the dataset hosts them in. */
    public static Diversification of(Dataset dataset, SupplyNetwork network) {
        return new Diversification(Objects.requireNonNull(network, "network"),
                Optional.of(Objects.requireNonNull(dataset, "dataset")));
    }

    /** Returns the analysis of {@code network}; facility nodes count for no country. */
    public static Diversification of(SupplyNetwork network) {
        return new Diversification(Objects.requireNonNull(network, "network"), Optional.empty());
    }

    /**
     * Returns how much of {@code iso3}'s supply of {@code mineral} comes from {@code bloc}.
     *
     * @throws IllegalArgumentException if the country has no node with supply of the mineral
     */
    public GroupSupply groupSupply(String iso3, String mineral, Bloc bloc) {
        Objects.requireNonNull(bloc, "bloc");
        double imports = 0;
        double fromBloc = 0;
        for (Node n : network.nodes()) {
            if (n.isUnknownSource() || !n.isCountry() || !n.actor().id().equals(iso3) || !n.mineral().equals(mineral)) {
                continue;
            }
            for (SupplyEdge e : network.graph().incomingEdgesOf(n)) {
                Node s = e.source();
                if (s.isUnknownSource()) {
                    continue;
                }
                Optional<String> country = countryOf(s);
                if (country.isPresent() && country.get().equals(iso3)) {
                    continue; // a domestic delivery, not an import
                }
                imports += e.tonnes();
                if (country.isPresent() && bloc.contains(country.get())) {
                    fromBloc += e.tonnes();
                }
            }
        }
        Dependence d = tracing.dependence(iso3, mineral);
        ImmutableList.Builder<DependenceBounds> stages = ImmutableList.builder();
        for (StageOrigins so : d.stages()) {
            stages.add(bounds.bounds(d.consumer(), so.stage(), bloc.members()));
        }
        return new GroupSupply(d.consumer(), bloc, imports, fromBloc, stages.build());
    }

    private Optional<String> countryOf(Node n) {
        return network.country(n).or(() -> dataset.map(ds -> ds.countryOf(n.actor())));
    }

    @Override
    public String toString() {
        return "Diversification[" + network + "]";
    }
}
