package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Column;
import dev.shale.dsl.Generated;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.dsl.Using;
import dev.shale.model.Conversions;
import dev.shale.model.QualifiedName;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Using} is read as a hint beside the model, never into it, and checked like the other expressions. */
class UsingReaderTest {

    private static final QualifiedName EVENTS = QualifiedName.parse("public.events");
    private static final String CLASS = UsingReaderTest.class.getName();

    @Table("events") record Converted(@PrimaryKey long id,
                                      @Using(value = " to_timestamp(created_at) ",
                                              down = "extract(epoch from created_at)::bigint") OffsetDateTime createdAt,
                                      @Column(name = "seen") @Using("to_timestamp(seen)") OffsetDateTime seenAt) {
    }

    @Table("events") record Plain(@PrimaryKey long id, OffsetDateTime createdAt,
                                  @Column(name = "seen") OffsetDateTime seenAt) {
    }

    @Table record Blank(@PrimaryKey long id, @Using(" ") OffsetDateTime at) {
    }

    @Table record Statement(@PrimaryKey long id, @Using("to_timestamp(at); DROP TABLE statement") OffsetDateTime at) {
    }

    @Table record Computed(@PrimaryKey long id, int a, @Generated("a * 2") @Using("a") int twice) {
    }

    @Test
    void conversionsAreReadBesideTheModelUnderTheirColumnNames() {
        DeclaredSchema declared = new RecordSchemaReader().read(List.of(Converted.class));

        assertEquals(new Conversions(List.of(
                new Conversions.Conversion(EVENTS, "created_at", "to_timestamp(created_at)",
                        "extract(epoch from created_at)::bigint", CLASS + "$Converted.createdAt"),
                new Conversions.Conversion(EVENTS, "seen", "to_timestamp(seen)", null, CLASS + "$Converted.seenAt"))),
                declared.conversions());
        // a conversion alone changes nothing in the model
        assertEquals(new RecordSchemaReader().read(List.of(Plain.class)).model(), declared.model());
        assertEquals(Conversions.NONE, new RecordSchemaReader().read(List.of(Plain.class)).conversions());
    }

    @Test
    void anEmptyOrMultiStatementExpressionOrAGeneratedColumnStopsTheRead() {
        assertProblem(Blank.class, "at", "has @Using with an empty expression", "write the SQL expression that gives"
                + " the new type's value, such as @Using(\"to_timestamp(at)\"), or remove @Using");
        SchemaDeclarationException statement = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(Statement.class)));
        assertEquals("at", statement.problems().get(0).component());
        assertEquals(1, statement.problems().size());
        assertProblem(Computed.class, "twice", "has @Using and @Generated; PostgreSQL computes every value of a"
                + " generated column itself", "remove @Using");
    }

    private static void assertProblem(Class<?> type, String component, String message, String fix) {
        SchemaDeclarationException thrown =
                assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(List.of(type)));
        assertEquals(List.of(new DeclarationProblem(type.getName(), component, message, fix)), thrown.problems());
    }
}
