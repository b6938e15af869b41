package vn.dti.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.dti.plumbing.problem.ProblemException;

/** The two CSV dialects: ',' with a decimal dot, ';' with a decimal comma (told apart by the header line). */
class CsvDialectTest {

    record Row(String unit, String period, String indicator, BigDecimal value, String note) {
    }

    @Test
    void aSemicolonFileWithDecimalCommas() {
        SubmissionParser.Parsed p = SubmissionParser.csv("""
                unit_code;framework_code;period;indicator_code;value;note
                01;DTI-PROVINCE;2024;OPS_TIMELY_RATE;98,01;"a note; with a semicolon, and a comma"
                01;DTI-PROVINCE;2024;OPEN_DATA_SETS;120;
                """);
        assertThat(p.orphans()).isEmpty();
        assertThat(p.groups()).hasSize(1);
        assertThat(p.groups().get(0).problems()).isEmpty();
        assertThat(p.groups().get(0).request().values()).extracting(SubmissionRequest.ValueInput::value).containsExactly(98.01, 120.0);
        assertThat(p.groups().get(0).request().values().get(0).note()).isEqualTo("a note; with a semicolon, and a comma");
    }

    @Test
    void aDotInASemicolonFileIsRefusedNeverGuessed() {
        // 1.234 is 1234 in a Vietnamese export and 1.234 in an English one
        SubmissionParser.Parsed p = SubmissionParser.csv("unit_code;framework_code;period;indicator_code;value\n01;DTI-PROVINCE;2024;OPEN_DATA_SETS;1.234\n");
        assertThat(p.groups().get(0).problems()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/rows/0/value");
            assertThat(e.code()).isEqualTo("NOT_A_NUMBER");
            assertThat(e.detail()).contains("decimal mark is a comma");
        });
        assertThat(p.groups().get(0).sent()).isEqualTo(1);
        assertThat(p.groups().get(0).request().values()).isEmpty();
    }

    @Test
    void aRowWithoutItsKeyIsAProblemOfItsOwnAndTheFileAsAWholeIsRefusedAtOnce() {
        SubmissionParser.Parsed p = SubmissionParser.csv("unit_code,framework_code,period,indicator_code,value\n,DTI-PROVINCE,2024,A,1\n01,DTI-PROVINCE,2024,A,x\n");
        assertThat(p.orphans()).extracting(e -> e.pointer() + " " + e.code()).containsExactly("/rows/0/unit_code REQUIRED");
        assertThat(p.orphanRows()).isEqualTo(1);
        assertThat(p.groups().get(0).problems()).extracting(e -> e.pointer() + " " + e.code()).containsExactly("/rows/1/value NOT_A_NUMBER");
        assertThatThrownBy(() -> SubmissionParser.csv("unit;framework\n01;X\n")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).pointer()).isEqualTo("/header"));
    }

    /** Any file written in one dialect parses to the same submissions as the same file written in the other. */
    @Property(tries = 300)
    void bothDialectsParseToTheSameValues(@ForAll("rows") List<Row> rows) {
        SubmissionParser.Parsed comma = SubmissionParser.csv(render(rows, ',', false));
        SubmissionParser.Parsed semicolon = SubmissionParser.csv(render(rows, ';', true));
        assertThat(comma.orphans()).isEmpty();
        assertThat(semicolon.orphans()).isEmpty();
        assertThat(semicolon.groups()).isEqualTo(comma.groups());
        List<Double> expected = rows.stream().map(r -> r.value().doubleValue()).toList();
        List<Double> parsed = new ArrayList<>();
        comma.groups().forEach(g -> g.request().values().forEach(v -> parsed.add(v.value())));
        assertThat(parsed).containsExactlyInAnyOrderElementsOf(expected);
    }

    static String render(List<Row> rows, char separator, boolean decimalComma) {
        String s = String.valueOf(separator);
        StringBuilder b = new StringBuilder(String.join(s, "unit_code", "framework_code", "period", "indicator_code", "value", "note")).append("\r\n");
        for (Row r : rows) {
            String value = r.value().toPlainString();
            if (decimalComma) {
                value = value.replace('.', ',');
            }
            b.append(String.join(s, r.unit(), "DTI-PROVINCE", r.period(), r.indicator(), quote(value, separator), quote(r.note(), separator)))
                    .append("\r\n");
        }
        return b.toString();
    }

    static String quote(String cell, char separator) {
        if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf(',') >= 0 || cell.indexOf(';') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000)).ofScale(3)
                .map(BigDecimal::stripTrailingZeros).map(d -> d.scale() < 0 ? d.setScale(0) : d);
        Arbitrary<String> notes = Arbitraries.strings().withChars("abc xyz,;\"'ệđ1.").ofMaxLength(20)
                .map(n -> n.strip()).map(n -> n.isEmpty() ? "n" : n);
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of("01", "02", "48", "79"), Arbitraries.of("2023", "2024"),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8), values, notes).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(30);
    }

    @Test
    void renderedExample() {
        String text = render(List.of(new Row("01", "2024", "A", new BigDecimal("-12.5"), "x;y")), ';', true);
        assertThat(text.toLowerCase(Locale.ROOT)).contains("01;dti-province;2024;a;\"-12,5\";\"x;y\"");
    }
}
