package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.RenamedFrom;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import org.junit.jupiter.api.Test;

class RenameCollectorTest {

    @RenamedFrom("old") static final class Bare {
    }

    @RenamedFrom("archive.old") static final class Qualified {
    }

    @RenamedFrom(" sales.orders ") static final class Current {
    }

    @RenamedFrom("sales.") static final class NoName {
    }

    private static final QualifiedName ORDERS = new QualifiedName("sales", "orders");

    private final RenameCollector renames = new RenameCollector();

    @Test
    void takesTheCurrentSchemaForABareNameAndAQualifiedNameAsWritten() {
        renames.table(Bare.class.getAnnotation(RenamedFrom.class), ORDERS, "a.Bare");
        renames.table(Qualified.class.getAnnotation(RenamedFrom.class), ORDERS, "a.Qualified");
        renames.table(null, ORDERS, "a.None");
        renames.column(Bare.class.getAnnotation(RenamedFrom.class), ORDERS, "total", "a.Bare.total");

        assertEquals(RenameHints.builder()
                .table(new QualifiedName("sales", "old"), ORDERS, "a.Bare")
                .table(new QualifiedName("archive", "old"), ORDERS, "a.Qualified")
                .column(ORDERS, "old", "total", "a.Bare.total")
                .build(), renames.hints());
    }

    @Test
    void refusesTheCurrentNameAndHalfNames() {
        InvalidDeclaration same = assertThrows(InvalidDeclaration.class,
                () -> renames.table(Current.class.getAnnotation(RenamedFrom.class), ORDERS, "a.Current"));
        InvalidDeclaration half = assertThrows(InvalidDeclaration.class,
                () -> renames.enumType(NoName.class.getAnnotation(RenamedFrom.class), ORDERS, "a.NoName"));

        assertEquals("@RenamedFrom(\"sales.orders\") repeats the current name", same.getMessage());
        assertEquals("@RenamedFrom(\"sales.\") is not a name or schema.name", half.getMessage());
        assertEquals("put the previous name in @RenamedFrom, or remove it", half.fix());
        assertEquals(RenameHints.NONE, renames.hints());
    }
}
