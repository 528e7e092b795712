package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports and baselines never overwrite what the scan reads, and output that cannot be written fails the run. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = "notebook Lab\n";

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("a.lines"), TEMPLATE);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.lines"), TEMPLATE);
        Files.writeString(dir.resolve("old-report.json"), "{}\n");
        Files.writeString(dir.resolve("base.json"), "{\"formatVersion\": 1, \"findings\": []}\n");
    }

    /**
     * Each row: the arguments ({@code DIR} is the temporary folder), the file that must keep its content ("-" for
     * none), the exit code, and a part of standard error ("-" for nothing in particular).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scan DIR/a.lines -f sarif:DIR/a.lines                  | a.lines     | 2 | will not write the sarif report to
            scan DIR -f json:DIR/sub/b.lines                       | sub/b.lines | 2 | it is an input of this scan
            scan DIR/a.lines --baseline DIR/base.json -f json:DIR/base.json | base.json | 2 | will not write the json report
            baseline create DIR/a.lines -o DIR/a.lines             | a.lines     | 2 | will not write the baseline to
            baseline create DIR -o DIR/sub/b.lines                 | sub/b.lines | 2 | it is an input of this scan
            scan DIR -f json:DIR/old-report.json                   | -           | 1 | -
            baseline create DIR -o DIR/old-report.json             | -           | 0 | -
            """)
    void anInputIsNeverOverwritten(String args, String kept, int exit, String message) throws IOException {
        Path keptFile = kept.equals("-") ? null : dir.resolve(kept);
        String before = keptFile == null ? null : Files.readString(keptFile);
        List<String> argv = new ArrayList<>();
        for (String a : args.split(" ")) argv.add(a.replace("DIR", dir.toString()));

        Cli.Run run = new Cli().run(argv.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
        if (keptFile != null) assertThat(Files.readString(keptFile)).isEqualTo(before);
        if (!message.equals("-")) assertThat(run.err()).contains(message);
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputFailsTheRun() {
        Cli.Run run =
                new Cli().runWithFailingOutput("scan", dir.resolve("a.lines").toString(), "-f", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("cannot write standard output");
    }
}
