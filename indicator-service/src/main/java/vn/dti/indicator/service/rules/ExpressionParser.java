package vn.dti.indicator.service.rules;

/**
 * A small recursive-descent parser for rule expressions:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := factor (('*' | '/') factor)*
 * factor     := ('+' | '-') factor | number | code | '(' expression ')'
 * number     := digits ['.' digits] [('e' | 'E') ['+' | '-'] digits]
 * code       := an indicator code: 'A'-'Z' then 'A'-'Z', '0'-'9', '_'
 * </pre>
 *
 * Spaces are allowed between tokens. The only exception it throws is {@link ParseException}, with
 * the 0-based character position of the problem.
 */
public final class ExpressionParser {

    /** Longest expression text, in characters. */
    public static final int MAX_LENGTH = vn.dti.indicator.limits.Limits.RULE_EXPRESSION;
    /** Deepest nesting of parentheses and signs (keeps the recursion far from the stack's end). */
    public static final int MAX_DEPTH = 32;

    /** The expression cannot be read; {@code position} is the 0-based character where it went wrong. */
    public static final class ParseException extends Exception {
        private final int position;

        public ParseException(String message, int position) {
            super(message, null, false, false);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    private final String text;
    private int at;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    public static Expression parse(String text) throws ParseException {
        if (text == null || text.isBlank()) {
            throw new ParseException("the expression is empty", 0);
        }
        if (text.length() > MAX_LENGTH) {
            throw new ParseException("at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        ExpressionParser p = new ExpressionParser(text);
        Expression e = p.expression();
        p.spaces();
        if (p.at < text.length()) {
            throw new ParseException("unexpected '" + text.charAt(p.at) + "' at character " + (p.at + 1), p.at);
        }
        return e;
    }

    private Expression expression() throws ParseException {
        Expression left = term();
        while (true) {
            spaces();
            if (peek('+') || peek('-')) {
                char op = text.charAt(at++);
                left = new Expression.Binary(op, left, term());
            } else {
                return left;
            }
        }
    }

    private Expression term() throws ParseException {
        Expression left = factor();
        while (true) {
            spaces();
            if (peek('*') || peek('/')) {
                char op = text.charAt(at++);
                left = new Expression.Binary(op, left, factor());
            } else {
                return left;
            }
        }
    }

    private Expression factor() throws ParseException {
        spaces();
        if (at >= text.length()) {
            throw new ParseException("the expression ends at character " + (at + 1) + " where a number, an indicator code or '(' is expected", at);
        }
        if (++depth > MAX_DEPTH) {
            throw new ParseException("nested more than " + MAX_DEPTH + " levels deep", at);
        }
        try {
            char c = text.charAt(at);
            if (c == '+' || c == '-') {
                at++;
                Expression operand = factor();
                return c == '-' ? new Expression.Negate(operand) : operand;
            }
            if (c == '(') {
                int open = at++;
                Expression inner = expression();
                spaces();
                if (!peek(')')) {
                    throw new ParseException("the '(' at character " + (open + 1) + " is not closed", at);
                }
                at++;
                return inner;
            }
            if (c >= '0' && c <= '9' || c == '.') {
                return number();
            }
            if (c >= 'A' && c <= 'Z') {
                int start = at;
                while (at < text.length() && isCodeChar(text.charAt(at))) {
                    at++;
                }
                return new Expression.Code(text.substring(start, at));
            }
            throw new ParseException("unexpected '" + c + "' at character " + (at + 1)
                    + " (expected a number, an indicator code or '(')", at);
        } finally {
            depth--;
        }
    }

    private Expression number() throws ParseException {
        int start = at;
        digits();
        if (peek('.')) {
            at++;
            digits();
        }
        if (at == start || text.substring(start, at).equals(".")) {
            throw new ParseException("a number needs digits at character " + (start + 1), start);
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            int exp = at;
            digits();
            if (at == exp) {
                throw new ParseException("an exponent needs digits at character " + (at + 1), at);
            }
        }
        double value = Double.parseDouble(text.substring(start, at));
        if (!Double.isFinite(value)) {
            throw new ParseException("the number at character " + (start + 1) + " is too large", start);
        }
        return new Expression.Number(value);
    }

    private void digits() {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    private static boolean isCodeChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void spaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }
}
