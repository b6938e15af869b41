package vn.dti.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Numbers and dates as each language writes them. */
class FormatsTest {

    final Formats vi = Formats.of("vi");
    final Formats en = Formats.of("en");

    @Test
    void vietnameseUsesADecimalCommaAndAThousandsDot() {
        assertThat(vi.value(11.27, "PERCENT")).isEqualTo("11,27 %");
        assertThat(vi.score(0.78144)).isEqualTo("0,7814");
        assertThat(vi.integer(1234)).isEqualTo("1.234");
        assertThat(vi.number(1234.5)).isEqualTo("1.234,5");
        assertThat(vi.share(0.857)).isEqualTo("85,7 %");
        assertThat(vi.signedScore(-0.01234)).isEqualTo("−0,0123");
        assertThat(vi.value(1.0, "BOOLEAN")).isEqualTo("có");
        assertThat(vi.ordinal(7)).isEqualTo("thứ 7");
        assertThat(vi.date(LocalDate.of(2025, 3, 12))).isEqualTo("ngày 12 tháng 3 năm 2025");
        assertThat(vi.dateTime(OffsetDateTime.parse("2025-03-12T03:24:31Z"))).isEqualTo("10:24 ngày 12/03/2025 (UTC+7)");
    }

    @Test
    void englishUsesADecimalPointAndAThousandsComma() {
        assertThat(en.value(11.27, "PERCENT")).isEqualTo("11.27 %");
        assertThat(en.value(7.0, "PERCENT")).isEqualTo("7 %");
        assertThat(en.score(0.781451)).isEqualTo("0.7815");
        assertThat(en.integer(1234)).isEqualTo("1,234");
        assertThat(en.value(1234.0, "COUNT")).isEqualTo("1,234");
        assertThat(en.signedScore(0.0123)).isEqualTo("+0.0123");
        assertThat(en.signedScore(0.00001)).isEqualTo("0.0000");
        assertThat(en.rankChange(3)).isEqualTo("▲ 3");
        assertThat(en.rankChange(-2)).isEqualTo("▼ 2");
        assertThat(en.rankChange(null)).isEqualTo("–");
        assertThat(en.ordinal(1)).isEqualTo("1st");
        assertThat(en.ordinal(2)).isEqualTo("2nd");
        assertThat(en.ordinal(3)).isEqualTo("3rd");
        assertThat(en.ordinal(11)).isEqualTo("11th");
        assertThat(en.ordinal(22)).isEqualTo("22nd");
        assertThat(en.ordinal(63)).isEqualTo("63rd");
        assertThat(en.date(LocalDate.of(2025, 3, 12))).isEqualTo("12 March 2025");
        assertThat(en.dateTime(OffsetDateTime.parse("2025-03-12T03:24:31Z"))).isEqualTo("12 March 2025, 10:24 (UTC+7)");
    }

    @Test
    void namesInsideASentence() {
        assertThat(Formats.inSentence("Digital economy")).isEqualTo("digital economy");
        assertThat(Formats.inSentence("ICT graduates per 10,000 people")).isEqualTo("ICT graduates per 10,000 people");
        assertThat(Formats.inSentence("Hạ tầng số")).isEqualTo("hạ tầng số");
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws IOException {
        Map<String, String> vi = messages("vi");
        Map<String, String> en = messages("en");
        assertThat(vi.keySet()).isEqualTo(en.keySet());
        assertThat(vi.values()).allSatisfy(v -> assertThat(v).isNotBlank());
        // Qute would quietly fall back to English for a key missing in Vietnamese: every method has both
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(BriefMessages.class.getMethods()).map(Method::getName).toList());
    }

    /** The Qute message bundle file of a language, read the way Qute reads it (key=value lines, # comments). */
    private static Map<String, String> messages(String language) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (InputStream in = FormatsTest.class.getResourceAsStream("/messages/brief_" + language + ".properties")) {
            assertThat(in).as("messages/brief_%s.properties", language).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    int eq = l.indexOf('=');
                    assertThat(texts.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip())).as("a key twice: %s", l).isNull();
                }
            }
        }
        return texts;
    }
}
