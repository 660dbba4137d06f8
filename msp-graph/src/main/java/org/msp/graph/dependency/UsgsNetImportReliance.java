package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Mineral;
import org.msp.model.Production;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/**
 * {@link NetImportRelianceAlgorithm} by the USGS apparent-consumption method, from a dataset: production from the
 * preferred production table, imports and exports from the preferred flow table of the stage (a facility
 * counted in its host country), stock change from the holder's stockpiles at the end of the year and the year
 * before when both are recorded.
 *
 * <p>All figures must be on one {@link Basis}: the reliance is refused rather than computed from, say,
 * contained production and gross-weight trade. Running time O(P + F + S) for the table sizes. This class is
 * immutable and thread-safe.
 */
public final class UsgsNetImportReliance implements NetImportRelianceAlgorithm {
    private final Dataset dataset;
    private final Map<String, Map<Basis, Double>> conversions;

    /** Returns the reliance measure over {@code dataset}, without basis conversions. */
    public UsgsNetImportReliance(Dataset dataset) {
        this(dataset, Map.of());
    }

    /**
     * Returns the reliance measure over {@code dataset}, converting figures on another basis by
     * {@code conversions} (per mineral, per basis, tonnes of content per tonne, in (0, 1]).
     *
     * @throws IllegalArgumentException if a factor is not in (0, 1] or converts content
     */
    public UsgsNetImportReliance(Dataset dataset, Map<String, ? extends Map<Basis, Double>> conversions) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.conversions = checkedConversions(conversions);
    }

    /**
     * Returns a sorted copy of per-mineral conversion factors after checking each: tonnes of content per tonne on
     * another basis, in (0, 1].
     *
     * @throws IllegalArgumentException if a factor is not in (0, 1] or converts content
     */
    static Map<String, Map<Basis, Double>> checkedConversions(
            Map<String, ? extends Map<Basis, Double>> conversions) {
        Map<String, Map<Basis, Double>> c = new TreeMap<>();
        Objects.requireNonNull(conversions, "conversions").forEach((mineral, byBasis) -> {
            byBasis.forEach((basis, f) -> {
                Preconditions.checkArgument(basis != Basis.CONTENT, "conversion of %s from content", mineral);
                Preconditions.checkArgument(f > 0 && f <= 1, "conversion of %s %s is not in (0, 1]: %s", mineral,
                        basis, f);
            });
            c.put(mineral, Map.copyOf(byBasis));
        });
        return c;
    }

    /** Returns the tonnes of {@code q}, converted to content when a factor is given; checks the basis. */
    private double tonnes(String mineral, Quantity q, Basis[] basis, String record) {
        Double f = conversions.getOrDefault(mineral, Map.of()).get(q.basis());
        if (f == null) {
            checkBasis(basis, q.basis(), record);
            return q.tonnes();
        }
        checkBasis(basis, Basis.CONTENT, record);
        return q.tonnes() * f;
    }

    @Override
    public Reliance reliance(Set<String> importers, String mineral, Stage stage, int year) {
        Objects.requireNonNull(importers, "importers");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(stage, "stage");
        Preconditions.checkArgument(!importers.isEmpty(), "no importer given for the reliance on %s", mineral);
        Basis[] basis = {null};
        double production = 0;
        for (Production p : dataset.productions(mineral, stage, year)) {
            if (importers.contains(dataset.countryOf(p.producer()))) {
                production += tonnes(mineral, p.quantity(), basis, p.toString());
            }
        }
        TreeMap<String, Double> imports = new TreeMap<>();
        double exports = 0;
        List<Flow> trade = dataset.flows(mineral, stage, year);
        for (Flow f : trade) {
            String from = dataset.countryOf(f.from());
            String to = dataset.countryOf(f.to());
            boolean in = importers.contains(to);
            boolean out = importers.contains(from);
            if (in && !out) {
                imports.merge(from, tonnes(mineral, f.quantity(), basis, f.toString()), Double::sum);
            } else if (out && !in) {
                exports += tonnes(mineral, f.quantity(), basis, f.toString());
            }
        }
        OptionalDouble stockChange = OptionalDouble.empty();
        double change = 0;
        boolean any = false;
        for (String c : new TreeSet<>(importers)) {
            var now = dataset.stockpile(c, mineral, year);
            var before = dataset.stockpile(c, mineral, year - 1);
            if (now.isPresent() && before.isPresent()) {
                change += tonnes(mineral, now.get().quantity(), basis, now.get().toString())
                        - tonnes(mineral, before.get().quantity(), basis, before.get().toString());
                any = true;
            }
        }
        if (any) {
            stockChange = OptionalDouble.of(change);
        }
        return new Reliance(new TreeSet<>(importers), mineral, stage, year, production, imports, exports, stockChange,
                !trade.isEmpty());
    }

    private static void checkBasis(Basis[] basis, Basis b, String record) {
        if (basis[0] == null) {
            basis[0] = b;
        } else if (basis[0] != b) {
            throw new IllegalArgumentException("cannot compute net import reliance from figures on different bases: "
                    + record + " is on basis " + b + ", earlier figures on " + basis[0]);
        }
    }


    @Override
    public Stage defaultStage(String mineral, int year) {
        return !dataset.productions(mineral, Stage.REFINING, year).isEmpty()
                || !dataset.flows(mineral, Stage.REFINING, year).isEmpty() ? Stage.REFINING : Stage.MINING;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The main source of each mineral is the published one (USGS import sources) where the dataset has it,
     * the largest exporter in the trade table otherwise: {@link RelianceAnswers#mainSourceMinerals}, so that
     * Java, the command line and the report give one answer.
     */
    @Override
    public MainSourceMinerals mainSourceMinerals(String consumer, String source, int year) {
        return RelianceAnswers.of(dataset, conversions).mainSourceMinerals(consumer, source, year);
    }

    @Override
    public SortedSet<String> minerals() {
        return dataset.minerals().stream().map(Mineral::id)
                .collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()));
    }

    @Override
    public String toString() {
        return "UsgsNetImportReliance[" + dataset.name() + "]";
    }
}
