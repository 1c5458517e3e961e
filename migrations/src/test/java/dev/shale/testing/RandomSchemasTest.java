package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Identifiers;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomSchemasTest {

    private static final int SEEDS = 100;
    /**
     * Seeds of the tests that build databases: the round-trip property test builds hundreds more models
     * on PostgreSQL, so these only need to catch a generator that breaks outright.
     */
    private static final int DATABASE_SEEDS = 40;

    @Test
    void theSameSeedGivesTheSameModel() {
        for (long seed = 0; seed < SEEDS; seed++) {
            assertEquals(RandomSchemas.generate(seed), RandomSchemas.generate(seed), "seed " + seed);
        }
        assertNotEquals(RandomSchemas.generate(1), RandomSchemas.generate(2));
    }

    @Test
    void theSameSeedGivesTheSameEdit() {
        for (long seed = 0; seed < SEEDS; seed++) {
            SchemaModel from = RandomSchemas.generate(seed);
            assertEquals(RandomEdits.edit(from, new SplittableRandom(seed)),
                    RandomEdits.edit(from, new SplittableRandom(seed)), "seed " + seed);
        }
    }

    /** Serial columns and citext columns come up often enough for the round trip to meet each of their changes. */
    @Test
    void serialAndCitextColumnsAndTheirChangesComeUp() {
        int serial = 0;
        int citext = 0;
        int uniqueCitext = 0;
        java.util.Map<String, Integer> edits = new java.util.TreeMap<>();
        for (long seed = 0; seed < 500; seed++) {
            SchemaModel model = RandomSchemas.generate(seed);
            for (int i = 0; i < 3; i++) {
                serial += model.sequences().stream().anyMatch(s -> s.ownedBy() != null) ? 1 : 0;
                boolean hasCitext = false;
                boolean unique = false;
                for (Table table : model.tables()) {
                    for (dev.shale.model.Column column : table.columns()) {
                        if (Types.isCitext(column.type())) {
                            hasCitext = true;
                            unique |= table.uniques().stream().anyMatch(u -> u.columns().contains(column.name()))
                                    || table.indexes().stream().anyMatch(x -> x.unique() && x.keys().stream()
                                            .anyMatch(k -> k.text().equals(column.name())));
                        }
                    }
                }
                citext += hasCitext ? 1 : 0;
                uniqueCitext += unique ? 1 : 0;
                RandomEdits.Edit edit = RandomEdits.edit(model, new SplittableRandom(seed * 7 + i));
                for (String done : edit.edits()) {
                    for (String kind : List.of("add serial column", "drop serial column", "of a serial column",
                            "create extension citext", "to citext", "from citext", "to public.citext",
                            "from public.citext")) {
                        if (done.contains(kind)) {
                            edits.merge(kind, 1, Integer::sum);
                        }
                    }
                }
                model = edit.to();
            }
        }
        assertTrue(serial > 50 && citext > 50 && uniqueCitext > 20,
                "models with serial columns " + serial + ", citext " + citext + ", unique citext " + uniqueCitext);
        for (String kind : List.of("add serial column", "drop serial column", "of a serial column",
                "create extension citext", "to public.citext", "from public.citext")) {
            assertTrue(edits.getOrDefault(kind, 0) >= 5, "edits: " + edits);
        }
    }

    @Test
    void exclusionConstraintsKeyOptionsAndTheirChangesComeUp() {
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        for (long seed = 0; seed < 300; seed++) {
            SchemaModel model = RandomSchemas.generate(seed);
            for (int i = 0; i < 3; i++) {
                for (Table table : model.tables()) {
                    for (dev.shale.model.ExclusionConstraint exclusion : table.exclusions()) {
                        seen.merge("exclusion " + exclusion.method().sql(), 1, Integer::sum);
                        seen.merge(exclusion.where() != null ? "exclusion where" : "exclusion", 1, Integer::sum);
                    }
                    List<dev.shale.model.KeyOptions> options = new java.util.ArrayList<>();
                    if (table.primaryKey() != null) {
                        options.add(table.primaryKey().options());
                    }
                    table.uniques().forEach(u -> options.add(u.options()));
                    for (dev.shale.model.KeyOptions option : options) {
                        seen.merge(!option.include().isEmpty() ? "key include" : "key", 1, Integer::sum);
                        seen.merge(!option.storage().isEmpty() ? "key storage" : "key", 1, Integer::sum);
                        seen.merge(option.nullsNotDistinct() ? "key nulls not distinct" : "key", 1, Integer::sum);
                    }
                }
                RandomEdits.Edit edit = RandomEdits.edit(model, new SplittableRandom(seed * 11 + i));
                for (String done : edit.edits()) {
                    for (String kind : List.of("add exclusion", "drop exclusion", "rename exclusion",
                            "create extension btree_gist", "options:")) {
                        if (done.contains(kind)) {
                            seen.merge(kind, 1, Integer::sum);
                        }
                    }
                }
                model = edit.to();
            }
        }
        List<String> kinds = new java.util.ArrayList<>(List.of("exclusion btree", "exclusion gist", "exclusion where",
                "key include", "key storage", "add exclusion", "drop exclusion", "rename exclusion",
                "create extension btree_gist", "options:"));
        if (RandomSchemas.serverHasNullsNotDistinct()) {
            kinds.add("key nulls not distinct");
        }
        for (String kind : kinds) {
            assertTrue(seen.getOrDefault(kind, 0) >= 5, kind + ": " + seen);
        }
    }

    @Test
    void modelsReadBackIntoTheSameModel() {
        for (long seed = 0; seed < 500; seed++) {
            SchemaModel model = RandomSchemas.generate(seed);
            assertEquals(model, SchemaDraft.of(model).toModel(), "seed " + seed);
            RandomEdits.Edit edit = RandomEdits.edit(model, new SplittableRandom(seed));
            assertEquals(edit.to(), SchemaDraft.of(edit.to()).toModel(), "edit of seed " + seed);
            assertNotEquals(edit.from(), edit.to(), "edit of seed " + seed + " changed nothing: " + edit.edits());
        }
    }

    @Test
    void namesFitAndDoNotClash() {
        for (long s = 0; s < 500; s++) {
            long seed = s;
            SchemaModel model = RandomSchemas.generate(seed);
            for (String schema : model.tables().stream().map(t -> t.name().schema()).distinct().toList()) {
                Set<String> relations = new HashSet<>();
                for (Table table : model.tables()) {
                    if (!table.name().schema().equals(schema)) {
                        continue;
                    }
                    assertTrue(relations.add(table.name().name()), "seed " + seed);
                    if (table.primaryKey() != null) {
                        assertTrue(relations.add(table.primaryKey().name()), "seed " + seed);
                    }
                    table.uniques().forEach(u -> assertTrue(relations.add(u.name()), "seed " + seed + " " + u));
                    table.indexes().forEach(i -> assertTrue(relations.add(i.name()), "seed " + seed + " " + i));
                    table.columns().forEach(c -> assertTrue(Identifiers.fits(c.name())));
                }
                relations.forEach(name -> assertTrue(Identifiers.fits(name), name));
            }
        }
    }

    @Test
    void editsCreateAlterAndDropSequences() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            RandomEdits.edit(RandomSchemas.generate(seed), new SplittableRandom(seed)).edits().stream()
                    .filter(e -> e.contains(" sequence "))
                    .forEach(e -> seen.add(e.substring(0, e.indexOf(" sequence "))));
        }
        assertEquals(Set.of("create", "alter", "drop"), seen);
    }

    @Test
    void coversWhatTheRoundTripNeeds() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            SchemaModel model = RandomSchemas.generate(seed);
            if (!model.schemas().isEmpty()) {
                seen.add("schema");
            }
            if (!model.enums().isEmpty()) {
                seen.add("enum");
            }
            if (!model.sequences().isEmpty()) {
                seen.add("sequence");
            }
            for (Table table : model.tables()) {
                table.columns().forEach(c -> {
                    if (c.identity() != null) {
                        seen.add("identity");
                    }
                    if (c.generatedExpression() != null) {
                        seen.add("generated");
                    }
                    if (c.defaultExpression() != null) {
                        seen.add("default");
                    }
                    if (c.type().dimensions() > 0) {
                        seen.add("array");
                    }
                });
                table.foreignKeys().forEach(fk -> seen.add("fk " + fk.onDelete()));
                table.indexes().forEach(i -> seen.add("index " + i.method() + (i.where() != null ? " partial" : "")));
                for (dev.shale.model.Index index : table.indexes()) {
                    index.keys().forEach(k -> {
                        if (k.descending()) {
                            seen.add("index key DESC");
                        }
                        if (k.nulls() != dev.shale.model.IndexKey.Nulls.DEFAULT) {
                            seen.add("index key NULLS");
                        }
                        if (k.opclass() != null) {
                            seen.add("index key opclass");
                        }
                        if (k.collation() != null) {
                            seen.add("index key collation");
                        }
                    });
                    if (!index.include().isEmpty()) {
                        seen.add("index INCLUDE");
                    }
                    if (!index.storage().isEmpty()) {
                        seen.add("index storage");
                    }
                }
                if (!table.checks().isEmpty()) {
                    seen.add("check");
                }
                if (!table.uniques().isEmpty()) {
                    seen.add("unique");
                }
                if (table.primaryKey() != null && table.primaryKey().columns().size() > 1) {
                    seen.add("composite pk");
                }
            }
        }
        for (String wanted : List.of("schema", "enum", "sequence", "identity", "generated", "default", "array", "check", "unique",
                "composite pk", "fk CASCADE", "fk SET_NULL", "fk SET_DEFAULT", "fk RESTRICT", "fk NO_ACTION",
                "index BTREE", "index HASH", "index GIN", "index BRIN", "index BTREE partial", "index key DESC",
                "index key NULLS", "index key opclass", "index key collation", "index INCLUDE", "index storage")) {
            assertTrue(seen.contains(wanted), wanted + " never generated in " + SEEDS + " seeds: " + seen);
        }
    }

    @Test
    void postgresAcceptsTheReferenceDdlOfEveryModel() {
        Parallel.assertNone(Parallel.run(0, DATABASE_SEEDS, Parallel.defaultThreads(), seed -> {
            SchemaModel model = RandomSchemas.generate(seed);
            try (TestDatabase database = TestDatabase.create()) {
                database.execute(ReferenceDdl.create(model));
            } catch (StatementFailedException e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\nmodel: " + model, e);
            }
        }), DATABASE_SEEDS, "seeds", 3);
    }

    @Test
    void postgresAcceptsTheEditedModelsToo() {
        Parallel.assertNone(Parallel.run(0, DATABASE_SEEDS, Parallel.defaultThreads(), seed -> {
            RandomEdits.Edit edit = RandomEdits.edit(RandomSchemas.generate(seed), new SplittableRandom(seed));
            try (TestDatabase database = TestDatabase.create()) {
                database.execute(ReferenceDdl.create(edit.to()));
            } catch (StatementFailedException e) {
                throw new AssertionError("seed " + seed + " " + edit.edits() + ": " + e.getMessage(), e);
            }
        }), DATABASE_SEEDS, "seeds", 3);
    }

    /**
     * The renderer's CREATE path gives what the independent {@link ReferenceDdl} gives: for generated models
     * (even seeds) and edited ones (odd seeds), whose shapes the generator alone does not make.
     */
    @Test
    void postgresAcceptsWhatTheRendererCreatesAndItMatchesTheReference() {
        SchemaDump.assumeAvailable();
        Parallel.assertNone(Parallel.run(0, DATABASE_SEEDS, Parallel.defaultThreads(), seed -> {
            SchemaModel model = seed % 2 == 0 ? RandomSchemas.generate(seed)
                    : RandomEdits.edit(RandomSchemas.generate(seed), new SplittableRandom(seed)).to();
            List<String> up = MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).up().stream()
                    .map(SqlStatement::sql).toList();
            try (TestDatabase rendered = TestDatabase.create(); TestDatabase reference = TestDatabase.create()) {
                try {
                    rendered.execute(up);
                } catch (StatementFailedException e) {
                    throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\nmodel: " + model, e);
                }
                reference.execute(ReferenceDdl.create(model));
                String expected = reference.dump();
                String actual = rendered.dump();
                assertEquals(expected, actual, () -> "seed " + seed + ": plan(EMPTY, m) does not create m\n"
                        + "SQL:\n" + String.join(";\n", up) + "\n" + TextDiff.unified("reference DDL", expected,
                        "plan(EMPTY, m).up", actual));
            }
        }), DATABASE_SEEDS, "seeds", 3);
    }
}
