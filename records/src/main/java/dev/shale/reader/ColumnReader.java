package dev.shale.reader;

import dev.shale.dsl.Column;
import dev.shale.dsl.Comment;
import dev.shale.dsl.Default;
import dev.shale.dsl.Generated;
import dev.shale.dsl.Identity;
import dev.shale.model.Collations;
import dev.shale.model.ColumnType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Reads one record component into a column: name, type, nullability, default, identity, generation, comment. */
final class ColumnReader {

    /** PostgreSQL's largest varchar length; a longer {@code @Size(max)} maps to text. */
    static final int MAX_VARCHAR = 10_485_760;

    private static final Set<String> IDENTITY_TYPES = Set.of("smallint", "integer", "bigint");

    private static final Set<String> NUMERIC_TYPES =
            Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision");

    private final EnumCatalog enums;
    private final ExtensionReader extensions;
    private final TypeMapper types;
    private final BeanValidationConstraints validation;
    private final Problems problems;

    ColumnReader(EnumCatalog enums, ExtensionReader extensions, BeanValidationConstraints validation,
                 Problems problems) {
        this.enums = enums;
        this.extensions = extensions;
        this.types = new TypeMapper(enums);
        this.validation = validation;
        this.problems = problems;
    }

    /** The column {@code component} of {@code record} declares, in {@code table}. */
    ColumnDraft read(Class<?> record, RecordComponent component, QualifiedName table) {
        Column column = component.getAnnotation(Column.class);
        String name = column == null || column.name().isEmpty()
                ? Identifiers.snakeCase(component.getName()) : column.name();
        ColumnConstraints constraints = Objects.requireNonNullElse(
                attempt(record, component, () -> validation.of(record, component.getName())), ColumnConstraints.NONE);
        ColumnType type = attempt(record, component, () -> column == null || column.type().isEmpty()
                ? withConstraints(types.map(component.getGenericType()), component.getType(), constraints)
                : override(column.type(), table.schema()));
        boolean typed = type != null;
        type = typed ? type : ColumnType.builtIn("unknown");
        Identity identity = component.getAnnotation(Identity.class);
        String defaultExpression = expression(record, component, "@Default",
                Optional.ofNullable(component.getAnnotation(Default.class)).map(Default::value));
        String generated = expression(record, component, "@Generated",
                Optional.ofNullable(component.getAnnotation(Generated.class)).map(Generated::value));
        checkConflicts(record, component, identity, defaultExpression, generated);
        checkEnumDefault(record, component, type, defaultExpression);
        dev.shale.model.Identity modelIdentity =
                identity == null ? null : identity(record, component, identity, type, typed);
        boolean nullable = !component.getType().isPrimitive() && !constraints.notNull() && identity == null;
        String rangeCheck = constraints.bounds().isEmpty() || !isNumber(type)
                ? null : RangeBound.expression(name, constraints.bounds());
        String collation = column == null || column.collation().isEmpty()
                ? null : collation(record, component, column.collation(), type, typed);
        return new ColumnDraft(component.getName(), new dev.shale.model.Column(name, type, nullable, defaultExpression,
                modelIdentity, generated, Comments.of(component.getAnnotation(Comment.class)), collation), typed,
                rangeCheck);
    }

    /** The collation {@code @Column(collation)} declares, in its normal form; {@code null} after reporting it. */
    private String collation(Class<?> record, RecordComponent component, String declared, ColumnType type,
                             boolean typed) {
        String normal;
        try {
            normal = Collations.fromName(declared.trim());
        } catch (IllegalArgumentException e) {
            problems.add(record, component.getName(), "has @Column(collation = \"" + declared + "\"), "
                    + e.getMessage(), "write the collation's name, such as \"C\" or \"en_US.utf8\"");
            return null;
        }
        if (!typed) {
            return null;
        }
        if (!dev.shale.model.Column.collatable(type)
                || type.isUserType() && enums.labelsOf(type.element().userTypeName()).isPresent()) {
            problems.add(record, component.getName(), "has @Column(collation = \"" + declared + "\"), but its type "
                    + type.sql() + " has no collation", "remove the collation, or make the column a String (text or"
                    + " varchar)");
            return null;
        }
        return normal;
    }

    /** The step's result, or {@code null} after reporting why it cannot be had. */
    private <T> T attempt(Class<?> record, RecordComponent component, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidDeclaration e) {
            problems.add(record, component.getName(), e.getMessage(), e.fix());
            return null;
        }
    }

    private ColumnType override(String text, String schema) {
        ColumnType parsed = SqlTypeParser.parse(text);
        if (SqlTypeParser.BUILT_IN.contains(parsed.name())) {
            return parsed;
        }
        return enums.find(parsed.name(), schema).map(name -> {
            if (!parsed.modifiers().isEmpty()) {
                throw new InvalidDeclaration("@Column(type = \"" + text + "\") gives modifiers to the enum type " + name,
                        "remove the modifiers");
            }
            ColumnType type = ColumnType.userType(name);
            for (int i = 0; i < parsed.dimensions(); i++) {
                type = type.arrayOf();
            }
            return type;
        }).or(() -> extensions.providing(parsed.name()).map(extension -> {
            // a type of a declared extension lives in the extension's schema, as the catalog reads it back
            if (!parsed.modifiers().isEmpty()) {
                throw new InvalidDeclaration("@Column(type = \"" + text + "\") gives modifiers to the type "
                        + parsed.name() + " of the declared extension " + extension.name()
                        + ", which Shale does not model yet", "declare the column without modifiers, or leave "
                        + extension.name() + " undeclared and create it outside Shale");
            }
            ColumnType type = ColumnType.userType(new QualifiedName(extension.schema(), parsed.name()));
            for (int i = 0; i < parsed.dimensions(); i++) {
                type = type.arrayOf();
            }
            return type;
        })).orElseGet(() -> {
            KnownTypes.check(text, parsed.name(), parsed.modifiers().size());
            return parsed;
        });
    }

    private static ColumnType withConstraints(ColumnType type, Class<?> javaType, ColumnConstraints constraints) {
        if (javaType == String.class && constraints.maxLength() != null) {
            int length = constraints.maxLength();
            if (length < 1) {
                throw new InvalidDeclaration("@Size(max = " + length + ") cannot be a varchar length",
                        "give @Size a max of at least 1");
            }
            return length > MAX_VARCHAR ? type : ColumnType.builtIn("varchar", length);
        }
        if (javaType == BigDecimal.class && constraints.precision() != null) {
            int precision = constraints.precision();
            if (precision < 1 || precision > 1000) {
                throw new InvalidDeclaration("@Digits gives numeric precision " + precision
                        + ", but PostgreSQL needs 1 to 1000", "give @Digits between 1 and 1000 digits in all");
            }
            return ColumnType.builtIn("numeric", precision, constraints.scale());
        }
        return type;
    }

    private String expression(Class<?> record, RecordComponent component, String annotation, Optional<String> declared) {
        String value = declared.orElse(null);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            problems.add(record, component.getName(), "has " + annotation + " with an empty expression",
                    "write the SQL expression, or remove " + annotation);
            return null;
        }
        return ExpressionFields.check(problems, record, component.getName(), annotation, value) ? value.trim() : null;
    }

    /** Reports a default naming a label its enum type does not have. */
    private void checkEnumDefault(Class<?> record, RecordComponent component, ColumnType type, String defaultExpression) {
        if (defaultExpression == null || !type.isUserType()) {
            return;
        }
        enums.labelsOf(type.userTypeName()).ifPresent(labels -> attempt(record, component, () -> {
            EnumDefaults.check(defaultExpression, type, labels);
            return null;
        }));
    }

    private void checkConflicts(Class<?> record, RecordComponent component, Identity identity,
                                String defaultExpression, String generated) {
        String name = component.getName();
        if (identity != null && defaultExpression != null) {
            problems.add(record, name, "has both @Identity and @Default; an identity column takes its "
                    + "default from its sequence", "remove @Default or @Identity");
        }
        if (identity != null && generated != null) {
            problems.add(record, name, "has both @Identity and @Generated", "remove @Generated or @Identity");
        }
        if (generated != null && defaultExpression != null) {
            problems.add(record, name, "has both @Generated and @Default; a generated column cannot have a default",
                    "remove @Default or @Generated");
        }
    }

    private dev.shale.model.Identity identity(Class<?> record, RecordComponent component, Identity identity,
                                              ColumnType type, boolean typed) {
        boolean integral = !type.isUserType() && type.dimensions() == 0 && IDENTITY_TYPES.contains(type.name());
        if (typed && !integral) {
            problems.add(record, component.getName(), "has @Identity, but its type is " + type.sql()
                    + "; identity columns must be smallint, integer or bigint", "declare it as short, int or long");
        }
        if (identity.increment() == 0) {
            problems.add(record, component.getName(), "has @Identity(increment = 0)", "use a non-zero increment");
            return null;
        }
        return IdentityOptions.read(record, component.getName(), identity, integral ? type.name() : null, problems);
    }

    private static boolean isNumber(ColumnType type) {
        return !type.isUserType() && type.dimensions() == 0 && NUMERIC_TYPES.contains(type.name());
    }
}
