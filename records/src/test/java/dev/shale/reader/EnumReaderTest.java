package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.dsl.Comment;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.RenamedFrom;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
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
        assertEquals(EnumType.of(QualifiedName.of("http_method"), "GET", "POST"),
                reader.read(HTTPMethod.class));
        assertEquals(RenameHints.NONE, renames.hints());
    }

    @Test
    void readsNameSchemaCommentAndRenames() {
        QualifiedName name = new QualifiedName("support", "ticket_state");

        assertEquals(EnumType.builder(name).values("OPEN", "CLOSED").comment("Where a ticket is").build(),
                reader.read(TicketState.class));
        assertEquals(RenameHints.builder()
                .enumType(new QualifiedName("support", "state"), name, TicketState.class.getName())
                .enumValue(name, "DONE", "CLOSED", TicketState.class.getName() + ".CLOSED")
                .build(), renames.hints());
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
