package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.model.Stage;

/**
 * The concentration of one mineral at one stage over several years, and how it moved: each year's top-k
 * share and HHI, and the change from the first to the last year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mineral mineral id
 * @param stage   the stage
 * @param k       the k of the top-k share followed
 * @param years   one result per year, in increasing year order, at least one
 */
public record ConcentrationTrend(String mineral, Stage stage, int k, List<MarketConcentration> years) {
    public ConcentrationTrend {
        Objects.requireNonNull(mineral, "ConcentrationTrend.mineral is null");
        Objects.requireNonNull(stage, "ConcentrationTrend.stage is null");
        Preconditions.checkArgument(k > 0, "ConcentrationTrend.k is not positive: %s", k);
        years = ImmutableList.copyOf(years);
        Preconditions.checkArgument(!years.isEmpty(), "ConcentrationTrend.years is empty");
        for (int i = 1; i < years.size(); i++) {
            Preconditions.checkArgument(years.get(i).year() > years.get(i - 1).year(),
                    "ConcentrationTrend.years not in increasing year order at %s", years.get(i).year());
        }
    }

    /** Returns the first year's result. */
    public MarketConcentration first() {
        return years.get(0);
    }

    /** Returns the last year's result. */
    public MarketConcentration last() {
        return years.get(years.size() - 1);
    }

    /** Returns the change of the top-k share from the first to the last year (in share units, e.g. 0.04). */
    public double topShareChange() {
        return last().topShare(k) - first().topShare(k);
    }

    /** Returns the change of the HHI from the first to the last year. */
    public double hhiChange() {
        return last().hhi() - first().hhi();
    }

    /**
     * Returns a table: one line per year with CR_k, HHI, the rest of the world's share ({@code n/a} where no
     * world total is reported) and the changes from the year before.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Concentration trend %s/%s, top %d:", mineral,
                stage, k));
        MarketConcentration prev = null;
        for (MarketConcentration r : years) {
            b.append(String.format(Locale.ROOT, "%n  %d  top%d %5.1f%%  HHI %.3f  rest of world %s", r.year(), k,
                    r.topShare(k) * 100, r.hhi(), r.isShareOfWorld()
                            ? String.format(Locale.ROOT, "%4.1f%%", r.restOfWorldShare() * 100) : " n/a"));
            if (prev != null) {
                b.append(String.format(Locale.ROOT, "  (%+.1f pts, HHI %+.3f)", (r.topShare(k) - prev.topShare(k)) * 100,
                        r.hhi() - prev.hhi()));
            }
            prev = r;
        }
        return b.toString();
    }
}
