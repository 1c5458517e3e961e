package dev.shale.snapshot;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.NameRules;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.sql.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks the record reader makes on names ({@link NameRules}) and SQL expressions ({@link SqlExpression}),
 * made again on a snapshot's model: a snapshot edited by hand (with its id recomputed) or written before these
 * checks existed must not carry a name PostgreSQL would refuse or an expression that ends the statement Shale
 * writes it into.
 */
final class SnapshotContent {

    private final List<String> found = new ArrayList<>();

    private SnapshotContent() {
    }

    /** The first problem of {@code schema}'s names and expressions, or {@code null} when it has none. */
    static SnapshotException problem(String source, SchemaModel schema) {
        SnapshotContent content = new SnapshotContent();
        content.schema(schema);
        return content.found.isEmpty() ? null : SnapshotErrors.invalidContent(source, content.found.get(0));
    }

    private void schema(SchemaModel schema) {
        schema.schemas().forEach(s -> schemaName("schemas", s));
        schema.extensions().forEach(e -> schemaName("extension " + e.name() + ", schema", e.schema()));
        for (EnumType type : schema.enums()) {
            String at = "enum " + printable(type.name());
            qualified(at, type.name());
            type.values().forEach(label -> name(at + ", label", label));
        }
        for (Sequence sequence : schema.sequences()) {
            String at = "sequence " + printable(sequence.name());
            qualified(at, sequence.name());
            if (sequence.ownedBy() != null) {
                qualified(at + ", owned by", sequence.ownedBy().table());
                name(at + ", owned by column", sequence.ownedBy().column());
            }
        }
        for (Table table : schema.tables()) {
            String at = "table " + printable(table.name());
            qualified(at, table.name());
            for (Column column : table.columns()) {
                String columnAt = at + ", column \"" + NameRules.printable(column.name()) + "\"";
                name(at + ", column", column.name());
                expression(columnAt + ", default", column.defaultExpression());
                expression(columnAt + ", generated", column.generatedExpression());
            }
            if (table.primaryKey() != null) {
                name(at + ", primary key", table.primaryKey().name());
            }
            table.uniques().stream().map(UniqueConstraint::name).forEach(n -> name(at + ", unique constraint", n));
            table.foreignKeys().stream().map(ForeignKey::name).forEach(n -> name(at + ", foreign key", n));
            for (CheckConstraint check : table.checks()) {
                name(at + ", check", check.name());
                expression(at + ", check \"" + NameRules.printable(check.name()) + "\"", check.expression());
            }
            for (Index index : table.indexes()) {
                String indexAt = at + ", index \"" + NameRules.printable(index.name()) + "\"";
                name(at + ", index", index.name());
                index.keys().stream().filter(IndexKey::expression)
                        .forEach(k -> expression(indexAt + ", key", k.text()));
                expression(indexAt + ", where", index.where());
            }
            for (ExclusionConstraint exclusion : table.exclusions()) {
                String exclusionAt = at + ", exclusion constraint \"" + NameRules.printable(exclusion.name()) + "\"";
                name(at + ", exclusion constraint", exclusion.name());
                exclusion.keys().stream().filter(IndexKey::expression)
                        .forEach(k -> expression(exclusionAt + ", element", k.text()));
                expression(exclusionAt + ", where", exclusion.where());
            }
        }
    }

    private void qualified(String at, QualifiedName name) {
        schemaName(at + ", schema", name.schema());
        name(at + ", name", name.name());
    }

    private void schemaName(String at, String schema) {
        report(at, schema, NameRules.schemaProblem(schema));
    }

    private void name(String at, String name) {
        report(at, name, NameRules.problem(name));
    }

    private void report(String at, String name, String problem) {
        if (problem != null) {
            found.add(at + " \"" + NameRules.printable(name) + "\" " + problem);
        }
    }

    private void expression(String at, String expression) {
        Optional<SqlExpression.Problem> problem = expression == null ? Optional.empty()
                : SqlExpression.problem(expression);
        problem.ifPresent(p -> found.add(at + " is not one SQL expression: " + p.what()));
    }

    private static String printable(QualifiedName name) {
        return NameRules.printable(name.toString());
    }
}
