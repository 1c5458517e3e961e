package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Deferrability;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.ReferentialAction;
import dev.shale.model.UniqueConstraint;
import dev.shale.reader.ConstraintReader.CheckDecl;
import dev.shale.reader.ConstraintReader.Declarations;
import dev.shale.reader.ConstraintReader.IndexDecl;
import dev.shale.reader.ConstraintReader.KeyDecl;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintNamerTest {

    private static ForeignKeyDraft fk(String name, List<String> columns, String component) {
        return new ForeignKeyDraft(name, columns, Object.class, List.of(), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE, false, component);
    }

    @Test
    void givesPostgresDefaultNamesUnlessNamed() {
        Declarations declared = new Declarations(new KeyDecl(null, List.of("id"), Deferrability.NOT_DEFERRABLE, "id"),
                List.of(new KeyDecl(null, List.of("a", "b"), Deferrability.NOT_DEFERRABLE, null), new KeyDecl("t_b", List.of("b"), Deferrability.NOT_DEFERRABLE, "b")),
                List.of(new CheckDecl(null, "a", "(a > 0)", false, false, "a")),
                List.of(new IndexDecl(null, List.of(IndexKey.expression("lower(c)")), true, IndexMethod.BTREE, null, null),
                        new IndexDecl("by_c", List.of(IndexKey.column("c")), false, IndexMethod.HASH, "c <> ''", "c")),
                List.of(fk(null, List.of("a"), "a")));

        ConstraintNamer.Named named = ConstraintNamer.name("t", declared);

        assertEquals(new PrimaryKey("t_pkey", List.of("id")), named.primaryKey());
        assertEquals(List.of(new UniqueConstraint("t_a_b_key", List.of("a", "b")),
                new UniqueConstraint("t_b", List.of("b"))), named.uniques());
        assertEquals(List.of(new CheckConstraint("t_a_check", "(a > 0)")), named.checks());
        assertEquals(List.of("t_a_fkey"), named.foreignKeys().stream().map(ForeignKeyDraft::name).toList());
        assertEquals(List.of(
                Index.builder("t_lower_idx").expression("lower(c)").unique().build(),
                Index.builder("by_c").columns("c").method(IndexMethod.HASH).where("c <> ''").build()), named.indexes());
        assertEquals(List.of(
                new DeclaredName("t_pkey", "primary key", "id", true),
                new DeclaredName("t_a_b_key", "unique constraint", null, true),
                new DeclaredName("t_b", "unique constraint", "b", false),
                new DeclaredName("t_a_check", "check constraint", "a", true),
                new DeclaredName("t_a_fkey", "foreign key", "a", true),
                new DeclaredName("t_lower_idx", "index", null, true),
                new DeclaredName("by_c", "index", "c", false)), named.names());
    }

    @Test
    void numbersUnnamedChecksAndForeignKeysAsPostgresDoesSkippingNamesTaken() {
        Declarations declared = new Declarations(null, List.of(),
                List.of(new CheckDecl(null, "a", "(a > 0)", false, false, "a"), new CheckDecl(null, "a", "a % 2 = 0", false, false, "a"),
                        new CheckDecl(null, null, "a < b", false, false, null), new CheckDecl("t_check1", null, "b > 0", false, false, null),
                        new CheckDecl(null, null, "a <> b", false, false, null)),
                List.of(),
                List.of(fk(null, List.of("a"), "a"), fk(null, List.of("a"), null), fk("t_a_fkey2", List.of("b"), null),
                        fk(null, List.of("a"), null)));

        ConstraintNamer.Named named = ConstraintNamer.name("t", declared);

        assertEquals(List.of("t_a_check", "t_a_check1", "t_check", "t_check1", "t_check2"),
                named.checks().stream().map(CheckConstraint::name).toList());
        assertEquals(List.of("t_a_fkey", "t_a_fkey1", "t_a_fkey2", "t_a_fkey3"),
                named.foreignKeys().stream().map(ForeignKeyDraft::name).toList());
    }

    @Test
    void leavesClashesOfRelationNamesToTheValidator() {
        Declarations declared = new Declarations(null, List.of(),
                List.of(), List.of(new IndexDecl(null, List.of(IndexKey.column("a")), false, IndexMethod.BTREE, null, null),
                        new IndexDecl(null, List.of(IndexKey.column("a")), false, IndexMethod.BTREE, "a > 0", null)),
                List.of());

        assertEquals(List.of("t_a_idx", "t_a_idx"),
                ConstraintNamer.name("t", declared).indexes().stream().map(Index::name).toList());
    }
}
