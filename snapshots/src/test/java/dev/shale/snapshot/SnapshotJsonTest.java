package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Identity;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.snapshot.SnapshotException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    private static final String FILE = "snapshots/20261121093000_create_users.json";

    @Test
    void writesPrettyStablyOrderedJsonOmittingNullsAndEmptyLists() {
        Snapshot first = Snapshot.next(null, Models.small());
        String expected = """
                {
                  "formatVersion": 1,
                  "dialect": "postgresql",
                  "id": "%s",
                  "schema": {
                    "tables": [
                      {
                        "schema": "public",
                        "name": "users",
                        "columns": [
                          {
                            "name": "id",
                            "type": {
                              "name": "uuid"
                            },
                            "nullable": false
                          }
                        ],
                        "primaryKey": {
                          "name": "users_pkey",
                          "columns": [
                            "id"
                          ]
                        }
                      }
                    ]
                  }
                }
                """.formatted(first.id());
        assertEquals(expected, SnapshotJson.write(first));
    }

    @Test
    void writesPreviousIdAfterId() {
        Snapshot second = Snapshot.next(null, SchemaModel.EMPTY).following(SchemaModel.EMPTY);
        assertEquals("""
                {
                  "formatVersion": 1,
                  "dialect": "postgresql",
                  "id": "%s",
                  "previousId": "%s",
                  "schema": {}
                }
                """.formatted(second.id(), second.previousId()), SnapshotJson.write(second));
    }

    @Test
    void roundTripsEveryModelField() {
        Snapshot first = Snapshot.next(null, Models.rich());
        Snapshot second = first.following(Models.small());
        for (Snapshot s : new Snapshot[] {first, second, Snapshot.next(null, SchemaModel.EMPTY)}) {
            String json = SnapshotJson.write(s);
            Snapshot read = SnapshotJson.read(json, FILE);
            assertEquals(s, read);
            assertEquals(json, SnapshotJson.write(read));
        }
    }

    @Test
    void keyOptionsAndKeyCollationsAreWrittenOnlyWhenSetAndReadBack() {
        dev.shale.model.Table table = dev.shale.model.Table.builder(dev.shale.model.QualifiedName.of("t"))
                .column(dev.shale.model.Column.of("a", dev.shale.model.ColumnType.builtIn("text"), true))
                .column(dev.shale.model.Column.of("b", dev.shale.model.ColumnType.builtIn("text"), true))
                .primaryKey(new dev.shale.model.PrimaryKey("t_pkey", java.util.List.of("a"),
                        dev.shale.model.Deferrability.NOT_DEFERRABLE,
                        dev.shale.model.KeyOptions.NONE.withInclude(java.util.List.of("b"))))
                .unique(new dev.shale.model.UniqueConstraint("t_b_key", java.util.List.of("b"),
                        dev.shale.model.Deferrability.NOT_DEFERRABLE,
                        dev.shale.model.KeyOptions.NONE.withNullsNotDistinct(true).withStorage("fillfactor", "70")))
                .unique("t_a_key", "a")
                .index(dev.shale.model.Index.builder("t_ab_idx").keys(
                        dev.shale.model.IndexKey.column("a").withCollation("C"),
                        dev.shale.model.IndexKey.column("b").withCollation("\"public\".\"ci\"")).build())
                .build();
        SchemaModel model = SchemaModel.builder().table(table).build();
        String json = SnapshotJson.write(Snapshot.next(null, model));
        String compact = json.replaceAll("\\s", "");
        assertTrue(compact.contains("\"primaryKey\":{\"name\":\"t_pkey\",\"columns\":[\"a\"],\"include\":[\"b\"]}"), json);
        assertTrue(compact.contains("{\"name\":\"t_a_key\",\"columns\":[\"a\"]}"), json);
        assertTrue(compact.contains("\"nullsNotDistinct\":true,\"storage\":[\"fillfactor=70\"]}"), json);
        // a pg_catalog key collation by its bare name, as snapshots have always held it; another schema's quoted
        assertTrue(json.contains("\"collation\": \"C\""), json);
        assertTrue(json.contains("\"collation\": \"\\\"public\\\".\\\"ci\\\"\""), json);
        assertEquals(model, SnapshotJson.read(json, FILE).schema());
        assertEquals("public.ci", SnapshotJson.read(json, FILE).schema().tables().get(0).indexes().get(0).keys().get(1)
                .collation());
    }

    @Test
    void richModelKeepsEmptyStringsAndArrayDimensions() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.rich()));
        assertTrue(json.contains("\"comment\": \"\""), json);
        assertTrue(json.contains("\"dimensions\": 2"), json);
        assertTrue(json.contains("\"onUpdate\": \"SET DEFAULT\""), json);
        assertTrue(json.contains("\"method\": \"gin\""), json);
        assertTrue(json.contains("\"expression\": \"lower(email)\""), json);
    }

    @Test
    void identityOptionsAreWrittenOnlyWhenNotTheDefaultAndReadBack() {
        Identity options = new Identity(true, 10, 2, 10L, 1000L, 20, true);
        for (Identity identity : new Identity[] {options, Identity.BY_DEFAULT}) {
            Table table = Table.builder(new QualifiedName("public", "t"))
                    .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().identity(identity).build())
                    .build();
            Snapshot snapshot = Snapshot.next(null, SchemaModel.builder().table(table).build());
            String json = SnapshotJson.write(snapshot);
            assertEquals(snapshot, SnapshotJson.read(json, FILE));
            boolean written = identity == options;
            assertEquals(written, json.contains("\"minValue\": 10,"), json);
            assertEquals(written, json.contains("\"maxValue\": 1000,"), json);
            assertEquals(written, json.contains("\"cache\": 20,"), json);
            assertEquals(written, json.contains("\"cycle\": true"), json);
        }
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read("{\n  \"formatVersion\": 1,\n  \"dialect\" \"postgresql\"\n}\n", FILE));
        assertEquals(Kind.INVALID_JSON, e.kind());
        assertEquals(FILE, e.source());
        assertTrue(e.problem().startsWith("snapshot " + FILE + " is not valid JSON at line 3, column 13: "),
                e.problem());
        assertEquals("restore it from version control (git checkout -- " + FILE + ")", e.fix());
    }

    @Test
    void emptyTextIsReported() {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotJson.read("  \n", FILE));
        assertEquals("snapshot " + FILE + " is empty.", e.problem());
    }

    @Test
    void newerFormatAsksForAnUpgrade() {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                "{\"formatVersion\": 2, \"dialect\": \"postgresql\", \"somethingNew\": true}", FILE));
        assertEquals(Kind.NEWER_FORMAT, e.kind());
        assertEquals("snapshot " + FILE + " was written by a newer Shale (format 2); this Shale reads format 1."
                + " Fix: upgrade Shale", e.getMessage());
    }

    @Test
    void unknownFormatAndDialectAreReported() {
        assertEquals(Kind.UNKNOWN_FORMAT, assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                "{\"formatVersion\": 0, \"dialect\": \"postgresql\"}", FILE)).kind());
        assertEquals(Kind.UNKNOWN_FORMAT, assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                "{\"formatVersion\": \"one\", \"dialect\": \"postgresql\"}", FILE)).kind());
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                "{\"formatVersion\": 1, \"dialect\": \"mysql\"}", FILE));
        assertEquals(Kind.UNKNOWN_DIALECT, e.kind());
        assertEquals("snapshot " + FILE + " is for dialect \"mysql\"; this Shale supports only \"postgresql\".",
                e.problem());
    }

    @Test
    void missingFieldsAreNamedByPath() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.small()));
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replace("\"nullable\": false", "\"comment\": \"x\""), FILE));
        assertEquals(Kind.MISSING_FIELD, e.kind());
        assertEquals("snapshot " + FILE + " is missing the field \"schema.tables[0].columns[0].nullable\".",
                e.problem());
        assertEquals(Kind.MISSING_FIELD, assertThrows(SnapshotException.class,
                () -> SnapshotJson.read("{\"formatVersion\": 1}", FILE)).kind());
        assertEquals(Kind.MISSING_FIELD, assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                "{\"formatVersion\": 1, \"dialect\": \"postgresql\", \"id\": \"" + "0".repeat(32) + "\"}",
                FILE)).kind());
    }

    @Test
    void unknownFieldsAndBadValuesAreReported() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.rich()));
        SnapshotException unknown = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replace("\"nullable\"", "\"nulable\""), FILE));
        assertEquals(Kind.INVALID_VALUE, unknown.kind());
        assertTrue(unknown.problem().startsWith("snapshot " + FILE + " has an unknown field \"nulable\" at line "),
                unknown.problem());
        SnapshotException method = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replace("\"gin\"", "\"ginn\""), FILE));
        assertTrue(method.problem().contains("schema.tables[0].indexes[1].method is \"ginn\", not one of [btree,"),
                method.problem());
        SnapshotException id = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replaceFirst("\"id\": \"[0-9a-f]+\"", "\"id\": \"abc\""), FILE));
        assertEquals("snapshot " + FILE + " has a malformed id \"abc\": expected 32 lowercase hex digits.",
                id.problem());
    }

    @Test
    void handEditIsDetectedByTheId() {
        Snapshot s = Snapshot.next(null, Models.small());
        String edited = SnapshotJson.write(s).replace("\"uuid\"", "\"text\"");
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotJson.read(edited, FILE));
        assertEquals(Kind.ID_MISMATCH, e.kind());
        String hashed = Snapshot.computeId(null, SnapshotJsonTest.smallWithTextId());
        assertEquals("snapshot " + FILE + " was edited by hand or corrupted: its id says " + s.id()
                + " but its content hashes to " + hashed + ".", e.problem());
        assertTrue(e.fix().startsWith("restore it from version control (git checkout -- " + FILE
                + ") — Shale never rewrites snapshots"), e.fix());
    }

    @Test
    void whitespaceOnlyEditsStillRead() {
        Snapshot s = Snapshot.next(null, Models.rich());
        String reformatted = SnapshotJson.write(s).replace("\n", "\r\n").replace("  ", "\t");
        assertEquals(s, SnapshotJson.read(reformatted, FILE));
    }

    @Test
    void wrongJsonTypesAreInvalidValuesNamingLineColumnAndPath() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.small()));
        SnapshotException bool = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replace("\"nullable\": false", "\"nullable\": \"no\""), FILE));
        assertEquals(Kind.INVALID_VALUE, bool.kind());
        assertEquals("snapshot " + FILE + " has an invalid value at line 16, column 25"
                + " (schema.tables[0].columns[0].nullable): expected true or false, not a string.", bool.problem());
        assertEquals("restore it from version control (git checkout -- " + FILE + ")", bool.fix());
        SnapshotException list = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"columns\": [\n            \"id\"\n          ]", "\"columns\": {}"), FILE));
        assertEquals("snapshot " + FILE + " has an invalid value at line 21, column 22"
                + " (schema.tables[0].primaryKey.columns): expected a list, not an object.", list.problem());
        SnapshotException range = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"name\": \"uuid\"", "\"name\": \"uuid\", \"dimensions\": 99999999999"), FILE));
        assertEquals("snapshot " + FILE + " has an invalid value at line 14, column 45"
                + " (schema.tables[0].columns[0].type.dimensions): expected a whole number from -2147483648 to"
                + " 2147483647, not 99999999999.", range.problem());
    }

    @Test
    void valuesDatabindConvertedAreNowInvalid() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.small()));
        for (String[] edit : new String[][] {
            {"\"nullable\": false", "\"nullable\": \"false\""},
            {"\"nullable\": false", "\"nullable\": 0"},
            {"\"name\": \"uuid\"", "\"name\": 5"},
            {"\"name\": \"uuid\"", "\"name\": \"uuid\", \"dimensions\": 1.0"},
            {"\"name\": \"uuid\"", "\"name\": \"uuid\", \"modifiers\": [\"1\"]"}}) {
            SnapshotException e = assertThrows(SnapshotException.class,
                    () -> SnapshotJson.read(json.replace(edit[0], edit[1]), FILE), edit[1]);
            assertEquals(Kind.INVALID_VALUE, e.kind(), edit[1]);
            assertTrue(e.problem().contains("): expected "), e.problem());
        }
    }

    @Test
    void unknownFieldIsReportedOnceItsObjectsFieldsAreAllMetOrWhereItEnds() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.small()));
        SnapshotException early = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"nullable\": false", "\"nulable\": false"), FILE));
        assertEquals("snapshot " + FILE + " has an unknown field \"nulable\" at line 17, column 12.",
                early.problem());
        SnapshotException late = assertThrows(SnapshotException.class, () -> SnapshotJson.read(json.replace(
                "\"id\"\n          ]", "\"id\"\n          ],\n          \"clustered\": true"), FILE));
        assertEquals("snapshot " + FILE + " has an unknown field \"clustered\" at line 25, column 10.",
                late.problem());
    }

    @Test
    void duplicateKeysAndTrailingContentAreRejected() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.small()));
        SnapshotException duplicate = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"nullable\": false", "\"nullable\": false, \"nullable\": true"), FILE));
        assertEquals(Kind.INVALID_JSON, duplicate.kind());
        assertEquals("snapshot " + FILE + " is not valid JSON at line 16, column 42: Duplicate field 'nullable'.",
                duplicate.problem());
        SnapshotException trailing = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json + "{}", FILE));
        assertEquals(Kind.INVALID_VALUE, trailing.kind());
        assertEquals("snapshot " + FILE + " has an invalid value at line 29, column 1 (after the top-level"
                + " object): a snapshot file holds one JSON object and nothing after it.", trailing.problem());
        assertEquals(Kind.INVALID_JSON,
                assertThrows(SnapshotException.class, () -> SnapshotJson.read(json + "]", FILE)).kind());
    }

    @Test
    void headerIsCheckedBeforeTheRestWhereverItIsAndInvalidJsonBeforeThat() {
        String newer = "{\"schema\": {\"tables\": [{\"partitions\": 4}]}, \"dialect\": \"postgresql\","
                + " \"formatVersion\": 2}";
        assertEquals(Kind.NEWER_FORMAT, assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(newer, FILE)).kind());
        assertEquals(Kind.UNKNOWN_DIALECT, assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                newer.replace("2}", "1}").replace("\"postgresql\"", "\"mysql\""), FILE)).kind());
        SnapshotException broken = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(newer.replace(", \"formatVersion\"", " \"formatVersion\""), FILE));
        assertEquals(Kind.INVALID_JSON, broken.kind());
        assertTrue(broken.problem().startsWith("snapshot " + FILE + " is not valid JSON at line 1, column 69"),
                broken.problem());
    }

    @Test
    void firstMissingValueInModelOrderIsReported() {
        String json = SnapshotJson.write(Snapshot.next(null, Models.small()))
                .replace("\"name\": \"uuid\"", "\"schema\": \"x\"")
                .replace("\"name\": \"id\",", "")
                .replace("\"name\": \"users\",", "");
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotJson.read(json, FILE));
        assertEquals("snapshot " + FILE + " is missing the field \"schema.tables[0].name\".", e.problem());
        SnapshotException column = assertThrows(SnapshotException.class, () -> SnapshotJson.read(
                json.replace("\"schema\": \"public\",", "\"schema\": \"public\", \"name\": \"users\","), FILE));
        assertEquals("snapshot " + FILE + " is missing the field \"schema.tables[0].columns[0].name\".",
                column.problem());
    }

    @Test
    void keyOrderExplicitNullsEmptyListsAndZeroDimensionsStillRead() {
        Snapshot s = Snapshot.next(null, Models.small());
        String json = """
                {"schema": {"enums": [], "tables": [{"comment": null, "primaryKey": {"columns": ["id"],
                  "name": "users_pkey"}, "uniques": [], "columns": [{"identity": null, "nullable": false,
                  "type": {"dimensions": 0, "modifiers": [], "name": "uuid", "schema": null}, "name": "id"}],
                  "name": "users", "schema": "public"}]},
                 "previousId": null, "id": "%s", "dialect": "postgresql", "formatVersion": 1}
                """.formatted(s.id());
        assertEquals(s, SnapshotJson.read(json, FILE));
    }

    @Test
    void idIsCheckedAgainstTheSchemaAsWrittenFirstAndTheModelsCanonicalFormSecond() {
        String schema = "{\"schemas\":[\"b\",\"a\"]}";
        String asWritten = HexFormat.of().formatHex(
                Hashes.sha256(("\n" + schema).getBytes(StandardCharsets.UTF_8)), 0, Snapshot.ID_HEX_LENGTH / 2);
        String file = "{\"formatVersion\": 1, \"dialect\": \"postgresql\", \"id\": \"%s\", \"schema\": " + schema + "}";
        // the schema's own compact text hashes to the id: read without writing the model again (Shale itself
        // never writes a list out of order, so this file was not written by Shale)
        Snapshot read = SnapshotJson.read(file.formatted(asWritten), FILE);
        assertEquals(List.of("a", "b"), read.schema().schemas());
        assertFalse(read.idMatchesContent());
        // the id of the model: the copy differs from the canonical text, which is then written and hashed
        String canonical = Snapshot.computeId(null, read.schema());
        assertEquals(canonical, SnapshotJson.read(file.formatted(canonical), FILE).id());
    }

    /** {@link Models#small()} with its column typed text instead of uuid. */
    private static SchemaModel smallWithTextId() {
        Table users = Models.small().tables().get(0);
        return SchemaModel.builder().table(users.toBuilder()
                .columns(List.of(Column.of("id", ColumnType.builtIn("text"), false)))).build();
    }
}
