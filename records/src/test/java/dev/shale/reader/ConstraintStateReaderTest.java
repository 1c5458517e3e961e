package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.dsl.Check;
import dev.shale.dsl.Deferrable;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Deferrability;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deferrability, {@code NOT VALID} and {@code NO INHERIT} are read from the annotations into the model. */
class ConstraintStateReaderTest {

    @Table("accounts")
    @Unique(columns = {"code", "region"}, deferrable = Deferrable.INITIALLY_IMMEDIATE)
    @Check(value = "code <> ''", name = "accounts_code_check", notValid = true, noInherit = true)
    record Account(@PrimaryKey(deferrable = Deferrable.INITIALLY_DEFERRED) long id, String code, String region,
                   @Unique long number) {
    }

    @Table("entries")
    record Entry(@PrimaryKey long id,
                 @References(table = Holder.class, deferrable = Deferrable.INITIALLY_DEFERRED, notValid = true)
                 long holderId,
                 @Check(value = "amount > 0", notValid = true) int amount) {
    }

    @Table("holders")
    record Holder(@PrimaryKey long id) {
    }

    @Table("bad_refs")
    record BadRef(@PrimaryKey long id, @References(table = Account.class) long accountId) {
    }

    @Test
    void keysChecksAndForeignKeysCarryTheirDeclaredState() {
        SchemaModel model = new RecordSchemaReader().read(List.of(Account.class, Entry.class, Holder.class)).model();
        dev.shale.model.Table accounts = model.table(QualifiedName.of("accounts")).orElseThrow();
        assertEquals(Deferrability.INITIALLY_DEFERRED, accounts.primaryKey().deferrability());
        assertEquals(Deferrability.DEFERRABLE, accounts.uniques().stream()
                .filter(u -> u.columns().size() == 2).findFirst().orElseThrow().deferrability());
        assertEquals(Deferrability.NOT_DEFERRABLE, accounts.uniques().stream()
                .filter(u -> u.columns().equals(List.of("number"))).findFirst().orElseThrow().deferrability());
        assertEquals(List.of(new CheckConstraint("accounts_code_check", "code <> ''", true, true)), accounts.checks());

        dev.shale.model.Table entries = model.table(QualifiedName.of("entries")).orElseThrow();
        ForeignKey fk = entries.foreignKeys().get(0);
        assertEquals(Deferrability.INITIALLY_DEFERRED, fk.deferrability());
        assertTrue(fk.notValid());
        CheckConstraint check = entries.checks().get(0);
        assertTrue(check.notValid());
        assertEquals(false, check.noInherit());
    }

    @Test
    void aForeignKeyCannotRelyOnADeferrableKey() {
        SchemaDeclarationException thrown = assertThrows(SchemaDeclarationException.class,
                () -> new RecordSchemaReader().read(List.of(Account.class, BadRef.class)));
        assertTrue(thrown.problems().toString().contains("whose key is deferrable"),
                thrown.problems().toString());
    }
}
