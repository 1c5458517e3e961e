package dev.shale.reader;

import dev.shale.dsl.Comment;
import dev.shale.dsl.RenamedFrom;
import dev.shale.dsl.Table;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one {@code @Table} record into a {@link TableDraft}: its columns, constraints, indexes, renames and
 * backfills.
 */
final class TableReader {

    private final ColumnReader columns;
    private final ConstraintReader constraints;
    private final BeanValidationConstraints validation;
    private final RenameCollector renames;
    private final BackfillCollector backfills;
    private final Problems problems;

    TableReader(EnumCatalog enums, ExtensionReader extensions, BeanValidationConstraints validation,
                RenameCollector renames, BackfillCollector backfills, Problems problems) {
        this.columns = new ColumnReader(enums, extensions, validation, problems);
        this.constraints = new ConstraintReader(problems);
        this.validation = validation;
        this.renames = renames;
        this.backfills = backfills;
        this.problems = problems;
    }

    /** The table {@code type} declares. */
    TableDraft read(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        String simpleName = table.value().isEmpty() ? Identifiers.snakeCase(type.getSimpleName()) : table.value();
        QualifiedName name = new QualifiedName(table.schema(), simpleName);
        attempt(type, null, () -> renames.table(type.getAnnotation(RenamedFrom.class), name, type.getName()));
        List<RecordComponent> components = List.of(type.getRecordComponents());
        attempt(type, null, () -> validation.load(type, components));
        List<ColumnDraft> drafts = new ArrayList<>();
        List<DeclaredName> names = new ArrayList<>();
        names.add(new DeclaredName(simpleName, "table", null, false));
        for (RecordComponent component : components) {
            ColumnDraft draft = columns.read(type, component, name);
            drafts.add(draft);
            names.add(new DeclaredName(draft.name(), "column", component.getName(), false));
            attempt(type, component.getName(), () -> renames.column(component.getAnnotation(RenamedFrom.class), name,
                    draft.name(), type.getName() + "." + component.getName()));
        }
        ConstraintNamer.Named named = ConstraintNamer.name(simpleName,
                constraints.read(type, name.toString(), components, drafts));
        names.addAll(named.names());
        Set<String> keyColumns = new HashSet<>(named.primaryKey() == null ? List.of() : named.primaryKey().columns());
        List<ColumnDraft> columnsOut = drafts.stream().map(d -> keyColumns.contains(d.name()) ? d.notNull() : d).toList();
        for (int i = 0; i < components.size(); i++) {
            backfills.column(type, components.get(i), name, columnsOut.get(i).column());
        }
        return new TableDraft(type, name, columnsOut, named.primaryKey(), named.uniques(), named.checks(),
                named.foreignKeys(), named.indexes(), Comments.of(type.getAnnotation(Comment.class)), names);
    }

    private void attempt(Class<?> type, String component, Runnable step) {
        try {
            step.run();
        } catch (InvalidDeclaration e) {
            problems.add(type, component, e.getMessage(), e.fix());
        }
    }
}
