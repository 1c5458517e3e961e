package dev.shale.reader;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads a record component's Bean Validation constraints through Hibernate Validator's metadata
 * API. A component's annotations reach the record's private field, which Hibernate Validator
 * reports as the property of the same name. Only constraints of the {@link Default} group count,
 * as in Hibernate ORM's DDL mapping. XML configuration is ignored, so reading does no file I/O.
 * Records whose constraints are all built-ins are read directly ({@link BuiltInConstraints}), which gives
 * the same constraints without building Hibernate Validator's metadata of the whole class (nor starting it).
 */
final class BeanValidationConstraints implements AutoCloseable {

    private ValidatorFactory factory;
    private Validator validator;
    private final Map<Class<?>, Optional<BeanDescriptor>> beans = new HashMap<>();
    private final Map<Class<?>, Map<String, List<Annotation>>> builtIn = new HashMap<>();

    /** Hibernate Validator, started on first use: most schemas use built-in constraints only. */
    private Validator validator() {
        if (validator == null) {
            factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            validator = factory.getValidator();
        }
        return validator;
    }

    /**
     * Loads the metadata of {@code record}, whose record components are {@code components}.
     *
     * @throws InvalidDeclaration when Hibernate Validator rejects the record's constraints
     */
    void load(Class<?> record, List<RecordComponent> components) {
        Optional<Map<String, List<Annotation>>> direct = BuiltInConstraints.read(record, components);
        if (direct.isPresent()) {
            builtIn.put(record, direct.get());
            return;
        }
        try {
            beans.put(record, Optional.of(validator().getConstraintsForClass(record)));
        } catch (ValidationException e) {
            beans.put(record, Optional.empty());
            throw new InvalidDeclaration("has Bean Validation constraints that Hibernate Validator rejects: "
                    + e.getMessage(), "correct the Bean Validation annotations");
        }
    }

    /** The constraints on one component of a {@linkplain #load loaded} record, as they matter to the column. */
    ColumnConstraints of(Class<?> record, String component) {
        Map<String, List<Annotation>> direct = builtIn.get(record);
        if (direct != null) {
            return ColumnConstraints.from(direct.getOrDefault(component, List.of()));
        }
        PropertyDescriptor property = beans.getOrDefault(record, Optional.empty())
                .map(bean -> bean.getConstraintsForProperty(component))
                .orElse(null);
        if (property == null) {
            return ColumnConstraints.NONE;
        }
        return ColumnConstraints.from(property.findConstraints().unorderedAndMatchingGroups(Default.class)
                .getConstraintDescriptors().stream().<Annotation>map(ConstraintDescriptor::getAnnotation).toList());
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
