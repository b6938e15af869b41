package vn.dti.plumbing.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Units belong to a period when valid on its last day: the last day of every kind of period. */
class PeriodCodeTest {

    @Test
    void theLastDayOfEachKindOfPeriod() {
        assertThat(PeriodCode.parse("2024").endsOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PeriodCode.parse("2024-H1").endsOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(PeriodCode.parse("2024-H2").endsOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PeriodCode.parse("2024-Q1").endsOn()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PeriodCode.parse("2024-Q3").endsOn()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(PeriodCode.parse("2024-Q4").endsOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        // 2025 is ranked on the 34 units of 1 July 2025: they are the ones valid on 31 December.
        assertThat(PeriodCode.parse("2025").endsOn()).isAfter(LocalDate.of(2025, 7, 1));
    }

    @Test
    void theFirstDayOfEachKindOfPeriod() {
        assertThat(PeriodCode.parse("2024").startsOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PeriodCode.parse("2024-H2").startsOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PeriodCode.parse("2024-Q3").startsOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PeriodCode.parse("2024-Q4").startsOn()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void aPeriodFitsOnlyItsOwnKindOfFramework() {
        assertThat(PeriodCode.parse("2024").fits("ANNUAL")).isTrue();
        assertThat(PeriodCode.parse("2024-H1").fits("HALF_YEAR")).isTrue();
        assertThat(PeriodCode.parse("2024-Q3").fits("ANNUAL")).isFalse();
        assertThat(PeriodCode.parse("2024-Q5")).isNull();
        assertThat(PeriodCode.parse("24")).isNull();
        assertThat(PeriodCode.parse("1899")).isNull();
        assertThat(PeriodCode.parse(null)).isNull();
    }

    @Test
    void parsingForAFrameworkRefusesAPeriodOfAnotherType() {
        assertThat(PeriodCode.parse("2024-Q3", "QUARTER")).isEqualTo(PeriodCode.parse("2024-Q3"));
        assertThat(PeriodCode.parse("2024-Q3", "ANNUAL")).isNull();
        assertThat(PeriodCode.parse("2024", "HALF_YEAR")).isNull();
        assertThat(PeriodCode.parse("2024", null)).isNull();
        assertThat(PeriodCode.parse(null, "ANNUAL")).isNull();
    }

    @Test
    void anExampleOfEachType() {
        assertThat(PeriodCode.parse(PeriodCode.example("ANNUAL"), "ANNUAL")).isNotNull();
        assertThat(PeriodCode.parse(PeriodCode.example("HALF_YEAR"), "HALF_YEAR")).isNotNull();
        assertThat(PeriodCode.parse(PeriodCode.example("QUARTER"), "QUARTER")).isNotNull();
    }
}
