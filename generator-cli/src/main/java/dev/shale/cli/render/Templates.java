package dev.shale.cli.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The Mustache templates of generated files, rendered verbatim (no HTML escaping). */
public final class Templates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("dev/shale/cli/templates") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private Templates() {
    }

    /** Renders {@code name} (without {@code .mustache}) with {@code scope}. */
    public static String render(String name, Object scope) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
