package vn.dti.indicator.service.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExpressionParserTest {

    @Test
    void precedenceParenthesesSignsAndSpaces() throws Exception {
        Map<String, Double> v = Map.of("A", 6.0, "B", 3.0, "C_2", 2.0);
        assertThat(ExpressionParser.parse("A + B * C_2").eval(v)).isEqualTo(12.0);
        assertThat(ExpressionParser.parse("(A + B) * C_2").eval(v)).isEqualTo(18.0);
        assertThat(ExpressionParser.parse("A - B - C_2").eval(v)).isEqualTo(1.0);   // left-associative
        assertThat(ExpressionParser.parse("A / B / C_2").eval(v)).isEqualTo(1.0);
        assertThat(ExpressionParser.parse("-A + +B").eval(v)).isEqualTo(-3.0);
        assertThat(ExpressionParser.parse("  A*100/B ").eval(v)).isEqualTo(200.0);
        assertThat(ExpressionParser.parse("1.5e2 + .5").eval(v)).isEqualTo(150.5);
        assertThat(ExpressionParser.parse("A / (B - 3)").eval(v)).isNaN();         // division by zero: not evaluable
        assertThat(ExpressionParser.parse("A + MISSING").eval(v)).isNaN();
        assertThat(ExpressionParser.parse("A * B + A").codes()).containsExactly("A", "B");
    }

    @Test
    void badExpressionsAreParseErrorsWithThePosition() {
        record Case(String text, int position) {
        }
        for (Case c : new Case[] {new Case("", 0), new Case("A +", 3), new Case("(A + B", 6), new Case("A B", 2),
                new Case("a + 1", 0), new Case("A % 2", 2), new Case("1e", 2), new Case("A + )", 4), new Case(".", 0),
                new Case("A ** B", 3), new Case("1e999", 0)}) {
            assertThatThrownBy(() -> ExpressionParser.parse(c.text())).as(c.text())
                    .isInstanceOf(ExpressionParser.ParseException.class)
                    .satisfies(e -> assertThat(((ExpressionParser.ParseException) e).position()).as(c.text()).isEqualTo(c.position()));
        }
        assertThatThrownBy(() -> ExpressionParser.parse("(".repeat(40) + "A" + ")".repeat(40)))
                .isInstanceOf(ExpressionParser.ParseException.class).hasMessageContaining("nested");
        assertThatThrownBy(() -> ExpressionParser.parse("A+".repeat(300) + "A"))
                .isInstanceOf(ExpressionParser.ParseException.class).hasMessageContaining("at most");
    }

    /** Printing an expression and parsing it back gives the same expression, and the same value. */
    @Property(tries = 500)
    void roundTrip(@ForAll("expressions") Expression e) throws Exception {
        Expression back = ExpressionParser.parse(e.toString());
        assertThat(back).isEqualTo(e);
        Map<String, Double> values = Map.of("A", 3.0, "B", -2.5, "C_1", 7.0);
        assertThat(Double.doubleToLongBits(back.eval(values))).isEqualTo(Double.doubleToLongBits(e.eval(values)));
    }

    /** Whatever the text, the parser answers an expression or a ParseException: nothing else escapes. */
    @Property(tries = 2000)
    void neverThrowsAnythingButAParseError(@ForAll("texts") String text) {
        try {
            ExpressionParser.parse(text);
        } catch (ExpressionParser.ParseException e) {
            assertThat(e.position()).isBetween(0, Math.max(text.length(), ExpressionParser.MAX_LENGTH));
        }
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return expression(4);
    }

    private Arbitrary<Expression> expression(int depth) {
        Arbitrary<Expression> leaf = Arbitraries.oneOf(
                Arbitraries.of("A", "B", "C_1").map(Expression.Code::new),
                Arbitraries.doubles().between(0, 1e6).ofScale(3).map(Expression.Number::new),
                Arbitraries.integers().between(0, 1000).map(i -> new Expression.Number(i)));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expression> sub = Arbitraries.lazy(() -> expression(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, sub.map(Expression.Negate::new)),
                net.jqwik.api.Tuple.of(4, net.jqwik.api.Combinators.combine(Arbitraries.of('+', '-', '*', '/'), sub, sub)
                        .as((op, l, r) -> (Expression) new Expression.Binary(op, l, r))));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tokens = Arbitraries.of("A", "B1", "x", "1", "2.5", ".", "e", "E", "1e", "1e+", "+", "-", "*", "/",
                "(", ")", " ", "%", "\u0000", "ệ", "1e400", "__", "9".repeat(400));
        Arbitrary<String> free = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.oneOf(tokens.list().ofMaxSize(40).map(l -> String.join("", l)), free);
    }
}
