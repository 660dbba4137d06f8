package org.msp.world;

import org.msp.model.CountryGroup;
import org.msp.model.ExportRestriction;
import org.msp.model.Membership;
import org.msp.model.Offtake;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.RestrictionKind;
import org.msp.model.Stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The groups, trade measures and projects of the world dataset, each as far as a news report or policy analysis
 * states it (the MSP principals' joint statement of 18 Nov 2025; ISPI, 26 Jun 2025; CSIS on the South Korean
 * chair); every record's provenance cites the publication, and says where a date comes from when the
 * publication does not state it.
 */
final class CitedFacts {
    private static final String LICENCE = "cited fact (news/policy analysis)";
    private static final String MSP_BRUSSELS = "Diplomacy Journal (news): Joint statement of the MSP Principals' Meeting, Brussels, 18 Nov 2025";
    private static final String ISPI = "ISPI (policy analysis): A. Prina Cerai, 'Mineral (In)Security: Why the Global North Wants Deals on Critical Minerals', 26 Jun 2025";
    private static final String CSIS = "CSIS (policy analysis): H. S. Cho and J. Nakano, 'The Minerals Security Partnership Under the South Korean Leadership'";

    private CitedFacts() {}

    /** The MSP launch date: ISPI and CSIS state "June 2022"; the day is not stated. */
    static final LocalDate MSP_LAUNCH = LocalDate.of(2022, 6, 1);

    /** Returns the groups: MSP partners and the IRA foreign entities of concern. */
    static List<CountryGroup> groups() {
        ImmutableList.Builder<Membership> m = ImmutableList.builder();
        for (String c : List.of("AUS", "CAN", "DEU", "EST", "EUU", "FIN", "FRA", "GBR", "IND", "ITA", "JPN", "KOR",
                "NOR", "SWE", "USA")) {
            m.add(Membership.of(c, MSP_LAUNCH));
        }
        m.add(Membership.of("BEL", LocalDate.of(2025, 11, 18)));
        CountryGroup msp = new CountryGroup("msp-partners", "Minerals Security Partnership partners", m.build(),
                new Provenance(ISPI, "2025", "MSP launched at PDAC, Toronto, June 2022; 14 member countries and the EU",
                        LICENCE, "ISPI and CSIS state the June 2022 launch (day not stated: the 1st is used) and the "
                        + "partners, not each partner's join date, so the 14 countries and the EU named by the partner "
                        + "list are dated from the launch. Belgium is dated from 18 Nov 2025, when " + MSP_BRUSSELS
                        + " first lists it among the partner governments."));
        CountryGroup feoc = CountryGroup.of("feoc", "Foreign entities of concern (US Inflation Reduction Act)",
                LocalDate.of(2022, 8, 16),
                new Provenance(ISPI, "2025", "IRA exclusion of Foreign Entities of Concern (FEOC) from tax credits",
                        LICENCE, "ISPI names the FEOC exclusion but not the countries or a date: the countries are the "
                        + "'covered nations' of 10 U.S.C. 4872(d) (China, Russia, Iran, North Korea) and the date is the "
                        + "IRA's enactment, 16 Aug 2022 (Public Law 117-169)."),
                "CHN", "IRN", "PRK", "RUS");
        return List.of(msp, feoc);
    }

    /** Returns China's export restrictions that ISPI and CSIS name, with their dates. */
    static List<ExportRestriction> exportRestrictions() {
        Provenance s2 = new Provenance(CSIS, "2025", "Chinese export restriction on gallium and germanium", LICENCE,
                "CSIS names the restriction, not its date: 1 Aug 2023 is the effective date of MOFCOM/GAC "
                + "announcement No. 23 of 2023 (export licensing of gallium and germanium items).");
        ExportRestriction gaGe = new ExportRestriction("cn-2023-gallium-germanium",
                "Export licensing of gallium and germanium and their compounds", "CHN",
                ImmutableSortedSet.of("gallium", "germanium"), Stage.REFINING, RestrictionKind.LICENSING,
                LocalDate.of(2023, 8, 1), Optional.empty(), ImmutableSortedSet.of(), ImmutableSortedSet.of(),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(), s2);
        Provenance s2dec = new Provenance(CSIS, "2025", "China's latest export restrictions in early December 2024",
                LICENCE, "CSIS says 'early December 2024'; 3 Dec 2024 is the date of MOFCOM announcement No. 46 of "
                + "2024, which bans exports of gallium, germanium and antimony to the United States.");
        ExportRestriction dec2024 = new ExportRestriction("cn-2024-12-ban-usa",
                "Ban on exports of gallium, germanium and antimony to the United States", "CHN",
                ImmutableSortedSet.of("antimony", "gallium", "germanium"), Stage.REFINING, RestrictionKind.BAN,
                LocalDate.of(2024, 12, 3), Optional.empty(), ImmutableSortedSet.of("USA"), ImmutableSortedSet.of(),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(), s2dec);
        Provenance s1 = new Provenance(ISPI, "2025", "the export control of Beijing on rare earths and magnets",
                LICENCE, "ISPI names the controls, not their date or elements: 4 Apr 2025 and the seven elements "
                + "are those of MOFCOM/GAC announcement No. 18 of 2025.");
        ImmutableSortedSet<String> ree = ImmutableSortedSet.of("dysprosium", "gadolinium", "lutetium", "samarium",
                "scandium", "terbium", "yttrium");
        ExportRestriction rareEarths = new ExportRestriction("cn-2025-rare-earths",
                "Export licensing of seven medium and heavy rare earths", "CHN", ree, Stage.REFINING,
                RestrictionKind.LICENSING, LocalDate.of(2025, 4, 4), Optional.empty(), ImmutableSortedSet.of(),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(), s1);
        ExportRestriction magnets = new ExportRestriction("cn-2025-rare-earth-magnets",
                "Export licensing of magnets containing the seven controlled rare earths", "CHN", ree, Stage.MATERIAL,
                RestrictionKind.LICENSING, LocalDate.of(2025, 4, 4), Optional.empty(), ImmutableSortedSet.of(),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(), s1);
        return List.of(gaGe, dec2024, rareEarths, magnets);
    }

    /** Returns the MSP projects ISPI and CSIS state facts about. */
    static List<Project> projects() {
        Provenance p = new Provenance(CSIS, "2025", "Mahenge Project in Tanzania", LICENCE,
                "CSIS states: an MSP-supported project; POSCO International of South Korea engaged with a $40 "
                + "million purchase commitment to help underpin the development of a graphite mine. No capacity, "
                + "financier or online year is stated; status 'financing' reads 'underpin the development'.");
        return List.of(new Project("mahenge-graphite", "Mahenge graphite project", "TZA", Stage.MINING,
                ImmutableSortedSet.of("graphite"), Optional.empty(), ProjectStatus.FINANCING, OptionalInt.empty(),
                List.of(), List.of(Offtake.ofValue("POSCO International", 40_000_000)), p));
    }
}
