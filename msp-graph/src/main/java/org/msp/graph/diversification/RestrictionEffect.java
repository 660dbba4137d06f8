package org.msp.graph.diversification;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Undetermined;
import org.msp.model.ExportRestriction;

/**
 * What an export restriction does when applied as a full ban on its targets ({@link org.msp.graph.scenario.Shock#from}),
 * to the consumers it hits and to a bloc. This class is immutable and thread-safe.
 *
 * @param restriction        the measure
 * @param consumersHit       consumers that lose supply (no re-routing)
 * @param baseline           those consumers' supply before, tonnes
 * @param lostNoReroute      their supply lost without re-routing, tonnes
 * @param lostReroute        their supply lost with re-routing, tonnes
 * @param blocShareNoReroute the bloc's members' loss over their supply of the minerals, without re-routing, 0 to 1
 *                           (0 when no member consumes them)
 * @param hardestHit         at most five impacts, the most tonnes lost first, then by country and mineral (not the
 *                           largest share: a consumer of 0.6 t that loses all of it does not lead the list)
 * @param undetermined       the bans of the restriction whose effect the data cannot show (the country produces at
 *                           the stage but the dataset has no cross-border trade of the mineral there): the tonnes above
 *                           leave them out, so they are a lower bound when this list is not empty
 */
public record RestrictionEffect(ExportRestriction restriction, int consumersHit, double baseline,
        double lostNoReroute, double lostReroute, double blocShareNoReroute, List<ConsumerImpact> hardestHit,
        List<Undetermined> undetermined) {
    /** How many impacts {@link #hardestHit()} holds at most. */
    public static final int HARDEST_HIT = 5;

    public RestrictionEffect {
        Objects.requireNonNull(restriction, "RestrictionEffect.restriction is null");
        hardestHit = ImmutableList.copyOf(Objects.requireNonNull(hardestHit, "RestrictionEffect.hardestHit is null"));
        undetermined = ImmutableList.copyOf(Objects.requireNonNull(undetermined,
                "RestrictionEffect.undetermined is null"));
    }

    /** Returns e.g. {@code "cn-2023-gallium-germanium: 57 consumers lose 841 of 848 t (735 t with re-routing); bloc loses 99.3%"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d consumers lose %,.0f of %,.0f t (%,.0f t with re-routing); bloc loses "
                + "%.1f%%", restriction.id(), consumersHit, lostNoReroute, baseline, lostReroute,
                100 * blocShareNoReroute) + (undetermined.isEmpty() ? ""
                : String.format(Locale.ROOT, "; %d ban%s undetermined", undetermined.size(),
                        undetermined.size() == 1 ? "" : "s"));
    }
}
