package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jar's entry point: whatever runs out of memory, the exit code is 2 ("could not analyze"), never 1; the scanner
 * built beside picocli's model is the one a command gets, or what building it threw.
 */
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

    @ParameterizedTest
    @CsvSource({
        "scan ., true",
        "scan, true",
        "fix --write ., true",
        "baseline create -o b.json ., true",
        "scan -- --help, true",
        "baseline, false",
        "rules, false",
        "explain SageMaker.1, false",
        "--version, false",
        "scan --help, false",
        "scan -V ., false",
        "fix -h, false"
    })
    void theScannerIsBuiltBesidePicocliOnlyForACommandThatScans(String line, boolean early) {
        assertThat(Main.scans(line.split(" "))).as(line).isEqualTo(early);
    }

    @Test
    void anEarlyScannerIsTheOneItBuilt() {
        Scanner built = new Scanner(List.of(), Cli.RULES);
        Main.EarlyScanner early = new Main.EarlyScanner(() -> built);

        assertThat(early.get()).isSameAs(built);
        assertThat(early.get()).isSameAs(built);
    }

    @Test
    void anEarlyScannerThrowsWhatBuildingItThrew() {
        IllegalArgumentException thrown = new IllegalArgumentException("two front-ends declare tf-root");
        Main.EarlyScanner early = new Main.EarlyScanner(() -> {
            throw thrown;
        });

        assertThatThrownBy(early::get).isSameAs(thrown);
    }

    @Test
    void runningOutOfMemoryBuildingTheScannerEarlyExitsTwoWithOneLine() throws IOException {
        Files.writeString(dir.resolve("t.yaml"), "Resources: {}\n");
        StringWriter err = new StringWriter();

        int exit = Main.run(
                new String[] {"scan", dir.toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                Map.of(),
                new Main.EarlyScanner(() -> {
                    throw new OutOfMemoryError("Java heap space");
                }));

        assertThat(exit).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("sagelint: out of memory");
    }
}
