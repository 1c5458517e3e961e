package dev.shale.cli.renames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames from records and from options together, and options checked against the new side. */
class CombinedRenamesTest {

    private static final QualifiedName OLD = QualifiedName.of("invoices");
    private static final QualifiedName NEW = new QualifiedName("billing", "invoices");

    private static RenameHints options(String... tables) {
        return new RenameOptions(List.of(tables), List.of(), List.of(), List.of()).hints();
    }

    @Test
    void anOptionRepeatingAnAnnotationIsKeptOnceAndOthersAdd() {
        RenameHints declared = RenameHints.builder().table(OLD, NEW, "com.example.Invoice").build();

        RenameHints combined = CombinedRenames.combine(declared,
                options("public.invoices=billing.invoices", "logs=archive.logs"));

        assertEquals(List.of("com.example.Invoice", "--rename-table logs=archive.logs"),
                combined.tables().stream().map(RenameHints.TableRename::declaredAt).toList());
    }

    @Test
    void anOptionContradictingAnAnnotationIsRefusedNamingBoth() {
        RenameHints declared = RenameHints.builder().table(OLD, NEW, "com.example.Invoice").build();

        CommandException sameOld = assertThrows(CommandException.class,
                () -> CombinedRenames.combine(declared, options("invoices=sales.invoices")));
        CommandException sameNew = assertThrows(CommandException.class,
                () -> CombinedRenames.combine(declared, options("bills=billing.invoices")));
        CommandException twoOptions = assertThrows(CommandException.class,
                () -> CombinedRenames.combine(RenameHints.NONE, options("a=b", "a=c")));

        assertEquals(ExitCode.USAGE, sameOld.exitCode());
        assertEquals("--rename-table invoices=sales.invoices contradicts @RenamedFrom on com.example.Invoice: both"
                + " rename the table public.invoices; nothing was written", sameOld.getMessage());
        assertEquals("--rename-table bills=billing.invoices contradicts @RenamedFrom on com.example.Invoice: both"
                + " rename onto the table billing.invoices; nothing was written", sameNew.getMessage());
        assertTrue(twoOptions.getMessage().startsWith("--rename-table a=c contradicts --rename-table a=b"),
                twoOptions.getMessage());
        assertTrue(sameOld.fix().contains("remove or fix the option, or the @RenamedFrom annotation"), sameOld.fix());
    }

    @Test
    void contradictingColumnHintsNameTheColumnAndTable() {
        RenameHints declared = RenameHints.builder().column(NEW, "total", "amount", "com.example.Invoice.amount")
                .build();
        RenameHints columns = new RenameOptions(List.of(), List.of("billing.invoices.total=sum"), List.of(),
                List.of()).hints();

        CommandException e = assertThrows(CommandException.class, () -> CombinedRenames.combine(declared, columns));

        assertTrue(e.getMessage().endsWith("both rename the column \"total\" of billing.invoices; nothing was written"),
                e.getMessage());
    }

    @Test
    void anOptionMustNameItsNewObjectInTheNewSide() {
        SchemaModel to = SchemaModel.builder()
                .table(Table.builder(NEW).column(Column.builder("id", ColumnType.builtIn("integer")).notNull()))
                .enumType(new EnumType(new QualifiedName("billing", "status"), List.of("open"), null))
                .build();
        RenameHints typo = options("invoices=billing.invoice");
        RenameHints column = new RenameOptions(List.of(), List.of("billing.invoices.ident=id"), List.of(),
                List.of("billing.status.Open=closed")).hints();

        CombinedRenames.requireTargets(options("invoices=billing.invoices"), to, "--to");
        CommandException e = assertThrows(CommandException.class, () -> CombinedRenames.requireTargets(typo, to, "--to"));
        CommandException label = assertThrows(CommandException.class,
                () -> CombinedRenames.requireTargets(new RenameHints(List.of(), List.of(), List.of(),
                        column.enumValues()), to, "--to"));
        CombinedRenames.requireTargets(new RenameHints(List.of(), column.columns(), List.of(), List.of()), to, "--to");

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--rename-table invoices=billing.invoice: --to has no table billing.invoice; nothing was written",
                e.getMessage());
        assertEquals("--rename-value billing.status.Open=closed: --to has no label \"closed\" of enum type"
                + " billing.status; nothing was written", label.getMessage());
    }
}
