package org.msp.model;

import org.msp.internal.Checks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * An investment in new supply, such as a project supported by the Minerals Security Partnership: a site
 * in a country at a stage, with the capacity it would add, its financiers and its offtake commitments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id            lower-case identifier, unique in a dataset
 * @param name          display name
 * @param country       ISO3 code of the host country
 * @param stage         the stage it adds capacity at
 * @param minerals      ids of its minerals, sorted, at least one
 * @param addedCapacity yearly capacity it adds once online, if stated
 * @param status        development status
 * @param onlineYear    first year of output, if stated
 * @param financiers    financing institutions, in the order given
 * @param offtakes      purchase commitments, in the order given
 * @param provenance    where the facts come from
 */
public record Project(String id, String name, String country, Stage stage, SortedSet<String> minerals,
        Optional<Quantity> addedCapacity, ProjectStatus status, OptionalInt onlineYear, List<String> financiers,
        List<Offtake> offtakes, Provenance provenance) {
    public Project {
        Checks.id(id, "Project", "id");
        name = Checks.text(name, "Project", "name");
        Checks.iso3(country, "Project", "country");
        Checks.notNull(stage, "Project", "stage");
        minerals = ImmutableSortedSet.copyOf(Checks.notNull(minerals, "Project", "minerals"));
        if (minerals.isEmpty()) {
            throw new IllegalArgumentException("Project " + id + ".minerals is empty");
        }
        for (String m : minerals) {
            Checks.id(m, "Project", "minerals");
        }
        Checks.notNull(addedCapacity, "Project", "addedCapacity");
        Checks.notNull(status, "Project", "status");
        Checks.notNull(onlineYear, "Project", "onlineYear");
        if (onlineYear.isPresent()) {
            Checks.year(onlineYear.getAsInt(), "Project", "onlineYear");
        }
        financiers = ImmutableList.copyOf(Checks.notNull(financiers, "Project", "financiers"));
        for (String f : financiers) {
            Checks.text(f, "Project", "financiers");
        }
        offtakes = ImmutableList.copyOf(Checks.notNull(offtakes, "Project", "offtakes"));
        Checks.notNull(provenance, "Project", "provenance");
    }

    @Override
    public String toString() {
        return "Project " + id + " (" + name + ", " + country + ", " + stage + ", " + minerals + ", " + status
                + addedCapacity.map(c -> ", +" + c + "/year").orElse("")
                + (offtakes.isEmpty() ? "" : ", offtakes " + offtakes) + ")";
    }
}
