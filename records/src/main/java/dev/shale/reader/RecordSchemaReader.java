package dev.shale.reader;

import dev.shale.dsl.Extension;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.Table;
import dev.shale.model.Conversions;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads annotated records, {@code @PgEnum} enums, {@code @Extension} and {@code @Sequence} declarations into the
 * schema model. Pure (reflection only).
 *
 * <p>Every problem is collected before anything is returned, so one run reports them all.
 */
public final class RecordSchemaReader {

    /**
     * The model the classes declare.
     *
     * @throws SchemaDeclarationException listing every declaration that cannot be mapped
     */
    public DeclaredSchema read(Collection<Class<?>> classes) {
        List<Class<?>> sorted = classes.stream().<Class<?>>map(c -> Objects.requireNonNull(c, "class"))
                .distinct().sorted(Comparator.comparing(Class::getName)).toList();
        Problems problems = new Problems();
        RenameCollector renames = new RenameCollector();
        BackfillCollector backfills = new BackfillCollector(problems);
        List<Class<?>> records = new ArrayList<>();
        List<Class<?>> enums = new ArrayList<>();
        List<Class<?>> holders = new ArrayList<>();
        ExtensionReader extensions = new ExtensionReader(problems);
        for (Class<?> type : sorted) {
            if (SequenceReader.holdsSequencesOnly(type)) {
                holders.add(type);
            } else {
                classify(type, records, enums, problems);
            }
            extensions.read(type);
        }
        EnumCatalog catalog = new EnumCatalog();
        Map<Class<?>, EnumType> enumTypes = new LinkedHashMap<>();
        EnumReader enumReader = new EnumReader(problems, renames);
        for (Class<?> type : enums) {
            EnumType enumType = enumReader.read(type);
            enumTypes.put(type, enumType);
            catalog.add(type, enumType);
        }
        Map<Class<?>, TableDraft> drafts = new LinkedHashMap<>();
        try (BeanValidationConstraints validation = new BeanValidationConstraints()) {
            TableReader tableReader = new TableReader(catalog, extensions, validation, renames, backfills, problems);
            for (Class<?> type : records) {
                drafts.put(type, tableReader.read(type));
            }
        }
        ForeignKeyResolver foreignKeys = new ForeignKeyResolver(drafts, sorted, problems);
        List<dev.shale.model.Table> tables = drafts.values().stream().map(d -> d.toTable(foreignKeys.resolve(d))).toList();
        new NameValidator(problems).validate(enumTypes, List.copyOf(drafts.values()));
        Conversions conversions = UsingCollector.collect(drafts.values(), problems);
        SequenceReader sequenceReader = new SequenceReader(problems);
        Map<QualifiedName, dev.shale.model.Sequence> sequences = new java.util.TreeMap<>();
        Map<QualifiedName, Class<?>> sequenceClasses = new LinkedHashMap<>();
        for (TableDraft draft : drafts.values()) {
            java.util.Set<String> columns = draft.columns().stream().map(ColumnDraft::name)
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
            addSequences(sequenceReader.read(draft.type(), draft.name(), columns), draft.type(), sequences,
                    sequenceClasses, problems);
        }
        for (Class<?> holder : holders) {
            addSequences(sequenceReader.read(holder, null, java.util.Set.of()), holder, sequences, sequenceClasses,
                    problems);
        }
        Map<QualifiedName, String> tableClasses = new LinkedHashMap<>();
        drafts.forEach((type, draft) -> tableClasses.put(draft.name(), type.getName()));
        SequenceNames.check(sequences, sequenceClasses, tables, tableClasses, problems);
        problems.throwIfAny();
        List<String> schemas = Stream.of(tables.stream().map(t -> t.name().schema()),
                enumTypes.values().stream().map(e -> e.name().schema()),
                extensions.extensions().stream().map(dev.shale.model.Extension::schema),
                sequences.keySet().stream().map(QualifiedName::schema))
                .flatMap(s -> s).filter(s -> !s.equals("public")).toList();
        return new DeclaredSchema(new SchemaModel(schemas, List.copyOf(enumTypes.values()), tables,
                extensions.extensions(), List.copyOf(sequences.values())), renames.hints(),
                backfills.backfills(), conversions, tableClasses);
    }

    private static void addSequences(List<dev.shale.model.Sequence> read, Class<?> type,
                                     Map<QualifiedName, dev.shale.model.Sequence> sequences,
                                     Map<QualifiedName, Class<?>> declaredOn, Problems problems) {
        for (dev.shale.model.Sequence sequence : read) {
            declaredOn.putIfAbsent(sequence.name(), type);
            if (sequences.putIfAbsent(sequence.name(), sequence) != null) {
                problems.add(type, null, "declares sequence " + sequence.name() + " a second time",
                        "declare each sequence once");
            }
        }
    }

    private static void classify(Class<?> type, List<Class<?>> records, List<Class<?>> enums, Problems problems) {
        boolean table = type.isAnnotationPresent(Table.class);
        boolean pgEnum = type.isAnnotationPresent(PgEnum.class);
        boolean extensionsOnly = !table && !pgEnum && type.getAnnotationsByType(Extension.class).length > 0;
        if (extensionsOnly) {
            return; // a holder of @Extension declarations (a class of its own, or a package-info)
        }
        if (table && type.isRecord()) {
            records.add(type);
        } else if (pgEnum && type.isEnum()) {
            enums.add(type);
        } else if (table) {
            problems.add(type, null, "is annotated @Table but is not a record",
                    "declare it as a record, such as public record " + type.getSimpleName() + "(...)");
        } else if (pgEnum) {
            problems.add(type, null, "is annotated @PgEnum but is not an enum",
                    "declare it as an enum, or remove @PgEnum");
        } else {
            problems.add(type, null, "is neither a @Table record nor a @PgEnum enum",
                    "annotate it with @Table (a record) or @PgEnum (an enum), or leave it out of the schema classes");
        }
    }
}
