package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {
    static String print(Table t, OutputFormat f) {
        StringWriter w = new StringWriter();
        t.print(f, new PrintWriter(w));
        return w.toString();
    }

    static Table sample() {
        return Table.of(Table.text("country"), Table.share("share"), Table.tonnes("tonnes"), Table.integer("year"))
                .add("CHN", 0.98912345678, 839.12345, 2024)
                .add("a,b \"c\"", null, 1234567.0, 2023);
    }

    @Test
    void csv_headerQuotingRoundingAndEmptyCells() {
        assertEquals("country,share,tonnes,year\nCHN,0.989123,839.123,2024\n\"a,b \"\"c\"\"\",,1234567,2023\n",
                print(sample(), OutputFormat.CSV).replace("\r\n", "\n"));
    }

    @Test
    void json_numbersNullsAndText() {
        String j = print(sample(), OutputFormat.JSON);
        assertEquals(true, j.contains("\"share\" : 0.989123"), j);
        assertEquals(true, j.contains("\"share\" : null"), j);
        assertEquals(true, j.contains("\"year\" : 2024"), j);
        assertEquals(true, j.contains("\"country\" : \"a,b \\\"c\\\"\""), j);
    }

    @Test
    void table_alignsAndShowsPercentages() {
        String[] lines = print(sample(), OutputFormat.TABLE).split("\\R");
        assertEquals("country  share     tonnes  year", lines[0]);
        assertEquals("CHN      98.9%        839  2024", lines[1]);
        assertEquals("a,b \"c\"      -  1,234,567  2023", lines[2]);
    }

    @Test
    void decimals_noTrailingZerosNoNegativeZero() {
        assertEquals("0.5", Table.decimals(0.5, 6));
        assertEquals("0", Table.decimals(-1e-12, 6));
        assertEquals("60.833333", Table.decimals(5000 / (30000 / 365.0), 6));
        assertThrows(IllegalArgumentException.class, () -> Table.decimals(Double.NaN, 3));
    }

    @Test
    void add_wrongNumberOfCells_refused() {
        assertThrows(IllegalArgumentException.class, () -> sample().add("x"));
    }

    @Test
    void outputFormat_readsAnyCase() {
        assertEquals(OutputFormat.CSV, new OutputFormat.Converter().convert(" Csv "));
        assertThrows(picocli.CommandLine.TypeConversionException.class,
                () -> new OutputFormat.Converter().convert("xml"));
    }
}
