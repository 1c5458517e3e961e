package dev.shale.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineWriterTest {

    @Test
    void passesOnEachLineWithoutItsBreakAndTheLastOnClose() {
        List<String> lines = new ArrayList<>();
        try (PrintWriter writer = new PrintWriter(new LineWriter(lines::add))) {
            writer.print("first\r\nsec");
            writer.flush();
            writer.print("ond\n\nlast");
        }
        assertEquals(List.of("first", "second", "", "last"), lines);
    }
}
