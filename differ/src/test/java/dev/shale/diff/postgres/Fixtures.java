package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.Table;
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
        return EnumType.of(ROLE, "CLIENT", "ADMIN");
    }

    static Column column(String name, String type, boolean nullable) {
        return Column.of(name, ColumnType.builtIn(type), nullable);
    }

    static Column withDefault(Column column, String defaultExpression) {
        return column.toBuilder().defaultExpression(defaultExpression).build();
    }

    static Column withIdentity(Column column, Identity identity) {
        return column.toBuilder().identity(identity).build();
    }

    static Column withComment(Column column, String comment) {
        return column.toBuilder().comment(comment).build();
    }

    static Column withType(Column column, ColumnType type) {
        return column.toBuilder().type(type).build();
    }

    static Column nullable(Column column, boolean nullable) {
        return column.toBuilder().nullable(nullable).build();
    }

    /** The design's users table: uuid key, unique email, a check, an expression index and comments. */
    static Table users() {
        return Table.builder(USERS)
                .column(withDefault(column("id", "uuid", false), "gen_random_uuid()"))
                .column(Column.of("email", ColumnType.builtIn("varchar", 255), false))
                .column(column("name", "text", true))
                .column(column("age", "integer", true))
                .column(Column.builder("role", ROLE_TYPE).notNull().defaultExpression("'CLIENT'::public.role"))
                .column(withComment(withDefault(column("created_at", "timestamptz", false), "now()"),
                        "When the user signed up"))
                .primaryKey("users_pkey", "id")
                .unique("users_email_key", "email")
                .check("users_age_check", "age >= 0")
                .index(Index.builder("users_lower_name_idx").expression("lower(name)"))
                .comment("People who sign in")
                .build();
    }

    /** The design's tickets table: identity key, a foreign key to users, a generated column, an array. */
    static Table tickets() {
        return Table.builder(TICKETS)
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().identity(Identity.BY_DEFAULT))
                .column(column("user_id", "uuid", false))
                .column(Column.of("ticket_number", ColumnType.builtIn("varchar", 32), true))
                .column(column("content", "text", true))
                .column(column("priority", "integer", false))
                .column(column("price", "numeric", true))
                .column(column("qty", "integer", true))
                .column(Column.builder("total", ColumnType.builtIn("numeric")).generatedExpression("price * qty"))
                .column(Column.of("watchers", ROLE_TYPE.arrayOf(), true))
                .primaryKey("support_tickets_pkey", "id")
                .unique("support_tickets_ticket_number_key", "ticket_number")
                .check("support_tickets_priority_check", "priority BETWEEN 1 AND 5")
                .foreignKey(userForeignKey())
                .index(Index.builder("support_tickets_user_id_created_idx").columns("user_id", "id"))
                .build();
    }

    static ForeignKey userForeignKey() {
        return ForeignKey.builder("support_tickets_user_id_fkey", USERS).columns("user_id").referencedColumns("id")
                .onDelete(ReferentialAction.CASCADE).build();
    }
}
