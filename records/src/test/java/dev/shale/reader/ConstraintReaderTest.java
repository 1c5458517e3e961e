package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.dsl.Action;
import dev.shale.dsl.Check;
import dev.shale.dsl.Index;
import dev.shale.dsl.IndexMethod;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Deferrability;
import dev.shale.model.IndexKey;
import dev.shale.model.ReferentialAction;
import dev.shale.model.UniqueConstraint;
import dev.shale.reader.ConstraintReader.CheckDecl;
import dev.shale.reader.ConstraintReader.Declarations;
import dev.shale.reader.ConstraintReader.IndexDecl;
import dev.shale.reader.ConstraintReader.KeyDecl;
import jakarta.validation.constraints.Max;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintReaderTest {

    @Table
    @Unique(columns = {"a", "b"})
    @Unique(columns = "b", name = "only_b")
    @Check("a < b")
    @References(table = Other.class, from = "b", onDelete = Action.SET_DEFAULT, onUpdate = Action.RESTRICT)
    record Declared(@PrimaryKey long id,
                    @Unique @Max(9) @Check("a % 2 = 0") @Check(value = "a <> 4", name = "not_four") int a,
                    @Index(expressions = "lower(c)", method = IndexMethod.HASH) String c,
                    @Index(columns = {"b", "a"}, unique = true, where = " b > 0 ") int b) {
    }

    @Table record Other(@PrimaryKey long id) {
    }

    @Test
    void readsComponentDeclarationsThenTypeDeclarations() {
        Problems problems = new Problems();
        List<RecordComponent> components = Arrays.asList(Declared.class.getRecordComponents());
        List<ColumnDraft> columns = components.stream().map(c -> new ColumnDraft(c.getName(),
                dev.shale.model.Column.of(c.getName(), dev.shale.model.ColumnType.builtIn("bigint"), false), true,
                c.getName().equals("a") ? "(a <= 9)" : null)).toList();

        Declarations declared = new ConstraintReader(problems).read(Declared.class, "public.declared", components, columns);

        problems.throwIfAny();
        assertEquals(new KeyDecl(null, List.of("id"), Deferrability.NOT_DEFERRABLE, "id"), declared.primaryKey());
        assertEquals(List.of(new KeyDecl(null, List.of("a"), Deferrability.NOT_DEFERRABLE, "a"), new KeyDecl(null, List.of("a", "b"), Deferrability.NOT_DEFERRABLE, null),
                new KeyDecl("only_b", List.of("b"), Deferrability.NOT_DEFERRABLE, null)), declared.uniques());
        assertEquals(List.of(new CheckDecl(null, "a", "(a <= 9)", false, false, "a"), new CheckDecl(null, "a", "a % 2 = 0", false, false, "a"),
                new CheckDecl("not_four", "a", "a <> 4", false, false, "a"), new CheckDecl(null, null, "a < b", false, false, null)),
                declared.checks());
        assertEquals(List.of(
                new IndexDecl(null, List.of(IndexKey.expression("lower(c)")), false,
                        dev.shale.model.IndexMethod.HASH, null, "c"),
                new IndexDecl(null, List.of(IndexKey.column("b"), IndexKey.column("a")), true,
                        dev.shale.model.IndexMethod.BTREE, "b > 0", "b")), declared.indexes());
        assertEquals(List.of(new ForeignKeyDraft(null, List.of("b"), Other.class, List.of(), ReferentialAction.SET_DEFAULT,
                ReferentialAction.RESTRICT, Deferrability.NOT_DEFERRABLE, false, null)), declared.foreignKeys());
    }

    @Test
    void namesWhatItReadsThroughTheReader() {
        dev.shale.model.Table table = Reading.table(Declared.class, Other.class);

        assertEquals(List.of(new UniqueConstraint("declared_a_b_key", List.of("a", "b")),
                new UniqueConstraint("declared_a_key", List.of("a")), new UniqueConstraint("only_b", List.of("b"))),
                table.uniques());
        assertEquals(List.of(new CheckConstraint("declared_a_check", "a <= 9"),
                new CheckConstraint("declared_a_check1", "a % 2 = 0"), new CheckConstraint("declared_check", "a < b"),
                new CheckConstraint("not_four", "a <> 4")), table.checks());
        assertEquals(List.of("declared_b_a_idx", "declared_lower_idx"),
                table.indexes().stream().map(dev.shale.model.Index::name).toList());
    }
}
