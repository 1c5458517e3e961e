package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaModelBuilderTest {

    private static final QualifiedName ROLE = new QualifiedName("auth", "role");

    @Test
    void aNewBuilderMakesTheEmptyModel() {
        assertEquals(SchemaModel.EMPTY, SchemaModel.builder().build());
    }

    @Test
    void partsComeOutSortedAsTheRecordKeepsThem() {
        Table b = Table.builder(QualifiedName.of("b")).build();
        Table a = Table.builder(QualifiedName.of("a")).build();
        SchemaModel built = SchemaModel.builder().schema("z").schema("auth").schema("z")
                .enumType(EnumType.builder(QualifiedName.of("mood")).values("ok"))
                .enumType(EnumType.of(ROLE, "client", "admin"))
                .table(b).table(Table.builder(QualifiedName.of("a")))
                .build();
        assertEquals(new SchemaModel(List.of("auth", "z"), List.of(new EnumType(ROLE, List.of("client", "admin")),
                new EnumType(QualifiedName.of("mood"), List.of("ok"))), List.of(a, b)), built);
    }

    @Test
    void pluralMethodsReplace() {
        SchemaModel built = SchemaModel.builder().schema("old").schemas(List.of("auth"))
                .table(Table.builder(QualifiedName.of("old"))).tables(List.of())
                .enumType(EnumType.of(ROLE)).enums(List.of())
                .build();
        assertEquals(new SchemaModel(List.of("auth"), List.of(), List.of()), built);
    }

    @Test
    void toBuilderGivesBackAnEqualModel() {
        SchemaModel model = SchemaModel.builder().schema("auth").enumType(EnumType.of(ROLE, "client"))
                .table(Table.builder(new QualifiedName("auth", "users"))
                        .column(Column.of("role", ColumnType.userType(ROLE), false)))
                .build();
        assertEquals(model, model.toBuilder().build());
        assertEquals(List.of("audit", "auth"), model.toBuilder().schema("audit").build().schemas());
    }
}
