package dev.shale.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShaleArgumentsTest {

    @Test
    void onlyTheOptionsThatAreSetAreAdded() {
        ShaleArguments arguments = new ShaleArguments("migrate")
                .flag("--dry-run", true)
                .flag("--backup", false)
                .option("--to", " 20261121093000 ")
                .option("--lock-wait", null)
                .option("--transaction", "  ")
                .option("--connect-retries", 0)
                .plain(Arrays.asList("a.sql", null, " ", "b.sql"));

        assertArrayEquals(new String[] {"migrate", "--dry-run", "--to", "20261121093000", "--connect-retries", "0",
            "a.sql", "b.sql"}, arguments.toArray());
    }
}
