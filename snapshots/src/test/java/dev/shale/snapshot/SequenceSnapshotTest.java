package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Extension;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import org.junit.jupiter.api.Test;

/** Sequences in snapshots: written after the tables, every default option left out, read back equal. */
class SequenceSnapshotTest {

    private static final QualifiedName T = QualifiedName.of("t");

    @Test
    void aPlainSequenceIsItsNameAndTypeAndEveryOptionReadsBack() {
        SchemaModel model = SchemaModel.builder()
                .table(Table.builder(T).column(Column.builder("id", ColumnType.builtIn("integer")).notNull()
                        .defaultExpression("nextval('t_id_seq'::regclass)")))
                .sequence(Sequence.builder(QualifiedName.of("t_id_seq")).dataType("integer").ownedBy(T, "id"))
                .sequence(Sequence.builder(new QualifiedName("billing", "numbers")).dataType("smallint").increment(-2)
                        .minValue(-100L).maxValue(50L).start(40).cache(5).cycle(true))
                .sequence(Sequence.builder(QualifiedName.of("down")).increment(-1))
                .build();
        String json = SnapshotJson.write(Snapshot.next(null, model));
        assertTrue(json.contains("""
                    "sequences": [
                      {
                        "schema": "billing",
                        "name": "numbers",
                        "dataType": "smallint",
                        "start": 40,
                        "increment": -2,
                        "minValue": -100,
                        "maxValue": 50,
                        "cache": 5,
                        "cycle": true
                      },
                      {
                        "schema": "public",
                        "name": "down",
                        "dataType": "bigint",
                        "increment": -1
                      },
                      {
                        "schema": "public",
                        "name": "t_id_seq",
                        "dataType": "integer",
                        "ownedBy": {
                          "schema": "public",
                          "table": "t",
                          "column": "id"
                        }
                      }
                    ]
                """), json);
        Snapshot read = SnapshotJson.read(json, "V1.json");
        assertEquals(model, read.schema());
        assertEquals(json, SnapshotJson.write(read));
    }

    @Test
    void aModelWithoutSequencesWritesNoSequencesField() {
        String json = SnapshotJson.write(Snapshot.next(null, SchemaModel.builder().table(Table.builder(T)
                .column(Column.of("a", ColumnType.builtIn("text"), true))).build()));
        assertTrue(!json.contains("sequences"), json);
    }

    @Test
    void extensionsAndSequencesTogetherAreWrittenInModelOrderAndReadBackEqual() {
        SchemaModel model = SchemaModel.builder()
                .extension(new Extension("citext", "public", "1.6"))
                .sequence(Sequence.builder(QualifiedName.of("numbers")).start(10))
                .build();
        String json = SnapshotJson.write(Snapshot.next(null, model));
        int extensions = json.indexOf("\"extensions\"");
        assertTrue(extensions > 0 && extensions < json.indexOf("\"sequences\""), json);
        Snapshot read = SnapshotJson.read(json, "V1.json");
        assertEquals(model, read.schema());
        assertEquals(json, SnapshotJson.write(read));
    }
}
