package org.msp.graph.diversification;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msp.graph.scenario.Shock;
import org.msp.model.Country;
import org.msp.model.Dataset;
import org.msp.model.Project;

/**
 * Statistics of a dataset's project portfolio: how many projects per stage, region, sub-region, mineral and status,
 * and the capacity the projects state per mineral.
 *
 * <p>Regions are UN M49 ({@link Country#region()}, {@link Country#subregion()}) of the host country as the dataset
 * records it, or from the built-in catalogue. A project with several minerals counts once for each in
 * {@link #byMineral()}; stated capacity is summed per mineral only for single-mineral projects (a multi-mineral
 * project's capacity is not split), and projects without a stated capacity are counted, never given a number.
 *
 * @param projects               number of projects
 * @param byStage                projects per stage
 * @param byRegion               projects per region
 * @param bySubregion            projects per sub-region
 * @param byMineral              projects per mineral
 * @param byStatus               projects per status
 * @param statedCapacity         tonnes a year stated per mineral (single-mineral projects)
 * @param capacityNotStated      projects whose capacity is not stated (or not per mineral)
 */
public record ProjectPortfolio(int projects, SortedMap<String, Integer> byStage, SortedMap<String, Integer> byRegion,
        SortedMap<String, Integer> bySubregion, SortedMap<String, Integer> byMineral,
        SortedMap<String, Integer> byStatus, SortedMap<String, Double> statedCapacity, int capacityNotStated) {
    public ProjectPortfolio {
        byStage = ImmutableSortedMap.copyOf(Objects.requireNonNull(byStage, "byStage"));
        byRegion = ImmutableSortedMap.copyOf(Objects.requireNonNull(byRegion, "byRegion"));
        bySubregion = ImmutableSortedMap.copyOf(Objects.requireNonNull(bySubregion, "bySubregion"));
        byMineral = ImmutableSortedMap.copyOf(Objects.requireNonNull(byMineral, "byMineral"));
        byStatus = ImmutableSortedMap.copyOf(Objects.requireNonNull(byStatus, "byStatus"));
        statedCapacity = ImmutableSortedMap.copyOf(Objects.requireNonNull(statedCapacity, "statedCapacity"));
    }

    /**
     * Returns the statistics of every project of {@code dataset}.
     *
     * @throws IllegalArgumentException if a host country is neither in the dataset nor in the catalogue
     */
    public static ProjectPortfolio of(Dataset dataset) {
        TreeMap<String, Integer> stage = new TreeMap<>();
        TreeMap<String, Integer> region = new TreeMap<>();
        TreeMap<String, Integer> subregion = new TreeMap<>();
        TreeMap<String, Integer> mineral = new TreeMap<>();
        TreeMap<String, Integer> status = new TreeMap<>();
        TreeMap<String, Double> capacity = new TreeMap<>();
        int notStated = 0;
        for (Project p : dataset.projects()) {
            Country c = dataset.country(p.country()).orElseGet(() -> Country.of(p.country()));
            stage.merge(p.stage().id(), 1, Integer::sum);
            region.merge(c.region().toString(), 1, Integer::sum);
            subregion.merge(c.subregion(), 1, Integer::sum);
            status.merge(p.status().id(), 1, Integer::sum);
            p.minerals().forEach(m -> mineral.merge(m, 1, Integer::sum));
            java.util.OptionalDouble added = Shock.NewSupply.addedTonnes(p, p.minerals().first());
            if (added.isPresent()) {
                capacity.merge(p.minerals().first(), added.getAsDouble(), Double::sum);
            } else {
                notStated++;
            }
        }
        return new ProjectPortfolio(dataset.projects().size(), stage, region, subregion, mineral, status, capacity,
                notStated);
    }

    /** Returns e.g. {@code "ProjectPortfolio[30 projects; stage {mining=16, refining=7}; region {...}; ...]"}. */
    @Override
    public String toString() {
        return "ProjectPortfolio[" + projects + " projects; stage " + byStage + "; region " + byRegion + "; mineral "
                + bounded(byMineral, Object::toString) + "; status " + byStatus + "; stated capacity "
                + bounded(statedCapacity, t -> String.format(Locale.ROOT, "%,.0f t", t)) + ", not stated for "
                + capacityNotStated + "]";
    }

    private static <V> String bounded(SortedMap<String, V> m, Function<V, String> f) {
        String s = m.entrySet().stream().limit(12).map(e -> e.getKey() + "=" + f.apply(e.getValue()))
                .collect(Collectors.joining(", ", "{", m.size() > 12 ? ", ...}" : "}"));
        return s;
    }

    /** Returns the count for {@code key} in {@code map}, 0 if absent. */
    static int count(Map<String, Integer> map, String key) {
        return map.getOrDefault(key, 0);
    }
}
