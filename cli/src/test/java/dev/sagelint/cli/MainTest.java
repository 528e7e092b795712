package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Scanner;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar's entry point: whatever runs out of memory, the exit code is 2 ("could not analyze"), never 1. */
class MainTest {

    @TempDir
    Path dir;

    /** A front-end that runs out of memory while claiming files, outside the engine's isolation of each unit. */
    static final class Exhausting implements Frontend {
        @Override
        public String name() {
            return "exhausting";
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            throw new OutOfMemoryError("Java heap space");
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            return UnitResult.empty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void runningOutOfMemoryOutsideAnyInputExitsTwoWithOneLine(String format) throws IOException {
        Files.writeString(dir.resolve("t.yaml"), "Resources: {}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(
                new String[] {"scan", "-f", format, dir.toString()},
                new PrintWriter(out),
                new PrintWriter(err),
                Map.of(),
                () -> new Scanner(List.of(new Exhausting()), Cli.RULES));

        assertThat(exit).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("sagelint: out of memory")
                .contains("-Xmx");
    }
}
