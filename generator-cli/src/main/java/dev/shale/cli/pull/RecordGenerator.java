package dev.shale.cli.pull;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.AnnotationSpec;
import dev.shale.model.EnumType;
import dev.shale.model.Extension;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes a schema model as Java sources: a record per table, an enum per enum type and a class declaring the
 * extensions ({@value #EXTENSIONS_CLASS}), annotated so that
 * {@code RecordSchemaReader} reads them back as exactly that model. Pure: the same model and package give
 * the same files, sorted by path.
 */
public final class RecordGenerator {

    /** The comment at the top of every generated file. */
    static final String FILE_COMMENT = "Written by shale pull from the live database. These records now declare"
            + " the schema:\nedit them, then run shale generate.";

    private RecordGenerator() {
    }

    /**
     * The sources of {@code model} under {@code basePackage} (other schemas in sub-packages named after them).
     *
     * @throws UnpullableSchemaException listing everything the records cannot declare exactly
     * @throws IllegalArgumentException when {@code basePackage} is not a Java package name
     */
    public static List<JavaFile> generate(SchemaModel model, String basePackage) {
        Objects.requireNonNull(model, "model");
        if (!SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("\"" + basePackage + "\" is not a Java package name");
        }
        List<PullProblem> unnameable = PulledNames.problems(model);
        if (!unnameable.isEmpty()) {
            throw new UnpullableSchemaException(unnameable);
        }
        ClassNaming naming = new ClassNaming(model, basePackage);
        List<PullProblem> problems = new ArrayList<>();
        List<JavaFile> files = new ArrayList<>();
        for (EnumType type : model.enums()) {
            var name = naming.enumType(type.name()).orElseThrow();
            EnumClass.build(type, name, problems).ifPresent(spec -> files.add(file(name.packageName(), spec)));
        }
        TableRecord records = new TableRecord(model, naming, problems);
        for (Table table : model.tables()) {
            var name = naming.table(table.name()).orElseThrow();
            Optional<TypeSpec> spec = records.build(table);
            spec.ifPresent(s -> files.add(file(name.packageName(), s)));
        }
        naming.sequences().ifPresent(holder -> {
            TypeSpec.Builder spec = TypeSpec.interfaceBuilder(holder).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The sequences no column owns.\n");
            model.sequences().stream().filter(s -> s.ownedBy() == null)
                    .forEach(s -> spec.addAnnotation(TableRecord.sequence(s, "public")));
            files.add(file(holder.packageName(), spec.build()));
        });
        if (!problems.isEmpty()) {
            throw new UnpullableSchemaException(problems);
        }
        naming.extensions().ifPresent(holder -> files.add(file(holder.packageName(),
                extensionHolder(model, holder.simpleName()))));
        files.sort(Comparator.comparing(RecordGenerator::path));
        return List.copyOf(files);
    }

    /**
     * The name of the class that declares the pulled extensions, in the base package, unless a table or enum takes
     * it ({@link ClassNaming#extensions}).
     */
    static final String EXTENSIONS_CLASS = "DatabaseExtensions";

    /**
     * A class of its own carrying an {@code @Extension} per extension, without a version (any version will do;
     * declare one to have migrations update to it).
     */
    private static TypeSpec extensionHolder(SchemaModel model, String name) {
        TypeSpec.Builder holder = TypeSpec.classBuilder(name)
                .addModifiers(javax.lang.model.element.Modifier.PUBLIC, javax.lang.model.element.Modifier.FINAL)
                .addJavadoc("The PostgreSQL extensions the schema needs.\n")
                .addMethod(com.palantir.javapoet.MethodSpec.constructorBuilder()
                        .addModifiers(javax.lang.model.element.Modifier.PRIVATE).build());
        for (Extension extension : model.extensions()) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(dev.shale.dsl.Extension.class)
                    .addMember("value", "$S", extension.name());
            if (!extension.schema().equals("public")) {
                annotation.addMember("schema", "$S", extension.schema());
            }
            holder.addAnnotation(annotation.build());
        }
        return holder.build();
    }

    /** The file's path relative to the source root, with {@code /} separators. */
    public static String path(JavaFile file) {
        String folder = file.packageName().replace('.', '/');
        return (folder.isEmpty() ? "" : folder + "/") + file.typeSpec().name() + ".java";
    }

    private static JavaFile file(String packageName, TypeSpec spec) {
        return JavaFile.builder(packageName, spec).addFileComment(FILE_COMMENT).indent("    ")
                .skipJavaLangImports(true).build();
    }
}
