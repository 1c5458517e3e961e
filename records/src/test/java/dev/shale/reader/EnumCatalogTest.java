package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.QualifiedName;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumCatalogTest {

    enum PublicRole { A }

    enum AuditRole { A }

    enum Level { A }

    private final EnumCatalog catalog = catalog();

    private static EnumCatalog catalog() {
        EnumCatalog catalog = new EnumCatalog();
        catalog.add(PublicRole.class, QualifiedName.of("role"));
        catalog.add(AuditRole.class, new QualifiedName("audit", "role"));
        catalog.add(Level.class, new QualifiedName("audit", "level"));
        return catalog;
    }

    @Test
    void knowsEachEnumsName() {
        assertEquals(Optional.of(new QualifiedName("audit", "level")), catalog.nameOf(Level.class));
        assertEquals(Optional.empty(), catalog.nameOf(String.class));
    }

    @Test
    void findsQualifiedNamesExactly() {
        assertEquals(Optional.of(new QualifiedName("audit", "role")), catalog.find("audit.role", "public"));
        assertEquals(Optional.empty(), catalog.find("public.level", "audit"));
    }

    @Test
    void findsBareNamesInTheTablesSchemaThenInPublic() {
        assertEquals(Optional.of(new QualifiedName("audit", "role")), catalog.find("role", "audit"));
        assertEquals(Optional.of(QualifiedName.of("role")), catalog.find("role", "sales"));
        assertEquals(Optional.empty(), catalog.find("level", "public"));
    }
}
