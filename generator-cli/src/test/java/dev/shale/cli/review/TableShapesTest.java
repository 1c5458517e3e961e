package dev.shale.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The before/after of tables: renames paired from the header's words, dropped tables, unchanged tables left out. */
class TableShapesTest {

    private static Table table(String name, List<Column> columns, List<Index> indexes) {
        return Table.builder(QualifiedName.of(name))
                .columns(columns)
                .primaryKey(name + "_pkey", "id")
                .indexes(indexes)
                .build();
    }

    private static Column column(String name, String type, boolean nullable) {
        return Column.of(name, ColumnType.builtIn(type), nullable);
    }

    @Test
    void aRenamedTableAndColumnArePairedWithTheirOldNames() {
        Table before = table("notes", List.of(column("id", "bigint", false), column("body", "text", true)), List.of());
        Table after = table("memos", List.of(column("id", "bigint", false), column("content", "text", false)),
                List.of(Index.builder("memos_content_idx").columns("content").where("content <> ''").build()));
        Table same = table("tags", List.of(column("id", "bigint", false)), List.of());
        Table gone = table("drafts", List.of(column("id", "integer", false)), List.of());

        List<TableComparison> tables = TableShapes.compare(
                SchemaModel.builder().table(before).table(same).table(gone).build(),
                SchemaModel.builder().table(after).table(same).build(),
                Renames.described(List.of("rename table public.notes to memos",
                        "rename column public.memos.body to content", "change column public.memos.content: set not"
                                + " null")));

        assertEquals(List.of("`public.notes` → `public.memos`", "`public.drafts`"),
                tables.stream().map(TableComparison::title).toList());
        TableComparison memos = tables.get(0);
        assertEquals("renamed", memos.status());
        assertEquals(new ShapeRow("**renamed, changed**", "`body` → `content`", "`text` null", "`text` not null"),
                memos.columns().get(1));
        // constraints are matched by name: the primary key renamed with its table shows as removed and added
        assertEquals(List.of(new ShapeRow("**added**", "primary key `memos_pkey`", "", "(`id`)"),
                new ShapeRow("**added**", "index `memos_content_idx`", "", "btree `(content)` where `content <> ''`"),
                new ShapeRow("**removed**", "primary key `notes_pkey`", "(`id`)", "")), memos.constraints());
        TableComparison drafts = tables.get(1);
        assertEquals("dropped", drafts.status());
        assertEquals(new ShapeRow("**removed**", "`id`", "`integer` not null", ""), drafts.columns().get(0));
    }
}
