package dev.shale.reader;

import dev.shale.dsl.Comment;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.RenamedFrom;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** Reads one {@code @PgEnum} Java enum into an {@link EnumType}, with its declared renames. */
final class EnumReader {

    private final Problems problems;
    private final RenameCollector renames;

    EnumReader(Problems problems, RenameCollector renames) {
        this.problems = problems;
        this.renames = renames;
    }

    /** The enum type: its name, its labels (the constants' names, in order) and its comment. */
    EnumType read(Class<?> type) {
        PgEnum pgEnum = type.getAnnotation(PgEnum.class);
        String simpleName = pgEnum.value().isEmpty() ? Identifiers.snakeCase(type.getSimpleName()) : pgEnum.value();
        QualifiedName name = new QualifiedName(pgEnum.schema(), simpleName);
        try {
            renames.enumType(type.getAnnotation(RenamedFrom.class), name, type.getName());
        } catch (InvalidDeclaration e) {
            problems.add(type, null, e.getMessage(), e.fix());
        }
        List<String> labels = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String label = ((Enum<?>) constant).name();
            labels.add(label);
            try {
                renames.enumValue(type.getField(label).getAnnotation(RenamedFrom.class), name, label,
                        type.getName() + "." + label);
            } catch (InvalidDeclaration e) {
                problems.add(type, label, e.getMessage(), e.fix());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("enum constant without its field: " + label, e);
            }
        }
        return new EnumType(name, labels, Comments.of(type.getAnnotation(Comment.class)));
    }
}
