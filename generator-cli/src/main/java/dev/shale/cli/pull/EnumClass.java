package dev.shale.cli.pull;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.shale.dsl.Comment;
import dev.shale.dsl.PgEnum;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The Java enum that declares one PostgreSQL enum type: one constant per label, in the type's order. */
final class EnumClass {

    private EnumClass() {
    }

    /** The enum of {@code type} named {@code name}, or empty after adding to {@code problems} why it cannot be. */
    static Optional<TypeSpec> build(EnumType type, ClassName name, List<PullProblem> problems) {
        List<String> bad = type.values().stream().filter(label -> !JavaNames.isConstant(label)).toList();
        if (!bad.isEmpty()) {
            problems.add(new PullProblem("enum " + type.name(), "has the "
                    + (bad.size() == 1 ? "label " : "labels ") + String.join(", ", bad.stream().map(l -> "'" + l + "'")
                    .toList()) + ", which cannot be Java enum constants; @PgEnum takes the labels from the constants'"
                    + " names", "rename the label in the database (ALTER TYPE " + type.name().sql()
                    + " RENAME VALUE " + Identifiers.literal(bad.get(0)) + " TO '...'), or pull only other schemas"
                    + " with --schema"));
            return Optional.empty();
        }
        if (type.values().isEmpty()) {
            problems.add(new PullProblem("enum " + type.name(), "has no labels, and a Java enum without constants"
                    + " cannot be declared here", "add a label (ALTER TYPE " + type.name().sql() + " ADD VALUE '...'),"
                    + " or drop the type"));
            return Optional.empty();
        }
        AnnotationSpec.Builder pgEnum = AnnotationSpec.builder(PgEnum.class).addMember("value", "$S", type.name().name());
        if (!type.name().schema().equals("public")) {
            pgEnum.addMember("schema", "$S", type.name().schema());
        }
        TypeSpec.Builder builder = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The enum type $L.\n", TableRecord.javadocText(type.name().toString()))
                .addAnnotation(pgEnum.build());
        if (type.comment() != null) {
            builder.addAnnotation(AnnotationSpec.builder(Comment.class).addMember("value", "$S", type.comment()).build());
        }
        type.values().forEach(builder::addEnumConstant);
        return Optional.of(builder.build());
    }
}
