package dev.shale.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names {@link MigrationNames} suggests from changes. */
class MigrationNamesTest {

    private static final QualifiedName USERS = QualifiedName.of("users");

    private static Table table(String name) {
        return new Table(QualifiedName.of(name), List.of(Column.of("id", ColumnType.builtIn("bigint"), false)), null,
                List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void namesCreatedTablesAndSkipsTheirComments() {
        assertEquals("create_users_projects", MigrationNames.suggest(List.of(new CreateTable(table("users")),
                new CreateTable(table("projects")), new SetTableComment(USERS, null, "people"))));
    }

    @Test
    void namesASingleChangeByItsKind() {
        assertEquals("add_users_active", MigrationNames.suggest(List.of(
                new AddColumn(USERS, Column.of("active", ColumnType.builtIn("boolean"), true)))));
        assertEquals("rename_users_name_to_full_name", MigrationNames.suggest(List.of(
                new RenameColumn(USERS, "name", "full_name", false))));
    }

    @Test
    void anExtensionNamesTheMigrationOnlyAlone() {
        assertEquals("create_extension_citext", MigrationNames.suggest(List.of(
                new dev.shale.diff.change.CreateExtension(dev.shale.model.Extension.of("citext")))));
        assertEquals("drop_extension_uuid_ossp", MigrationNames.suggest(List.of(
                new dev.shale.diff.change.DropExtension(dev.shale.model.Extension.of("uuid-ossp")))));
        assertEquals("create_users", MigrationNames.suggest(List.of(
                new dev.shale.diff.change.CreateExtension(dev.shale.model.Extension.of("citext")),
                new CreateTable(table("users")))));
    }

    @Test
    void everyKindAloneNamesTheMigration() {
        assertEquals("drop_index_users_name_idx", MigrationNames.suggest(List.of(new DropIndex(USERS,
                new Index("users_name_idx", List.of(IndexKey.column("name")), false, IndexMethod.BTREE, null)))));
        assertEquals("comment_users", MigrationNames.suggest(List.of(new SetTableComment(USERS, null, "people"))));
        assertEquals("set_users_unlogged", MigrationNames.suggest(List.of(
                new SetTablePersistence(USERS, true, List.of()))));
        assertEquals("set_users_replica_identity", MigrationNames.suggest(List.of(new SetReplicaIdentity(USERS,
                ReplicaIdentity.DEFAULT, ReplicaIdentity.FULL))));
        assertEquals("validate_users_age_check", MigrationNames.suggest(List.of(new ValidateConstraint(USERS,
                new CheckConstraint("users_age_check", "age > 0"), null))));
        assertEquals("create_schema_billing", MigrationNames.suggest(List.of(new CreateSchema("billing"))));
    }

    @Test
    void severalChangesOfDifferentKindsAreASchemaChange() {
        assertEquals("schema_change", MigrationNames.suggest(List.of(
                new SetTablePersistence(USERS, true, List.of()),
                new AddColumn(USERS, Column.of("active", ColumnType.builtIn("boolean"), true)))));
    }
}
