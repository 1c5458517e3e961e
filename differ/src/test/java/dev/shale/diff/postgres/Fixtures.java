package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/** Small schema objects shared by the rendering tests, and the rendered text of a change. */
final class Fixtures {

    static final QualifiedName USERS = QualifiedName.of("users");
    static final QualifiedName TICKETS = QualifiedName.of("support_tickets");
    static final QualifiedName ROLE = QualifiedName.of("role");
    static final ColumnType ROLE_TYPE = ColumnType.userType(ROLE);

    private static final PostgresRenderer RENDERER = new PostgresRenderer();

    private Fixtures() {
    }

    /** Each statement followed by {@code ;} and a line break, the way a migration file shows them. */
    static String sql(Change change) {
        return RENDERER.render(change).stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
    }

    static EnumType role() {
        return new EnumType(ROLE, List.of("CLIENT", "ADMIN"));
    }

    static Column column(String name, String type, boolean nullable) {
        return Column.of(name, ColumnType.builtIn(type), nullable);
    }

    static Column withDefault(Column column, String defaultExpression) {
        return new Column(column.name(), column.type(), column.nullable(), defaultExpression, column.identity(),
                column.generatedExpression(), column.comment());
    }

    static Column withIdentity(Column column, Identity identity) {
        return new Column(column.name(), column.type(), column.nullable(), column.defaultExpression(), identity,
                column.generatedExpression(), column.comment());
    }

    static Column withComment(Column column, String comment) {
        return new Column(column.name(), column.type(), column.nullable(), column.defaultExpression(),
                column.identity(), column.generatedExpression(), comment);
    }

    static Column withType(Column column, ColumnType type) {
        return new Column(column.name(), type, column.nullable(), column.defaultExpression(), column.identity(),
                column.generatedExpression(), column.comment());
    }

    static Column nullable(Column column, boolean nullable) {
        return new Column(column.name(), column.type(), nullable, column.defaultExpression(), column.identity(),
                column.generatedExpression(), column.comment());
    }

    /** The design's users table: uuid key, unique email, a check, an expression index and comments. */
    static Table users() {
        return new Table(USERS,
                List.of(
                        withDefault(column("id", "uuid", false), "gen_random_uuid()"),
                        Column.of("email", ColumnType.builtIn("varchar", 255), false),
                        column("name", "text", true),
                        column("age", "integer", true),
                        withDefault(Column.of("role", ROLE_TYPE, false), "'CLIENT'::public.role"),
                        withComment(withDefault(column("created_at", "timestamptz", false), "now()"),
                                "When the user signed up")),
                new PrimaryKey("users_pkey", List.of("id")),
                List.of(new UniqueConstraint("users_email_key", List.of("email"))),
                List.of(new CheckConstraint("users_age_check", "age >= 0")),
                List.of(),
                List.of(new Index("users_lower_name_idx", List.of(IndexKey.expression("lower(name)")), false,
                        IndexMethod.BTREE, null)),
                "People who sign in");
    }

    /** The design's tickets table: identity key, a foreign key to users, a generated column, an array. */
    static Table tickets() {
        return new Table(TICKETS,
                List.of(
                        withIdentity(column("id", "bigint", false), Identity.BY_DEFAULT),
                        column("user_id", "uuid", false),
                        Column.of("ticket_number", ColumnType.builtIn("varchar", 32), true),
                        column("content", "text", true),
                        column("priority", "integer", false),
                        column("price", "numeric", true),
                        column("qty", "integer", true),
                        new Column("total", ColumnType.builtIn("numeric"), true, null, null, "price * qty", null),
                        Column.of("watchers", ROLE_TYPE.arrayOf(), true)),
                new PrimaryKey("support_tickets_pkey", List.of("id")),
                List.of(new UniqueConstraint("support_tickets_ticket_number_key", List.of("ticket_number"))),
                List.of(new CheckConstraint("support_tickets_priority_check", "priority BETWEEN 1 AND 5")),
                List.of(userForeignKey()),
                List.of(new Index("support_tickets_user_id_created_idx",
                        List.of(IndexKey.column("user_id"), IndexKey.column("id")), false, IndexMethod.BTREE, null)),
                null);
    }

    static ForeignKey userForeignKey() {
        return new ForeignKey("support_tickets_user_id_fkey", List.of("user_id"), USERS, List.of("id"),
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
    }
}
