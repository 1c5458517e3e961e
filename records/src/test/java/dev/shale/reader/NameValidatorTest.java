package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameValidatorTest {

    @Table @Unique(columns = "code", name = "keyed_pkey") record Keyed(@PrimaryKey long id, String code) {
    }

    @Table @Index(columns = "code") @Index(columns = "code", where = "code <> ''")
    record TwoIndexes(@PrimaryKey long id, String code) {
    }

    @Table("same") record SameA(@PrimaryKey long id) {
    }

    @Table("same") record SameB(@PrimaryKey long id, @Unique String code) {
    }

    @Table(value = "same", schema = "other") record SameElsewhere(@PrimaryKey long id) {
    }

    @Table("ok_long_names_" + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw")
    record LongButFits(@PrimaryKey long id, @Unique String someLongColumnName) {
    }

    private static List<DeclarationProblem> problems(Class<?>... classes) {
        return assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(List.of(classes)))
                .problems();
    }

    @Test
    void reportsAKeyAndUniqueConstraintOfOneTableSharingANameOnce() {
        assertEquals(List.of(new DeclarationProblem(Keyed.class.getName(), null, "unique constraint name keyed_pkey "
                + "is already used by primary key keyed_pkey declared on " + Keyed.class.getName() + ".id; names must "
                + "be unique in table public.keyed", "give one of them another name with name = \"...\"")),
                problems(Keyed.class));
    }

    @Test
    void reportsTwoIndexesOfOneTableThatGetTheSameDefaultName() {
        assertEquals(List.of(new DeclarationProblem(TwoIndexes.class.getName(), null, "index name two_indexes_code_idx "
                + "is already used by index two_indexes_code_idx declared on " + TwoIndexes.class.getName() + "; tables, "
                + "primary keys, unique constraints and indexes share one namespace in schema public",
                "give one of them another name with name = \"...\"")), problems(TwoIndexes.class));
    }

    @Test
    void reportsATableDeclaredTwiceOnlyOnceAndAllowsTheNameInAnotherSchema() {
        assertEquals(List.of(new DeclarationProblem(SameB.class.getName(), null, "declares table public.same, which "
                + SameA.class.getName() + " declares too", "give one of them another name with @Table(\"...\")")),
                problems(SameA.class, SameB.class, SameElsewhere.class));
    }

    @Test
    void acceptsGeneratedNamesCutTo63Bytes() {
        assertEquals("ok_long_names_abcdefghijklmnopqrstuvw_some_long_column_name_key",
                Reading.table(LongButFits.class).uniques().get(0).name());
    }
}
