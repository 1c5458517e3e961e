package dev.shale.cli.config;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a {@link ConfigFile}'s values against its Bean Validation constraints with Hibernate Validator, and turns
 * every violation into a {@link ConfigProblem}: for the file, at the value's line and column; for the environment,
 * naming the variable. One problem per value (the first of a value's constraints that fails, format before range).
 */
final class ConfigValidation {

    /**
     * Started once per process, on first use, without XML configuration or EL. (Hibernate Validator's predefined
     * scope, which registers only the constraints used here, started no faster.)
     */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /** A violation at one value: its dotted key, its list index or null, and what is wrong. */
    private record Found(String key, Integer index, ConstraintViolation<ConfigFile> violation) {

        String id() {
            return index == null ? key : key + "[" + index + "]";
        }
    }

    private ConfigValidation() {
    }

    /** The problems of the file's values, in the order of the file. */
    static List<ConfigProblem> ofFile(ConfigFile file, NodePositions positions) {
        List<Found> found = violations(file);
        found.sort(Comparator.comparing((Found f) -> positions.of(f.id()).map(NodePositions.Position::line).orElse(0))
                .thenComparing(f -> positions.of(f.id()).map(NodePositions.Position::column).orElse(0)));
        List<ConfigProblem> problems = new ArrayList<>();
        for (Found f : found) {
            String where = positions.of(f.id()).map(p -> p.in(ConfigLoader.FILE_NAME)).orElse(ConfigLoader.FILE_NAME);
            Optional<ConfigKey> key = ConfigKeys.named(f.key());
            problems.add(new ConfigProblem(where, f.key() + " " + what(f, key),
                    "write " + key.map(ConfigKey::written).map(w -> "it as " + w).orElse("a valid value")
                            + " (see " + ConfigException.DOCS + ")"));
        }
        return problems;
    }

    /**
     * The problems of values taken from environment variables: {@code overrides} holds them as a file would, and
     * {@code variables} names the variable each key's value came from.
     */
    static List<ConfigProblem> ofEnvironment(ConfigFile overrides, Function<String, String> variables) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Found f : violations(overrides)) {
            String variable = variables.apply(f.key());
            Optional<ConfigKey> key = ConfigKeys.named(f.key());
            String example = key.map(ConfigKey::example).orElse("a valid value").replaceAll("^\\[(.*)]$", "$1");
            problems.add(new ConfigProblem("", variable + (f.index() == null ? "" : " (entry " + (f.index() + 1) + ")")
                    + " " + what(f, key), "set " + variable + " to a value such as " + example + ", or unset it to use "
                    + f.key() + " of " + ConfigLoader.FILE_NAME + " (see " + ConfigException.DOCS + ")"));
        }
        return problems;
    }

    /** The violations of {@code file}, one per value, in a stable order. */
    private static List<Found> violations(ConfigFile file) {
        Map<String, Found> first = new LinkedHashMap<>();
        Holder.VALIDATOR.validate(file).stream()
                .map(ConfigValidation::found)
                .sorted(Comparator.comparing(Found::id).thenComparing(f -> rank(f.violation())))
                .forEach(f -> first.putIfAbsent(f.id(), f));
        return new ArrayList<>(first.values());
    }

    private static Found found(ConstraintViolation<ConfigFile> violation) {
        List<String> names = new ArrayList<>();
        Integer index = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                names.add(node.getName());
            }
            if (node.getIndex() != null && index == null) {
                index = node.getIndex();
            }
        }
        return new Found(String.join(".", names), index, violation);
    }

    /** Format constraints first, then size, then range: one message says the most useful thing. */
    private static int rank(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == Size.class ? 1 : type == Min.class ? 2 : type == Max.class ? 3 : 0;
    }

    /** What is wrong, with the value written unless the key is secret: {@code must be true or false, not "maybe"}. */
    private static String what(Found f, Optional<ConfigKey> key) {
        Object value = f.violation().getInvalidValue();
        boolean secret = key.map(ConfigKey::secret).orElse(false);
        String shown = secret || !(value instanceof String) ? "" : ", not \"" + value + "\"";
        return f.violation().getMessage() + shown;
    }
}
