package dev.shale.reader;

import java.util.Collection;

/** Reads annotated records and {@code @PgEnum} enums into the schema model. Pure (reflection only). */
public final class RecordSchemaReader {

    /**
     * The model the classes declare.
     *
     * @throws SchemaDeclarationException listing every declaration that cannot be mapped
     */
    public DeclaredSchema read(Collection<Class<?>> classes) {
        throw new UnsupportedOperationException("TODO");
    }
}
