package dev.shale.snapshot;

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
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;

/** Hand-built models for tests, together covering every model field. */
final class Models {

    private Models() {
    }

    /** One table, one column. */
    static SchemaModel small() {
        return new SchemaModel(List.of(), List.of(), List.of(new Table(QualifiedName.of("users"),
                List.of(Column.of("id", ColumnType.builtIn("uuid"), false)),
                new PrimaryKey("users_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null)));
    }

    /** Every field of every model record set at least once, and also left empty or null somewhere. */
    static SchemaModel rich() {
        QualifiedName role = new QualifiedName("auth", "role");
        Table users = new Table(new QualifiedName("auth", "users"),
                List.of(
                        new Column("id", ColumnType.builtIn("uuid"), false, "gen_random_uuid()", null, null,
                                "primary key"),
                        Column.of("email", ColumnType.builtIn("varchar", 255), false),
                        new Column("role", ColumnType.userType(role), false, "'client'::auth.role", null, null, null),
                        Column.of("tags", ColumnType.builtIn("text").arrayOf().arrayOf(), true),
                        Column.of("balance", ColumnType.builtIn("numeric", 10, 2), true),
                        new Column("email_lower", ColumnType.builtIn("text"), true, null, null, "lower(email)", ""),
                        new Column("note", ColumnType.builtIn("text"), true, null, null, null, "quotes \" and ü")),
                new PrimaryKey("users_pkey", List.of("id")),
                List.of(new UniqueConstraint("users_email_key", List.of("email"))),
                List.of(new CheckConstraint("users_balance_check", "balance >= 0")),
                List.of(),
                List.of(
                        new Index("users_email_lower_idx", List.of(IndexKey.expression("lower(email)")), true,
                                IndexMethod.BTREE, "role <> 'admin'"),
                        new Index("users_tags_idx", List.of(IndexKey.column("tags")), false, IndexMethod.GIN, null)),
                "people who log in");
        Table tickets = new Table(QualifiedName.of("support_tickets"),
                List.of(
                        new Column("id", ColumnType.builtIn("bigint"), false, null, Identity.ALWAYS, null, null),
                        new Column("seq", ColumnType.builtIn("integer"), false, null, new Identity(false, 100, -5),
                                null, null),
                        Column.of("user_id", ColumnType.builtIn("uuid"), false),
                        Column.of("user_email", ColumnType.builtIn("varchar", 255), true)),
                new PrimaryKey("support_tickets_pkey", List.of("id", "seq")),
                List.of(),
                List.of(),
                List.of(
                        new ForeignKey("support_tickets_user_id_fkey", List.of("user_id"),
                                new QualifiedName("auth", "users"), List.of("id"), ReferentialAction.CASCADE,
                                ReferentialAction.NO_ACTION),
                        new ForeignKey("support_tickets_user_email_fkey", List.of("user_email"),
                                new QualifiedName("auth", "users"), List.of("email"), ReferentialAction.SET_NULL,
                                ReferentialAction.SET_DEFAULT)),
                List.of(new Index("support_tickets_user_id_id_idx",
                        List.of(IndexKey.column("user_id"), IndexKey.column("id")), false, IndexMethod.BRIN, null)),
                null);
        Table noKey = new Table(QualifiedName.of("audit_log"),
                List.of(Column.of("at", ColumnType.builtIn("timestamptz"), false)),
                null, List.of(), List.of(), List.of(), List.of(), "");
        return new SchemaModel(List.of("auth"),
                List.of(new EnumType(role, List.of("client", "admin", "super_admin"), "who may do what"),
                        new EnumType(QualifiedName.of("empty_enum"), List.of())),
                List.of(users, tickets, noKey));
    }
}
