package dev.shale.reader;

import dev.shale.dsl.Comment;
import dev.shale.dsl.RenamedFrom;
import dev.shale.dsl.Table;
import dev.shale.model.Deferrability;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.UniqueConstraint;
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
    private final ExtensionReader extensions;

    TableReader(EnumCatalog enums, ExtensionReader extensions, BeanValidationConstraints validation,
                RenameCollector renames, BackfillCollector backfills, Problems problems) {
        this.columns = new ColumnReader(enums, extensions, validation, problems);
        this.extensions = extensions;
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
        ReplicaIdentity identity = replicaIdentity(type, table, named, columnsOut);
        return new TableDraft(type, name, columnsOut, named.primaryKey(), named.uniques(), named.checks(),
                named.foreignKeys(), named.indexes(), Comments.of(type.getAnnotation(Comment.class)), table.unlogged(),
                identity, BtreeGist.checked(type, named.exclusions(), columnsOut, extensions, problems), names);
    }

    /**
     * The declared replica identity; {@code USING INDEX} must name a unique index or a unique or primary key
     * constraint of this table that PostgreSQL accepts: not partial, no expressions, not deferrable, over NOT NULL
     * columns.
     */
    private ReplicaIdentity replicaIdentity(Class<?> type, Table table, ConstraintNamer.Named named,
                                            List<ColumnDraft> columns) {
        String index = table.replicaIdentityIndex();
        if (table.replicaIdentity() != dev.shale.dsl.ReplicaIdentity.USING_INDEX) {
            if (!index.isEmpty()) {
                problems.add(type, null, "has @Table(replicaIdentityIndex = \"" + index + "\") without "
                        + "replicaIdentity = USING_INDEX", "add replicaIdentity = ReplicaIdentity.USING_INDEX, or "
                        + "remove replicaIdentityIndex");
            }
            return switch (table.replicaIdentity()) {
                case DEFAULT -> ReplicaIdentity.DEFAULT;
                case FULL -> ReplicaIdentity.FULL;
                case NOTHING -> ReplicaIdentity.NOTHING;
                case USING_INDEX -> throw new IllegalStateException("handled above");
            };
        }
        List<String> keyColumns = null;
        if (named.primaryKey() != null && named.primaryKey().name().equals(index)
                && named.primaryKey().deferrability() == Deferrability.NOT_DEFERRABLE) {
            keyColumns = named.primaryKey().columns();
        }
        for (UniqueConstraint unique : named.uniques()) {
            if (unique.name().equals(index) && unique.deferrability() == Deferrability.NOT_DEFERRABLE) {
                keyColumns = unique.columns();
            }
        }
        for (Index candidate : named.indexes()) {
            if (candidate.name().equals(index) && candidate.unique() && candidate.where() == null
                    && candidate.keys().stream().noneMatch(IndexKey::expression)) {
                keyColumns = candidate.keys().stream().map(IndexKey::text).toList();
            }
        }
        if (keyColumns == null) {
            problems.add(type, null, "has @Table(replicaIdentity = USING_INDEX, replicaIdentityIndex = \"" + index
                    + "\"), but the table has no unique, non-partial, non-deferrable index or key of that name "
                    + "over plain columns", "name such an index, @Unique or @PrimaryKey of the table, or use "
                    + "another replica identity");
            return ReplicaIdentity.DEFAULT;
        }
        for (String column : keyColumns) {
            boolean nullable = columns.stream().anyMatch(c -> c.name().equals(column) && c.column().nullable());
            if (nullable) {
                problems.add(type, null, "has @Table(replicaIdentityIndex = \"" + index + "\"), whose column "
                        + column + " may be NULL; PostgreSQL requires NOT NULL columns", "make " + column
                        + " NOT NULL (@NotNull), or use another replica identity");
                return ReplicaIdentity.DEFAULT;
            }
        }
        return ReplicaIdentity.usingIndex(index);
    }

    private void attempt(Class<?> type, String component, Runnable step) {
        try {
            step.run();
        } catch (InvalidDeclaration e) {
            problems.add(type, component, e.getMessage(), e.fix());
        }
    }
}
