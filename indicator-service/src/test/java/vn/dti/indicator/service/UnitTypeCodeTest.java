package vn.dti.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.dti.indicator.limits.Limits;
import vn.dti.plumbing.problem.Validation;

/**
 * The unit type code rule against an oracle written independently of the regular expression: an
 * upper-case ASCII letter, then 1 to 15 of upper-case ASCII letters, digits and '_'.
 */
class UnitTypeCodeTest {

    static boolean oracle(String code) {
        if (code.length() < 2 || code.length() > Limits.UNIT_TYPE_CODE) {
            return false;
        }
        if (code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (char c : code.toCharArray()) {
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean accepted(String code) {
        Validation v = new Validation();
        UnitTypeService.checkCode(code, v);
        assertThat(v.errors()).allSatisfy(e -> {
            assertThat(e.pointer()).isEqualTo("/code");
            assertThat(e.code()).isEqualTo("INVALID_FORMAT");
        });
        return v.ok();
    }

    @Property(tries = 1000)
    void anyStringIsAcceptedExactlyWhenTheOracleSaysSo(@ForAll("nearCodes") String code) {
        assertThat(accepted(code)).as("%s", code).isEqualTo(oracle(code));
    }

    @Property(tries = 300)
    void everyWellFormedCodeIsAccepted(@ForAll("wellFormed") String code) {
        assertThat(oracle(code)).isTrue();
        assertThat(accepted(code)).as(code).isTrue();
    }

    @Property(tries = 300)
    void aWellFormedCodeWithOneBadCharacterIsRefused(@ForAll("wellFormed") String code, @ForAll("badChars") char bad,
                                                     @ForAll("positions") int position) {
        int at = position % (code.length() + 1);
        String broken = code.substring(0, at) + bad + code.substring(at);
        assertThat(accepted(broken)).as(broken).isFalse();
    }

    @Property(tries = 100)
    void tooLongCodesAreRefused(@ForAll("wellFormed") String code) {
        String longer = code + "X".repeat(Limits.UNIT_TYPE_CODE + 1 - code.length());
        assertThat(accepted(longer)).as(longer).isFalse();
    }

    @Provide
    Arbitrary<String> wellFormed() {
        return Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('_')
                                .ofMinLength(1).ofMaxLength(Limits.UNIT_TYPE_CODE - 1))
                .as((first, rest) -> first + rest);
    }

    @Provide
    Arbitrary<String> nearCodes() {
        // mostly code-like characters, so both outcomes occur often
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('_', 'a', 'z', '-', ' ', 'Đ', '.')
                .ofMinLength(0).ofMaxLength(Limits.UNIT_TYPE_CODE + 3);
    }

    @Provide
    Arbitrary<Character> badChars() {
        return Arbitraries.of('a', 'z', '-', ' ', '.', 'Đ', 'é', '\t', '\n', '/', '$', 'ı', '\u212A' /* Kelvin sign */);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }
}
