package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Backfill;
import dev.shale.dsl.Default;
import dev.shale.dsl.Generated;
import dev.shale.dsl.Identity;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.Backfills;
import dev.shale.model.QualifiedName;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Backfill} is read as a hint beside the model, never into it, and checked like the other expressions. */
class BackfillReaderTest {

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final String CLASS = BackfillReaderTest.class.getName();

    @Table("users") record Backfilled(@PrimaryKey long id, @NotNull @Backfill(" 'UTC' ") String timezone,
                                      @NotNull @Default("now()") @Backfill("created_at") java.time.OffsetDateTime updatedAt,
                                      java.time.OffsetDateTime createdAt, @Backfill("0") int visits) {
    }

    @Table("users") record Plain(@PrimaryKey long id, @NotNull String timezone,
                                 @NotNull @Default("now()") java.time.OffsetDateTime updatedAt,
                                 java.time.OffsetDateTime createdAt, int visits) {
    }

    @Table record Statement(@PrimaryKey long id, @NotNull @Backfill("'UTC'; DROP TABLE users") String zone) {
    }

    @Table record Blank(@PrimaryKey long id, @NotNull @Backfill("  ") String zone) {
    }

    @Table record Nullable(@PrimaryKey long id, @Backfill("'UTC'") String zone) {
    }

    @Table record Counted(@PrimaryKey long id, @Identity @Backfill("1") long number) {
    }

    @Table record Computed(@PrimaryKey long id, int a, @Generated("a * 2") @Backfill("0") int twice) {
    }

    @Test
    void backfillsAreReadBesideTheModelAndLeaveItAsItIs() {
        DeclaredSchema declared = new RecordSchemaReader().read(List.of(Backfilled.class));

        assertEquals(new Backfills(List.of(
                new Backfills.Backfill(USERS, "timezone", "'UTC'", CLASS + "$Backfilled.timezone"),
                new Backfills.Backfill(USERS, "updated_at", "created_at", CLASS + "$Backfilled.updatedAt"),
                new Backfills.Backfill(USERS, "visits", "0", CLASS + "$Backfilled.visits"))), declared.backfills());
        // the model is the one the same record without @Backfill declares, so a backfill alone changes nothing
        assertEquals(new RecordSchemaReader().read(List.of(Plain.class)).model(), declared.model());
        assertEquals(Backfills.NONE, new RecordSchemaReader().read(List.of(Plain.class)).backfills());
    }

    @Test
    void anExpressionThatIsNotOneExpressionStopsTheRead() {
        assertProblem(Statement.class, "zone", "has @Backfill that is not one SQL expression: a ; at character 6,"
                + " which would end the statement Shale writes the expression into", "write one expression without ;"
                + " (statements belong in a migration of their own: shale create NAME)");
        assertProblem(Blank.class, "zone", "has @Backfill with an empty expression", "write the SQL expression that"
                + " gives existing rows their value, such as @Backfill(\"'UTC'\"), or remove @Backfill");
    }

    @Test
    void aBackfillOnAColumnItCanNeverFillStopsTheRead() {
        assertProblem(Nullable.class, "zone", "has @Backfill, but the column may hold NULL; a backfill gives"
                + " existing rows a value when a column becomes NOT NULL", "make the column NOT NULL (@NotNull or a"
                + " primitive type), or remove @Backfill");
        assertProblem(Counted.class, "number", "has @Backfill and @Identity; PostgreSQL computes the value of every"
                + " existing row of such a column itself", "remove @Backfill");
        assertProblem(Computed.class, "twice", "has @Backfill and @Generated; PostgreSQL computes the value of every"
                + " existing row of such a column itself", "remove @Backfill");
    }

    private static void assertProblem(Class<?> type, String component, String message, String fix) {
        SchemaDeclarationException thrown =
                assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(List.of(type)));
        assertEquals(List.of(new DeclarationProblem(type.getName(), component, message, fix)), thrown.problems());
    }
}
