package dev.shale.cli.report;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
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
            columns.add(new Column("id", ColumnType.builtIn("bigint"), false, null, null, null, null));
            List<ForeignKey> keys = new ArrayList<>();
            boolean alone = i % 17 == 5;
            int fks = i == 0 || alone ? 0 : 1 + random.nextInt(3);
            for (int k = 0; k < fks; k++) {
                int target = random.nextInt(10) == 0 ? random.nextInt(tables) : random.nextInt(i);
                if (target % 17 == 5) {
                    target = 0;
                }
                String column = name(target) + "_id" + (k == 0 ? "" : "_" + k);
                columns.add(new Column(column, ColumnType.builtIn("bigint"), random.nextBoolean(), null, null, null,
                        null));
                keys.add(new ForeignKey(name + "_" + column + "_fkey", List.of(column), QualifiedName.of(name(target)),
                        List.of("id"), random.nextBoolean() ? ReferentialAction.CASCADE : ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION));
            }
            if (i % 23 == 7) {
                columns.add(new Column("parent_id", ColumnType.builtIn("bigint"), true, null, null, null, null));
                keys.add(new ForeignKey(name + "_parent_id_fkey", List.of("parent_id"), QualifiedName.of(name),
                        List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION));
            }
            int plain = 1 + random.nextInt(12);
            for (int c = 0; c < plain; c++) {
                columns.add(new Column("attribute_" + c, random.nextBoolean() ? ColumnType.builtIn("text")
                        : ColumnType.builtIn("varchar", 40 + c), random.nextBoolean(), null, null, null, null));
            }
            result.add(new Table(QualifiedName.of(name), columns, new PrimaryKey(name + "_pkey", List.of("id")),
                    List.of(new UniqueConstraint(name + "_attribute_0_key", List.of("attribute_0"))),
                    List.of(new CheckConstraint(name + "_id_check", "id > 0")), keys,
                    List.of(new Index(name + "_attribute_0_idx", List.of(IndexKey.column("attribute_0")), false,
                            IndexMethod.BTREE, null)),
                    "Table number " + i + " of the synthetic schema."));
        }
        return new SchemaModel(List.of(), List.of(new EnumType(QualifiedName.of("status"),
                List.of("NEW", "ACTIVE", "CLOSED"), "The life of a record.")), result);
    }

    private static String name(int i) {
        String[] words = {"account", "order", "invoice", "product", "shipment", "customer", "payment", "ticket"};
        return words[i % words.length] + "_" + String.format("%03d", i);
    }
}
