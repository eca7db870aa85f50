package io.lakefront.domain.audience;

import io.lakefront.domain.UserError;

/** A comparison between a field (or an event measure) and a value. */
public enum Operator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String sql;

    Operator(String sql) {
        this.sql = sql;
    }

    /** The SQL operator: a constant, never user text. */
    public String sql() {
        return sql;
    }

    /** True for {@code <, <=, >, >=}, which need an ordered type. */
    public boolean ordering() {
        return this != EQ && this != NE;
    }

    /** Reads {@code =, ==, !=, <>, <, <=, >, >=}. */
    public static Operator parse(String symbol) {
        String s = symbol == null ? "" : symbol.strip();
        return switch (s) {
            case "=", "==" -> EQ;
            case "!=", "<>" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            default -> throw new UserError("unknown comparison '" + s + "' (use =, !=, <, <=, >, >=)");
        };
    }
}
