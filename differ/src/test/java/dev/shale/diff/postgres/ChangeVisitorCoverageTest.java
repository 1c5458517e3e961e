package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.ChangeVisitor;
import dev.shale.diff.drift.DriftDescriptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of {@link Change} has its visit, dispatches to it, and every visitor of the differ says what it does
 * for each kind itself: no abstract visitor with defaults that a new kind could fall through silently. Likewise
 * for the kinds of {@link DataRequirement}.
 */
class ChangeVisitorCoverageTest {

    private static final Set<Class<?>> KINDS = Set.of(Change.class.getPermittedSubclasses());

    @Test
    void theVisitorHasOneVisitPerKindAndNoDefaults() {
        List<Method> visits = Arrays.stream(ChangeVisitor.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic()).toList();
        assertEquals(names(KINDS), names(visits.stream().map(m -> m.getParameterTypes()[0]).toList()));
        assertEquals(KINDS.size(), visits.size());
        for (Method visit : visits) {
            assertEquals("visit", visit.getName());
            assertEquals(1, visit.getParameterCount(), visit.toString());
            assertFalse(visit.isDefault(), visit + " has a default body");
        }
    }

    @Test
    void theRequirementVisitorHasOneVisitPerKindOfDataRequirement() {
        List<Method> visits = Arrays.stream(DataRequirementVisitor.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic()).toList();
        assertEquals(names(Set.of(DataRequirement.class.getPermittedSubclasses())),
                names(visits.stream().map(m -> m.getParameterTypes()[0]).toList()));
        for (Method visit : visits) {
            assertFalse(visit.isDefault(), visit + " has a default body");
        }
    }

    @Test
    void acceptCallsTheVisitOfItsOwnKind() {
        List<Change> samples = Samples.oneOfEachKind();
        assertEquals(names(KINDS), names(samples.stream().map(Object::getClass).toList()),
                "the samples hold one change of each kind");
        ChangeVisitor<?> visited = (ChangeVisitor<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ChangeVisitor.class}, (proxy, method, args) -> method.getParameterTypes()[0]);
        for (Change sample : samples) {
            assertEquals(sample.getClass(), sample.accept(visited), sample.getClass().getSimpleName());
        }
    }

    @Test
    void everyDispatchAnswersForEveryKind() {
        PostgresRenderer renderer = new PostgresRenderer();
        for (Change sample : Samples.oneOfEachKind()) {
            String kind = sample.getClass().getSimpleName();
            assertFalse(renderer.render(sample).isEmpty(), kind + " renders no statement");
            assertFalse(renderer.render(sample, DdlForm.ONLINE, true).isEmpty(), kind + " renders no online form");
            assertFalse(ChangeDescriptions.describe(sample).isBlank(), kind + " has no description");
            renderer.hazards(sample, false);
            renderer.hazards(sample, true);
            renderer.requirements(sample);
            assertFalse(DriftDescriptions.describe(List.of(sample)).isEmpty(), kind + " describes no drift");
        }
    }

    @Test
    void everyVisitorOfTheDifferDeclaresEachVisitItself() throws IOException, URISyntaxException {
        Path classes = Path.of(ChangeVisitor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> visitors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type != ChangeVisitor.class && ChangeVisitor.class.isAssignableFrom(type)) {
                    visitors.add(type);
                }
            }
        }
        assertTrue(visitors.size() >= 9, "found only " + names(visitors));
        List<String> missing = new ArrayList<>();
        for (Class<?> visitor : visitors) {
            if (visitor.isInterface() || Modifier.isAbstract(visitor.getModifiers())) {
                missing.add(visitor.getName() + " is abstract: a visitor with defaults");
                continue;
            }
            for (Class<?> kind : KINDS) {
                try {
                    visitor.getDeclaredMethod("visit", kind);
                } catch (NoSuchMethodException e) {
                    missing.add(visitor.getName() + " inherits its visit of " + kind.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ChangeVisitorCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static Set<String> names(java.util.Collection<? extends Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }
}
