package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.diff.postgres.PostgresRenderer;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.ColumnType;
import dev.shale.model.Extension;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Extensions: created before what uses their types, dropped after, updated only to a declared version. */
class DifferExtensionsTest {

    private static final Extension CITEXT = Extension.of("citext");
    private static final ColumnType CI = ColumnType.userType(QualifiedName.of("citext"));
    private static final Table USERS = table("users").col(col("id", BIGINT).notNull()).col(col("email", CI)).build();

    private static SchemaModel withUsers(Extension... extensions) {
        return SchemaModel.builder().table(USERS).extensions(List.of(extensions)).build();
    }

    @Test
    void anExtensionIsCreatedBeforeTheTableUsingItsType() {
        assertDiff(SchemaModel.EMPTY, withUsers(CITEXT), List.of(new CreateExtension(CITEXT), new CreateTable(USERS)));
    }

    @Test
    void anExtensionIsDroppedAfterTheTableUsingItsType() {
        assertDiff(withUsers(CITEXT), SchemaModel.EMPTY, List.of(new DropTable(USERS), new DropExtension(CITEXT)));
    }

    @Test
    void anExtensionInItsOwnSchemaComesAfterTheSchemaAndGoesBeforeIt() {
        Extension util = Extension.of("citext", "util");
        Table users = table("users").col(col("email", ColumnType.userType(new QualifiedName("util", "citext"))))
                .build();
        SchemaModel with = SchemaModel.builder().schema("util").table(users).extension(util).build();
        assertDiff(SchemaModel.EMPTY, with, List.of(new CreateSchema("util"), new CreateExtension(util),
                new CreateTable(users)));
        assertDiff(with, SchemaModel.EMPTY, List.of(new DropTable(users), new DropExtension(util),
                new DropSchema("util")));
    }

    @Test
    void aColumnOfTheTypeIsDroppedBeforeItsExtension() {
        Table without = table("users").col(col("id", BIGINT).notNull()).build();
        SchemaModel to = SchemaModel.builder().table(without).build();
        assertDiff(withUsers(CITEXT), to, List.of(new DropColumn(USERS.name(), USERS.columns().get(1)),
                new DropExtension(CITEXT)));
    }

    @Test
    void aVersionIsComparedOnlyWhenDeclared() {
        Extension v15 = CITEXT.withVersion("1.5");
        Extension v16 = CITEXT.withVersion("1.6");
        assertDiff(withUsers(v15), withUsers(v16), List.of(new UpdateExtension("citext", "1.5", "1.6")));
        assertDiff(withUsers(CITEXT), withUsers(v16), List.of(new UpdateExtension("citext", null, "1.6")));
        assertEquals(List.of(), Differ.diff(withUsers(v16), withUsers(CITEXT), RenameHints.NONE),
                "an extension declared without a version takes the one the database has");
    }

    @Test
    void anExtensionMovingToAnotherSchemaIsRefused() {
        SchemaModel from = SchemaModel.builder().extension(CITEXT).build();
        SchemaModel to = SchemaModel.builder().schema("util").extension(Extension.of("citext", "util")).build();
        MovedExtensionException e = assertThrows(MovedExtensionException.class,
                () -> Differ.diff(from, to, RenameHints.NONE));
        assertEquals("extension citext moves from schema public to schema util, which Shale does not migrate",
                e.getMessage());
    }

    @Test
    void goldenSqlOfANewTableWithACitextColumn() {
        PostgresRenderer renderer = new PostgresRenderer();
        String sql = Differ.diff(SchemaModel.EMPTY, withUsers(CITEXT), RenameHints.NONE).stream()
                .flatMap(c -> renderer.render(c).stream()).map(SqlStatement::sql)
                .collect(Collectors.joining(";\n", "", ";\n"));
        assertEquals("""
                CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
                CREATE TABLE public.users (
                    id bigint NOT NULL,
                    email public.citext
                );
                """, sql);
    }
}
