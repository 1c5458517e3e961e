package dev.shale.snapshot;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;

/** Hand-built models for tests, together covering every model field. */
final class Models {

    private Models() {
    }

    /** One table, one column. */
    static SchemaModel small() {
        return SchemaModel.builder().table(Table.builder(QualifiedName.of("users"))
                .column(Column.of("id", ColumnType.builtIn("uuid"), false))
                .primaryKey("users_pkey", "id")).build();
    }

    /** Every field of every model record set at least once, and also left empty or null somewhere. */
    static SchemaModel rich() {
        QualifiedName role = new QualifiedName("auth", "role");
        QualifiedName usersName = new QualifiedName("auth", "users");
        Table users = Table.builder(usersName)
                .column(Column.builder("id", ColumnType.builtIn("uuid")).notNull().defaultExpression("gen_random_uuid()")
                        .comment("primary key"))
                .column(Column.of("email", ColumnType.builtIn("varchar", 255), false))
                .column(Column.builder("role", ColumnType.userType(role)).notNull()
                        .defaultExpression("'client'::auth.role"))
                .column(Column.of("tags", ColumnType.builtIn("text").arrayOf().arrayOf(), true))
                .column(Column.of("balance", ColumnType.builtIn("numeric", 10, 2), true))
                .column(Column.builder("email_lower", ColumnType.builtIn("text")).generatedExpression("lower(email)")
                        .comment(""))
                .column(Column.builder("note", ColumnType.builtIn("text")).comment("quotes \" and ü"))
                .primaryKey("users_pkey", "id")
                .unique("users_email_key", "email")
                .check("users_balance_check", "balance >= 0")
                .index(Index.builder("users_email_lower_idx").expression("lower(email)").unique()
                        .where("role <> 'admin'"))
                .index(Index.builder("users_tags_idx").columns("tags").method(IndexMethod.GIN))
                .comment("people who log in")
                .build();
        Table tickets = Table.builder(QualifiedName.of("support_tickets"))
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().identity(Identity.ALWAYS))
                .column(Column.builder("seq", ColumnType.builtIn("integer")).notNull()
                        .identity(Identity.builder().start(100).increment(-5).build()))
                .column(Column.of("user_id", ColumnType.builtIn("uuid"), false))
                .column(Column.of("user_email", ColumnType.builtIn("varchar", 255), true))
                .primaryKey("support_tickets_pkey", "id", "seq")
                .foreignKey(ForeignKey.builder("support_tickets_user_id_fkey", usersName).columns("user_id")
                        .referencedColumns("id").onDelete(ReferentialAction.CASCADE))
                .foreignKey(ForeignKey.builder("support_tickets_user_email_fkey", usersName).columns("user_email")
                        .referencedColumns("email").onDelete(ReferentialAction.SET_NULL)
                        .onUpdate(ReferentialAction.SET_DEFAULT))
                .index(Index.builder("support_tickets_user_id_id_idx").columns("user_id", "id")
                        .method(IndexMethod.BRIN))
                .build();
        Table noKey = Table.builder(QualifiedName.of("audit_log"))
                .column(Column.of("at", ColumnType.builtIn("timestamptz"), false))
                .comment("")
                .build();
        return SchemaModel.builder().schema("auth")
                .enumType(EnumType.builder(role).values("client", "admin", "super_admin").comment("who may do what")
                        .build())
                .enumType(EnumType.of(QualifiedName.of("empty_enum")))
                .table(users).table(tickets).table(noKey)
                .build();
    }
}
