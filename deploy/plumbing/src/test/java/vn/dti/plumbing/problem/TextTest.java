package vn.dti.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule of what a request's text may hold, shared by the three services. */
class TextTest {

    @Test
    void printableTextOfAnyScriptIsClean() {
        assertThat(Text.firstInvalid("Thừa Thiên Huế — 98,01 % 📈", false)).isEqualTo(-1);
        assertThat(Text.problem("Thừa Thiên Huế", false)).isNull();
    }

    @Test
    void controlCharactersArePointedAtAndLineBreaksPassOnlyInMultiLineText() {
        assertThat(Text.firstInvalid("ab\u0000c", false)).isEqualTo(2);
        assertThat(Text.firstInvalid("a\u007f", false)).isEqualTo(1);
        assertThat(Text.firstInvalid("a\u0085", false)).as("C1 (NEL)").isEqualTo(1);
        assertThat(Text.firstInvalid("line 1\r\n\tline 2", false)).isEqualTo(6);
        assertThat(Text.firstInvalid("line 1\r\n\tline 2", true)).isEqualTo(-1);
        assertThat(Text.problem("a\u0001", true)).isEqualTo(Text.CONTROL_CHARACTER);
    }

    @Test
    void halfASurrogatePairIsInvalidUnicode() {
        assertThat(Text.firstInvalid("x\ud800y", false)).isEqualTo(1);
        assertThat(Text.firstInvalid("x\udc00", false)).isEqualTo(1);
        assertThat(Text.problem("x\ud800y", false)).isEqualTo(Text.INVALID_CHARACTER);
        assertThat(Text.clean("x\ud83d\udcc8")).as("a whole pair").isTrue();
        assertThat(Text.clean(null)).isTrue();
    }
}
