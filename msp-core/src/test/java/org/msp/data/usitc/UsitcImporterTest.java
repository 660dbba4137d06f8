package org.msp.data.usitc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;

class UsitcImporterTest {
    @Test
    void read_realFile_chinaGraphite2024() {
        UsitcImporter.Result r = UsitcImporter.read(RawFiles.raw("usitc/usitc_us_trade_by_partner_annual.csv.gz"));
        assertEquals(13_532, r.values().size() + r.skipped().size());
        assertTrue(r.skipped().isEmpty(), r.skipped()::toString);
        UsImportValue v = r.values().stream().filter(x -> x.partner().equals("CHN") && x.hts4().equals("2504")
                && x.year() == 2024).findFirst().orElseThrow();
        assertEquals(95_899_895.0, v.valueUsd());
        assertEquals("kilograms", v.quantityUnit());
        assertTrue(r.values().stream().anyMatch(x -> x.partner().equals("MMR")));
        assertTrue(r.values().stream().anyMatch(x -> x.partner().equals("COD")));
    }

    @Test
    void read_unknownPartner_errorNamesLineAndField() {
        String text = "flow,measure,partner,hts4,description,unit,year,value\n"
                + "imports_for_consumption,Customs Value,Narnia,2504,NATURAL GRAPHITE,Value for: kilograms,2024,1\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> UsitcImporter.read(RawFiles.stream(text, "UTF-8"), "u.csv"));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("partner", e.problems().get(0).field());
    }
}
