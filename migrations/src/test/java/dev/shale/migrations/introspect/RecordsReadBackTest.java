package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.dsl.Column;
import dev.shale.dsl.Default;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.reader.RecordSchemaReader;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Models the reader builds from records (not only hand-built models) read back equal from a database
 * built from them: the CHECKs Bean Validation ranges become must be spelled as PostgreSQL prints them.
 */
@ExtendWith(PostgresExtension.class)
class RecordsReadBackTest {

    @Table("bounded")
    record Bounded(@PrimaryKey long id,
                   @Min(1) @Max(5) int priority,
                   @Positive short small,
                   @PositiveOrZero long count,
                   @Negative int debt,
                   @Max(10) @Min(-10) int delta,
                   @DecimalMin("0.5") @DecimalMax(value = "99.50", inclusive = false) @Digits(integer = 4, fraction = 2)
                   BigDecimal rate,
                   @Min(0) @Column(name = "order") int order,
                   @Min(1) int odd,
                   @Default("3") @Min(0) Integer nullable) {
    }

    @Test
    void rangeChecksFromBeanValidationReadBackEqual(TestDatabase database) throws SQLException {
        SchemaModel model = new RecordSchemaReader().read(List.of(Bounded.class)).model();
        database.execute(MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList());
        SchemaModel read;
        try (Connection connection = database.connect()) {
            read = new Introspector().read(connection, List.of("public"));
        }
        assertTrue(model.equals(read), () -> ModelText.firstDifference(model, read));
    }
}
