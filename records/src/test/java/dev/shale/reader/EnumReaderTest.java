package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.dsl.Comment;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.RenamedFrom;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.RenameHints.EnumRename;
import dev.shale.model.RenameHints.EnumValueRename;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumReaderTest {

    @PgEnum enum HTTPMethod { GET, POST }

    @PgEnum(value = "ticket_state", schema = "support")
    @Comment("Where a ticket is")
    @RenamedFrom("state")
    enum TicketState {
        OPEN {
            @Override
            public String toString() {
                return "open";
            }
        },
        @RenamedFrom("DONE") CLOSED
    }

    @PgEnum @RenamedFrom("") enum BadRename { @RenamedFrom("A") A }

    private final Problems problems = new Problems();
    private final RenameCollector renames = new RenameCollector();
    private final EnumReader reader = new EnumReader(problems, renames);

    @Test
    void namesTheTypeInSnakeCaseAndKeepsLabelsInOrder() {
        assertEquals(new EnumType(QualifiedName.of("http_method"), List.of("GET", "POST")),
                reader.read(HTTPMethod.class));
        assertEquals(RenameHints.NONE, renames.hints());
    }

    @Test
    void readsNameSchemaCommentAndRenames() {
        QualifiedName name = new QualifiedName("support", "ticket_state");

        assertEquals(new EnumType(name, List.of("OPEN", "CLOSED"), "Where a ticket is"), reader.read(TicketState.class));
        assertEquals(new RenameHints(List.of(), List.of(),
                List.of(new EnumRename(new QualifiedName("support", "state"), name, TicketState.class.getName())),
                List.of(new EnumValueRename(name, "DONE", "CLOSED", TicketState.class.getName() + ".CLOSED"))),
                renames.hints());
    }

    @Test
    void reportsBadRenamesOnTheTypeAndOnTheConstant() {
        reader.read(BadRename.class);

        SchemaDeclarationException thrown =
                org.junit.jupiter.api.Assertions.assertThrows(SchemaDeclarationException.class, problems::throwIfAny);
        assertEquals(List.of(
                new DeclarationProblem(BadRename.class.getName(), null, "@RenamedFrom has an empty previous name",
                        "put the previous name in @RenamedFrom, or remove it"),
                new DeclarationProblem(BadRename.class.getName(), "A", "@RenamedFrom(\"A\") repeats the current name",
                        "put the previous name in @RenamedFrom, or remove it")), thrown.problems());
    }
}
