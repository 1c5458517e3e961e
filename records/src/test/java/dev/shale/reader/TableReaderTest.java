package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    @Table record OrderLine(@PrimaryKey UUID id) {
    }

    @Table(schema = "sales") @PrimaryKey(columns = {"order_id", "line"})
    record HTTPLine(Long orderId, Integer line, String note) {
    }

    @Table("tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt") record Sixty(@PrimaryKey long id, @dev.shale.dsl.Unique String email) {
    }

    @Test
    void namesConstraintsOfALongTableAsPostgresDoes() {
        dev.shale.model.Table table = Reading.table(Sixty.class);

        assertEquals("t".repeat(58) + "_pkey", table.primaryKey().name());
        assertEquals("t".repeat(53) + "_email_key", table.uniques().get(0).name());
    }

    @Test
    void namesTheTableInSnakeCaseInPublic() {
        assertEquals(QualifiedName.of("order_line"), Reading.table(OrderLine.class).name());
    }

    @Test
    void makesEveryKeyColumnNotNull() {
        dev.shale.model.Table table = Reading.table(HTTPLine.class);

        assertEquals(new QualifiedName("sales", "http_line"), table.name());
        assertEquals(new dev.shale.model.PrimaryKey("http_line_pkey", List.of("order_id", "line")), table.primaryKey());
        assertEquals(List.of(Column.of("order_id", ColumnType.builtIn("bigint"), false),
                Column.of("line", ColumnType.builtIn("integer"), false),
                Column.of("note", ColumnType.builtIn("text"), true)), table.columns());
    }
}
