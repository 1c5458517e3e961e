package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.ROLE;
import static dev.shale.diff.postgres.Fixtures.ROLE_TYPE;
import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.column;
import static dev.shale.diff.postgres.Fixtures.role;
import static dev.shale.diff.postgres.Fixtures.userForeignKey;
import static dev.shale.diff.postgres.Fixtures.withDefault;
import static dev.shale.diff.postgres.Fixtures.withType;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.Extension;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.Set;

/** One change of every kind, for tests that must cover them all. */
final class Samples {

    private Samples() {
    }

    static final Table NOTES = Table.builder(QualifiedName.of("notes"))
            .column(column("id", "bigint", false))
            .column(column("body", "text", true))
            .primaryKey("notes_pkey", "id")
            .build();
    static final Column EMAIL = Column.of("email", ColumnType.builtIn("varchar", 100), false);
    static final EnumType ROLE_3 = EnumType.of(ROLE, "CLIENT", "ADMIN", "SUPER_ADMIN");
    static final List<EnumUsage> ROLE_USAGES = List.of(new EnumUsage(USERS, Column.of("role", ROLE_TYPE, false)));
    static final ExclusionConstraint BOOKING = ExclusionConstraint.builder("users_booking_excl")
            .element("email", "=").element(ExclusionElement.expression("int4range(age, age + 1)", "&&")).build();
    static final Index NAME_INDEX = Index.builder("users_name_idx").columns("name").build();

    static List<Change> oneOfEachKind() {
        return List.of(
                new CreateSchema("billing"),
                new DropSchema("billing"),
                new CreateEnum(role()),
                new DropEnum(role()),
                new RenameEnum(ROLE, QualifiedName.of("user_role")),
                new AddEnumValue(role(), ROLE_3, "SUPER_ADMIN", ROLE_USAGES),
                new RenameEnumValue(ROLE, "ADMIN", "ADMINISTRATOR"),
                new RecreateEnum(ROLE_3, role(), ROLE_USAGES),
                new SetEnumComment(ROLE, null, "What a user may do"),
                new CreateTable(NOTES),
                new DropTable(NOTES),
                new RenameTable(TICKETS, QualifiedName.of("tickets"), List.of("id")),
                new SetTableComment(USERS, null, "People who sign in"),
                new AddColumn(USERS, withDefault(column("active", "boolean", false), "true")),
                new DropColumn(USERS, column("nickname", "text", true)),
                new RenameColumn(TICKETS, "body", "content", false),
                new AlterColumn(USERS, EMAIL, Fixtures.nullable(withType(EMAIL, ColumnType.builtIn("varchar", 255)), true),
                        Set.of(ColumnAspect.TYPE, ColumnAspect.NULLABILITY)),
                new SetColumnComment(USERS, "email", null, "Login"),
                new AddPrimaryKey(USERS, new PrimaryKey("users_pkey", List.of("id"))),
                new DropPrimaryKey(USERS, new PrimaryKey("users_pkey", List.of("id"))),
                new AddUnique(USERS, new UniqueConstraint("users_email_key", List.of("email"))),
                new DropUnique(USERS, new UniqueConstraint("users_email_key", List.of("email"))),
                new AddCheck(USERS, new CheckConstraint("users_age_check", "age >= 0")),
                new DropCheck(USERS, new CheckConstraint("users_age_check", "age >= 0")),
                new AddExclusion(USERS, BOOKING),
                new DropExclusion(USERS, BOOKING),
                new AddForeignKey(TICKETS, userForeignKey(), true),
                new DropForeignKey(TICKETS, userForeignKey(), false),
                new RenameConstraint(USERS, "users_email_key", "users_mail_key"),
                new CreateIndex(USERS, NAME_INDEX),
                new DropIndex(USERS, NAME_INDEX),
                new RenameIndex(USERS, "users_name_idx", "users_full_name_idx"),
                new CreateExtension(new Extension("citext", "util", "1.6")),
                new DropExtension(Extension.of("uuid-ossp")),
                new UpdateExtension("citext", "1.5", "1.6"),
                new ValidateConstraint(USERS, new CheckConstraint("users_age_check", "age >= 0"), null),
                new InvalidateConstraint(TICKETS, null, userForeignKey().toBuilder().notValid(true).build()),
                new AlterForeignKeyDeferrability(TICKETS, userForeignKey().toBuilder()
                        .deferrability(Deferrability.INITIALLY_DEFERRED).build(), Deferrability.NOT_DEFERRABLE),
                new SetTablePersistence(USERS, true, List.of()),
                new SetReplicaIdentity(USERS, ReplicaIdentity.DEFAULT, ReplicaIdentity.usingIndex("users_name_idx")),
                new CreateSequence(Sequence.builder(QualifiedName.of("users_seq")).build()),
                new DropSequence(Sequence.builder(QualifiedName.of("users_seq")).build()),
                new AlterSequence(Sequence.builder(QualifiedName.of("users_seq")).build(),
                        Sequence.builder(QualifiedName.of("users_seq")).cache(10).build()),
                new SetSequenceOwner(QualifiedName.of("users_seq"), null, new Sequence.OwnedBy(USERS, "id")));
    }
}
