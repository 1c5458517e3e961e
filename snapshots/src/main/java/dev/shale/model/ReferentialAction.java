package dev.shale.model;

/** A foreign key's ON DELETE / ON UPDATE action. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL: {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
