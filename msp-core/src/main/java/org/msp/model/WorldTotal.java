package org.msp.model;

import org.msp.internal.Checks;

import java.util.Optional;

/**
 * The world output a source reports beside one of its production tables: the world total it prints
 * (USGS MCS "World total (rounded)", IEA "Total") and, where it prints one, the residual line for the
 * countries it does not list (USGS "Other countries", IEA "Rest of world").
 *
 * <p>A world total belongs to the table of the same mineral, stage, year, source and edition: shares of world
 * output are the country figures of that table over this total ({@link Dataset#worldTotal(String, Stage, int)}
 * picks both from one source and edition). The residual is never a country. Where a source prints only the
 * residual (the IEA's cobalt refining), the world total is the listed countries plus the residual.
 *
 * <pre>{@code
 * Provenance p = Provenance.of("USGS Mineral Commodity Summaries", "2026", "Copper: Mine production", "CC0");
 * WorldTotal.of("copper", Stage.MINING, 2024, 23_000_000, p)
 *           .withRestOfWorld(Quantity.tonnes(2_850_000));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mineral     mineral id
 * @param stage       stage of the table
 * @param year        calendar year
 * @param total       the world total as printed; empty where the source prints only the residual
 * @param restOfWorld the residual line as printed ("Other countries", "Rest of world"); empty where there is none
 * @param qualifier   how the source qualifies the total (reported, estimated, projected, or a bound for
 *                    {@code ">130,000,000"})
 * @param provenance  where it comes from: the source and edition of the table's country figures
 */
public record WorldTotal(String mineral, Stage stage, int year, Optional<Quantity> total,
        Optional<Quantity> restOfWorld, Qualifier qualifier, Provenance provenance) {
    public WorldTotal {
        Checks.id(mineral, "WorldTotal", "mineral");
        Checks.notNull(stage, "WorldTotal", "stage");
        Checks.year(year, "WorldTotal", "year");
        Checks.notNull(total, "WorldTotal", "total");
        Checks.notNull(restOfWorld, "WorldTotal", "restOfWorld");
        Checks.notNull(qualifier, "WorldTotal", "qualifier");
        Checks.notNull(provenance, "WorldTotal", "provenance");
        if (total.isEmpty() && restOfWorld.isEmpty()) {
            throw new IllegalArgumentException("WorldTotal " + mineral + "/" + stage + " " + year
                    + ": neither total nor restOfWorld is given");
        }
        if (total.isPresent() && restOfWorld.isPresent() && total.get().basis() != restOfWorld.get().basis()) {
            throw new IllegalArgumentException("WorldTotal " + mineral + "/" + stage + " " + year + ": total is on basis "
                    + total.get().basis() + ", restOfWorld on " + restOfWorld.get().basis());
        }
        if (qualifier == Qualifier.NET_EXPORTER) {
            throw new IllegalArgumentException("WorldTotal.qualifier net_exporter is not a qualifier of a world total");
        }
    }

    /** Returns a reported world total of {@code tonnes} of contained mineral, with no residual line. */
    public static WorldTotal of(String mineral, Stage stage, int year, double tonnes, Provenance provenance) {
        return new WorldTotal(mineral, stage, year, Optional.of(Quantity.tonnes(tonnes)), Optional.empty(),
                Qualifier.REPORTED, provenance);
    }

    /** Returns a copy with the residual line {@code restOfWorld}. */
    public WorldTotal withRestOfWorld(Quantity restOfWorld) {
        return new WorldTotal(mineral, stage, year, total, Optional.of(Checks.notNull(restOfWorld, "WorldTotal",
                "restOfWorld")), qualifier, provenance);
    }

    /** Returns the basis of the figures (that of the total, else of the residual). */
    public Basis basis() {
        return total.orElseGet(restOfWorld::orElseThrow).basis();
    }

    /** Returns e.g. {@code "WorldTotal copper/mining 2024: 23,000,000 t, rest of world 2,850,000 t [USGS ... 2026]"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("WorldTotal ").append(mineral).append('/').append(stage).append(' ')
                .append(year).append(": ");
        b.append(total.map(Quantity::toString).orElse("no total"));
        restOfWorld.ifPresent(r -> b.append(", rest of world ").append(r));
        if (qualifier != Qualifier.REPORTED) {
            b.append(" (").append(qualifier).append(')');
        }
        return b.append(" [").append(provenance.source()).append(' ').append(provenance.edition()).append(']')
                .toString();
    }
}
