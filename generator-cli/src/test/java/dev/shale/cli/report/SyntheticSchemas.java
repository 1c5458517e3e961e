package dev.shale.cli.report;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large schemas for the report's tests, the same for the same seed: {@code tables} tables of 2 to 16 columns, most
 * with one to three foreign keys to earlier tables, some to later ones (cycles) and to themselves, a few alone.
 */
public final class SyntheticSchemas {

    private SyntheticSchemas() {
    }

    /** The schema of {@code tables} tables drawn from {@code seed}. */
    public static SchemaModel of(int tables, long seed) {
        Random random = new Random(seed);
        List<Table> result = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String name = name(i);
            List<Column> columns = new ArrayList<>();
            columns.add(Column.of("id", ColumnType.builtIn("bigint"), false));
            List<ForeignKey> keys = new ArrayList<>();
            boolean alone = i % 17 == 5;
            int fks = i == 0 || alone ? 0 : 1 + random.nextInt(3);
            for (int k = 0; k < fks; k++) {
                int target = random.nextInt(10) == 0 ? random.nextInt(tables) : random.nextInt(i);
                if (target % 17 == 5) {
                    target = 0;
                }
                String column = name(target) + "_id" + (k == 0 ? "" : "_" + k);
                columns.add(Column.of(column, ColumnType.builtIn("bigint"), random.nextBoolean()));
                keys.add(ForeignKey.builder(name + "_" + column + "_fkey", QualifiedName.of(name(target)))
                        .columns(column).referencedColumns("id")
                        .onDelete(random.nextBoolean() ? ReferentialAction.CASCADE : ReferentialAction.NO_ACTION)
                        .build());
            }
            if (i % 23 == 7) {
                columns.add(Column.of("parent_id", ColumnType.builtIn("bigint"), true));
                keys.add(ForeignKey.builder(name + "_parent_id_fkey", QualifiedName.of(name)).columns("parent_id")
                        .referencedColumns("id").onDelete(ReferentialAction.SET_NULL).build());
            }
            int plain = 1 + random.nextInt(12);
            for (int c = 0; c < plain; c++) {
                columns.add(Column.of("attribute_" + c, random.nextBoolean() ? ColumnType.builtIn("text")
                        : ColumnType.builtIn("varchar", 40 + c), random.nextBoolean()));
            }
            result.add(Table.builder(QualifiedName.of(name))
                    .columns(columns)
                    .primaryKey(name + "_pkey", "id")
                    .unique(name + "_attribute_0_key", "attribute_0")
                    .check(name + "_id_check", "id > 0")
                    .foreignKeys(keys)
                    .index(Index.builder(name + "_attribute_0_idx").columns("attribute_0"))
                    .comment("Table number " + i + " of the synthetic schema.")
                    .build());
        }
        return SchemaModel.builder()
                .enumType(EnumType.builder(QualifiedName.of("status")).values("NEW", "ACTIVE", "CLOSED")
                        .comment("The life of a record."))
                .tables(result)
                .build();
    }

    private static String name(int i) {
        String[] words = {"account", "order", "invoice", "product", "shipment", "customer", "payment", "ticket"};
        return words[i % words.length] + "_" + String.format("%03d", i);
    }
}
