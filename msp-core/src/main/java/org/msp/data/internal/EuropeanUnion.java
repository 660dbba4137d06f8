package org.msp.data.internal;

import org.msp.model.CountryGroup;
import org.msp.model.Membership;
import org.msp.model.Provenance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * The member states of the European Union with the dates of accession (and the United Kingdom's withdrawal),
 * as the group {@value #ID} of the world dataset: the EU as a bloc of countries, so that its production is
 * its members' production and trade between members is internal (the dataset's {@code EUU} is the Union as a
 * policy actor, e.g. an MSP partner, not a producer or trader).
 *
 * <p>Source: the EU treaties of accession and the Withdrawal Agreement, as listed by the European Union,
 * "EU countries" (european-union.europa.eu). Not part of the public API.
 */
public final class EuropeanUnion {
    /** The group id. */
    public static final String ID = "eu";

    private EuropeanUnion() {}

    /** Returns the group: 27 members from their accession, the United Kingdom from 1973 until 1 Feb 2020. */
    public static CountryGroup group() {
        ImmutableList.Builder<Membership> m = ImmutableList.builder();
        add(m, "1958-01-01", "BEL", "DEU", "FRA", "ITA", "LUX", "NLD");
        add(m, "1973-01-01", "DNK", "IRL");
        m.add(Membership.of("GBR", LocalDate.parse("1973-01-01"), LocalDate.parse("2020-02-01")));
        add(m, "1981-01-01", "GRC");
        add(m, "1986-01-01", "ESP", "PRT");
        add(m, "1995-01-01", "AUT", "FIN", "SWE");
        add(m, "2004-05-01", "CYP", "CZE", "EST", "HUN", "LTU", "LVA", "MLT", "POL", "SVK", "SVN");
        add(m, "2007-01-01", "BGR", "ROU");
        add(m, "2013-07-01", "HRV");
        return new CountryGroup(ID, "European Union member states", m.build(), new Provenance("European Union",
                "2020", "EU countries: member states and dates of accession", "public (official list)",
                "The six founding states are dated from the Treaty of Rome (1 Jan 1958); the United Kingdom left on "
                        + "31 Jan 2020 (Withdrawal Agreement). 27 members since 1 Feb 2020."));
    }

    private static void add(ImmutableList.Builder<Membership> m, String since, String... countries) {
        for (String c : List.of(countries)) {
            m.add(Membership.of(c, LocalDate.parse(since)));
        }
    }
}
