package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.ReplicaIdentity;
import dev.shale.dsl.Table;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Table(unlogged, replicaIdentity, replicaIdentityIndex)} are read into the model and checked. */
class TableOptionsReaderTest {

    @Table(value = "cache", unlogged = true, replicaIdentity = ReplicaIdentity.FULL)
    record Cache(@PrimaryKey long id) {
    }

    @Table(value = "codes", replicaIdentity = ReplicaIdentity.USING_INDEX, replicaIdentityIndex = "codes_code_idx")
    record Code(@PrimaryKey long id, @NotNull @Index(unique = true) String code) {
    }

    @Table(value = "by_key", replicaIdentity = ReplicaIdentity.USING_INDEX, replicaIdentityIndex = "by_key_pkey")
    record ByKey(@PrimaryKey long id) {
    }

    @Table(value = "loose", replicaIdentity = ReplicaIdentity.USING_INDEX, replicaIdentityIndex = "loose_code_idx")
    record Loose(@PrimaryKey long id, @Index(unique = true) String code) {
    }

    @Table(value = "missing", replicaIdentity = ReplicaIdentity.USING_INDEX, replicaIdentityIndex = "nope")
    record Missing(@PrimaryKey long id) {
    }

    @Table(value = "stray", replicaIdentityIndex = "stray_pkey")
    record Stray(@PrimaryKey long id) {
    }

    @Table("logged_ref")
    record LoggedRef(@PrimaryKey long id, @References(table = Cache.class) long cacheId) {
    }

    @Table(value = "unlogged_ref", unlogged = true)
    record UnloggedRef(@PrimaryKey long id, @References(table = Cache.class) long cacheId) {
    }

    @Test
    void unloggedAndReplicaIdentityAreRead() {
        SchemaModel model = new RecordSchemaReader()
                .read(List.of(Cache.class, Code.class, ByKey.class, UnloggedRef.class)).model();
        dev.shale.model.Table cache = model.table(QualifiedName.of("cache")).orElseThrow();
        assertTrue(cache.unlogged());
        assertEquals(dev.shale.model.ReplicaIdentity.FULL, cache.replicaIdentity());
        assertEquals(dev.shale.model.ReplicaIdentity.usingIndex("codes_code_idx"),
                model.table(QualifiedName.of("codes")).orElseThrow().replicaIdentity());
        assertEquals(dev.shale.model.ReplicaIdentity.usingIndex("by_key_pkey"),
                model.table(QualifiedName.of("by_key")).orElseThrow().replicaIdentity());
        assertTrue(model.table(QualifiedName.of("unlogged_ref")).orElseThrow().unlogged());
        assertEquals(false, model.table(QualifiedName.of("codes")).orElseThrow().unlogged());
    }

    @Test
    void badReplicaIdentitiesAndLoggedToUnloggedKeysAreRefused() {
        for (Class<?> type : List.of(Loose.class, Missing.class, Stray.class)) {
            assertThrows(SchemaDeclarationException.class, () -> new RecordSchemaReader().read(List.of(type)),
                    type.getSimpleName());
        }
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(Cache.class, LoggedRef.class)));
        assertTrue(thrown.problems().toString().contains("which is UNLOGGED"), thrown.problems().toString());
    }
}
