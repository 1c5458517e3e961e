package dev.shale.diff;

import dev.shale.diff.change.EnumUsage;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the columns whose type is an enum or an array of it, in table then column order; generated ones apart,
 * which a type swap drops and adds back rather than converts ({@link EnumSwaps}).
 */
final class EnumUsages {

    private EnumUsages() {
    }

    static List<EnumUsage> of(SchemaModel model, QualifiedName enumType) {
        List<EnumUsage> usages = new ArrayList<>();
        for (Table table : model.tables()) {
            for (Column column : table.columns()) {
                if (column.type().isUserType() && column.type().userTypeName().equals(enumType)
                        && column.generatedExpression() == null) {
                    usages.add(new EnumUsage(table.name(), column));
                }
            }
        }
        return usages;
    }
}
