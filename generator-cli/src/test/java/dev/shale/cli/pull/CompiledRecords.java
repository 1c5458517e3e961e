package dev.shale.cli.pull;

import com.palantir.javapoet.JavaFile;
import dev.shale.reader.RecordSchemaReader;
import dev.shale.reader.SchemaClassFinder;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Test support: compiles generated sources with the JDK's compiler and reads them back as a model. */
public final class CompiledRecords {

    private CompiledRecords() {
    }

    /** Writes {@code files} under {@code dir}/src, compiles them into {@code dir}/classes; returns the classes folder. */
    public static Path compile(List<JavaFile> files, Path dir) {
        try {
            Path sources = dir.resolve("src");
            for (JavaFile file : files) {
                file.writeTo(sources);
            }
            return compileFolder(sources, dir.resolve("classes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}; fails with javac's output. */
    public static Path compileFolder(Path sources, Path classes) {
        try (Stream<Path> walk = Files.walk(sources)) {
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-Xlint:all", "-Werror", "--release", "17"));
            walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(args::add);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int code = compiler.run(null, output, output, args.toArray(String[]::new));
            if (code != 0) {
                throw new AssertionError("javac failed:\n" + output.toString(StandardCharsets.UTF_8));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model the compiled classes of {@code basePackage} declare. */
    public static SchemaModel read(Path classes, String basePackage) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, CompiledRecords.class.getClassLoader())) {
            return new RecordSchemaReader().read(SchemaClassFinder.find(loader, List.of(basePackage))).model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
