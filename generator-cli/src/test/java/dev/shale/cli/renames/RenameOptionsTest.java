package dev.shale.cli.renames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of {@code --rename-table}, {@code --rename-column}, {@code --rename-type} and {@code --rename-value}. */
class RenameOptionsTest {

    private static RenameHints tables(String... values) {
        return new RenameOptions(List.of(values), List.of(), List.of(), List.of()).hints();
    }

    private static CommandException refused(RenameOptions options) {
        CommandException e = assertThrows(CommandException.class, options::hints);
        assertEquals(ExitCode.USAGE, e.exitCode());
        return e;
    }

    @Test
    void aTableIsInPublicUnlessQualifiedAndBareNamesFold() {
        RenameHints hints = tables("invoices=billing.invoices", "Public.Logs=archive.old_logs");

        assertEquals(List.of(
                new RenameHints.TableRename(QualifiedName.of("invoices"), new QualifiedName("billing", "invoices"),
                        "--rename-table invoices=billing.invoices"),
                new RenameHints.TableRename(QualifiedName.of("logs"), new QualifiedName("archive", "old_logs"),
                        "--rename-table Public.Logs=archive.old_logs")), hints.tables());
    }

    @Test
    void quotedNamesKeepCaseSpacesDotsAndDoubledQuotes() {
        RenameHints hints = tables("\"Invoice Lines\" = \"Billing\".\"Invoice \"\"Lines\"\".v2\"");

        assertEquals(QualifiedName.of("Invoice Lines"), hints.tables().get(0).from());
        assertEquals(new QualifiedName("Billing", "Invoice \"Lines\".v2"), hints.tables().get(0).to());
    }

    @Test
    void aColumnNamesItsTableByItsNewNameWithOrWithoutSchema() {
        RenameHints hints = new RenameOptions(List.of(), List.of("billing.invoices.total=amount",
                "\"Lines\".\"Qty\"=\"Quantity\""), List.of(), List.of()).hints();

        assertEquals(List.of(
                new RenameHints.ColumnRename(new QualifiedName("billing", "invoices"), "total", "amount",
                        "--rename-column billing.invoices.total=amount"),
                new RenameHints.ColumnRename(QualifiedName.of("Lines"), "Qty", "Quantity",
                        "--rename-column \"Lines\".\"Qty\"=\"Quantity\"")), hints.columns());
    }

    @Test
    void typesAndLabelsLabelsTakenAsWrittenOrQuoted() {
        RenameHints hints = new RenameOptions(List.of(), List.of(), List.of("status=billing.status"),
                List.of("billing.status.Closed=Done", "status.'in progress'='It''s on'")).hints();

        assertEquals(new RenameHints.EnumRename(QualifiedName.of("status"), new QualifiedName("billing", "status"),
                "--rename-type status=billing.status"), hints.enums().get(0));
        assertEquals(new RenameHints.EnumValueRename(new QualifiedName("billing", "status"), "Closed", "Done",
                "--rename-value billing.status.Closed=Done"), hints.enumValues().get(0));
        assertEquals(new RenameHints.EnumValueRename(QualifiedName.of("status"), "in progress", "It's on",
                "--rename-value status.'in progress'='It''s on'"), hints.enumValues().get(1));
    }

    @Test
    void badValuesAreUsageErrorsNamingTheOptionTheProblemAndTheFix() {
        List<String[]> cases = List.of(
                new String[] {"invoices", "expected = between the old and the new name"},
                new String[] {"invoices=", "the new name is missing"},
                new String[] {"=billing.invoices", "the old name expected a name where it found \"=\""},
                new String[] {"a.b.c=d", "the old name has 3 parts"},
                new String[] {"a=b=c", "unexpected \"=\" after the new name"},
                new String[] {"\"Open=b", "unterminated"},
                new String[] {"a=\"\"", "the new name is an empty quoted name"},
                new String[] {"a;drop table x=b", "expected = between the old and the new name, found \";\""},
                new String[] {"'a'=b", "the old name expected a name where it found \"'a'\""},
                new String[] {"a=b -- c", "unexpected \"-- c\" after the new name"});
        for (String[] c : cases) {
            CommandException e = refused(new RenameOptions(List.of(c[0]), List.of(), List.of(), List.of()));
            assertTrue(e.getMessage().startsWith("--rename-table " + c[0] + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
            assertTrue(e.getMessage().endsWith("; nothing was read or written"), e.getMessage());
            assertTrue(e.fix().startsWith("write OLD=NEW, such as --rename-table public.invoices=billing.invoices"),
                    e.fix());
            assertTrue(e.fix().contains("'\"Billing\".\"Invoice Lines\"'"), e.fix());
        }
    }

    @Test
    void aColumnOrLabelWithoutItsOwnerIsRefused() {
        CommandException column = refused(new RenameOptions(List.of(), List.of("total=amount"), List.of(), List.of()));
        CommandException label = refused(new RenameOptions(List.of(), List.of(), List.of(), List.of("open=Open")));
        CommandException dashed = refused(new RenameOptions(List.of(), List.of(), List.of(),
                List.of("status.in-progress=doing")));

        assertTrue(column.getMessage().startsWith("--rename-column total=amount: the left side names no table"),
                column.getMessage());
        assertTrue(column.fix().contains("TABLE.OLD=NEW with the table by its new name"), column.fix());
        assertTrue(label.getMessage().startsWith("--rename-value open=Open: the left side names no type"),
                label.getMessage());
        assertTrue(dashed.getMessage().contains("expected = between the old and the new name, found \"-\""),
                dashed.getMessage());
        assertTrue(dashed.fix().contains("a label is a bare word as written or 'quoted'"), dashed.fix());
    }

    @Test
    void theFirstBadOptionIsReportedBeforeAnyIsUsed() {
        CommandException e = refused(new RenameOptions(List.of("a=b"), List.of("t.c=d"), List.of("x"), List.of()));

        assertTrue(e.getMessage().startsWith("--rename-type x: "), e.getMessage());
    }

    @Test
    void schemasOfTheOldAndTheNewSide() {
        RenameHints hints = new RenameOptions(List.of("invoices=billing.invoices"), List.of("billing.invoices.a=b"),
                List.of("types.s=enums.s"), List.of()).hints();

        assertEquals(List.of("billing", "public", "types"), RenameOptions.schemas(hints, true));
        assertEquals(List.of("billing", "enums"), RenameOptions.schemas(hints, false));
    }
}
