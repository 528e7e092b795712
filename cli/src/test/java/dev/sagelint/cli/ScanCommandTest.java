package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file.toString();
    }

    private static void assertOneLineWithoutStackTrace(String err) {
        assertThat(err.lines()).hasSize(1);
        assertThat(err).doesNotContain("\tat ");
    }

    @Test
    void findingsAtOrAboveTheDefaultThresholdExitWith1() throws IOException {
        Run run = cli.run("scan", "--root", dir.toString(), file("a.lines", "notebook Open\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out().lines())
                .filteredOn(l -> l.startsWith("a.lines:"))
                .extracting(l -> String.join(" ", Arrays.asList(l.split(" +")).subList(0, 4)))
                .containsExactly(
                        "a.lines:1:1 HIGH SageMaker.1 Open",
                        "a.lines:1:1 HIGH SageMaker.2 Open",
                        "a.lines:1:1 HIGH SageMaker.3 Open");
        assertThat(run.out()).endsWith("\n3 findings (3 high) in 1 file\n").doesNotContain("\u001b[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void findingsBelowTheThresholdExitWith0() throws IOException {
        Run run = cli.run("scan", "--fail-on", "critical", file("a.lines", "notebook Open\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("3 findings (3 high)");
    }

    @Test
    void thresholdComparesSeverities() throws IOException {
        String medium = file("m.lines", "model Isolated\n");

        assertThat(cli.run("scan", "--fail-on", "high", medium).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.run("scan", "--fail-on", "medium", medium).exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(cli.run("scan", "--fail-on", "LOW", medium).exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void failOnNoneExitsWith0DespiteFindings() throws IOException {
        Run run = cli.run("scan", "--fail-on", "none", file("a.lines", "notebook Open\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("SageMaker\\.3 +Open");
    }

    @Test
    void secureInputExitsWith0() throws IOException {
        Run run = cli.run("scan", file("a.lines", "secure Locked\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("0 findings in 1 file\n");
    }

    @Test
    void diagnosticPrintsOneLineOnStderrAndExitsWith2() throws IOException {
        file("t/bad.lines", "secure Locked\nerror mapping values are not allowed here\n");

        Run run = cli.run("scan", "--root", dir.toString(), dir.resolve("t").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).isEqualTo("t/bad.lines:2:3: error: mapping values are not allowed here [parse-error]\n");
        assertThat(run.out()).isEqualTo("0 findings in 1 file; 1 file could not be analyzed\n");
    }

    @Test
    void couldNotAnalyzeWinsOverFindings() throws IOException {
        Run run = cli.run("scan", file("a.lines", "notebook Open\nerror bad\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.out()).contains("3 findings (3 high) in 1 file; 1 file could not be analyzed");
    }

    @Test
    void missingPathIsADiagnostic() {
        Run run =
                cli.run("scan", "--root", dir.toString(), dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("nowhere: error: ").endsWith("[path-not-found]\n");
    }

    @Test
    void unexpectedFailureOfTheFrontendIsADiagnosticWithoutStackTrace() throws IOException {
        Run run = cli.run("scan", "--root", dir.toString(), file("a.lines", "something else\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith("a.lines: error: ")
                .contains("please report")
                .endsWith("[internal-error]\n");
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void formatWithFileWritesTheFileAndLeavesStdoutEmpty() throws IOException {
        Path sarif = dir.resolve("reports/out/results.sarif");

        Run run = cli.run("scan", "-f", "sarif:" + sarif, file("a.lines", "notebook Open\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(sarif))
                .containsPattern("\"version\": *\"2\\.1\\.0\"")
                .containsPattern("\"ruleId\": *\"SageMaker\\.3\"")
                .doesNotContain("\u001b[");
    }

    @Test
    void oneFormatOnStdoutAndOthersInFiles() throws IOException {
        Path json = dir.resolve("out.json");
        Path sarif = dir.resolve("out.sarif");

        Run run = cli.run(
                "scan", "-f", "text", "--format", "json:" + json, "-f", "sarif:" + sarif, file("a.lines", "model M\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("1 finding (1 medium)");
        assertThat(Files.readString(json))
                .startsWith("{")
                .contains("SageMaker.5")
                .doesNotContain("2.1.0");
        assertThat(Files.readString(sarif)).containsPattern("\"ruleId\": *\"SageMaker\\.5\"");
    }

    @Test
    void twoFormatsOnStdoutAreRejectedBeforeScanning() throws IOException {
        Run run = cli.run("scan", "-f", "text", "-f", "json", file("a.lines", "notebook Open\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint scan: at most one format can go to standard output");
        assertOneLineWithoutStackTrace(run.err());
        assertThat(run.out()).isEmpty();
        assertThat(cli.scannersBuilt()).isZero();
    }

    @Test
    void twoFormatsInTheSameFileAreRejected() throws IOException {
        Path out = dir.resolve("out");

        Run run = cli.run("scan", "-f", "json:" + out, "-f", "sarif:" + out, file("a.lines", "secure S\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint scan: two formats write to " + out);
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Run run = cli.run("scan", "-f", "pdf", file("a.lines", "secure S\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith(
                        "sagelint scan: unknown format 'pdf'; known formats: " + String.join(", ", Reporters.names()));
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void formatWithoutNameOrFileIsAUsageError() {
        assertThat(cli.run("scan", "-f", ":x.sarif").err()).contains("has no format name");
        Run run = cli.run("scan", "-f", "sarif:");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("has no file after the colon");
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void badFailOnIsAUsageError() {
        Run run = cli.run("scan", "--fail-on", "severe", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith("sagelint scan: Invalid value for option '--fail-on'")
                .contains("critical, high, medium, low, none", "'severe'");
        assertOneLineWithoutStackTrace(run.err());
        assertThat(cli.scannersBuilt()).isZero();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = cli.run("scan", "--no-such-option", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith("sagelint scan: Unknown option: '--no-such-option'")
                .endsWith("(see 'sagelint scan --help')\n");
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void rootMustBeAFolder() throws IOException {
        String input = file("a.lines", "secure S\n");

        Run run = cli.run("scan", "--root", input, input);

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint scan: --root " + input + " is not a folder");
        assertThat(cli.scannersBuilt()).isZero();
    }

    @Test
    void unwritableOutputFileExitsWith2WithOneLine() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder"));

        Run run = cli.run("scan", "-f", "sarif:" + folder, file("a.lines", "secure S\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint scan: cannot write " + folder + ": ");
        assertOneLineWithoutStackTrace(run.err());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputUnderARegularFileExitsWith2() throws IOException {
        String notAFolder = file("plain.txt", "");

        Run run = cli.run("scan", "-f", "sarif:" + notAFolder + "/results.sarif", file("a.lines", "secure S\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint scan: cannot write ");
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() throws IOException {
        String input = file("a.lines", "notebook Open\nerror bad\n");
        String escape = "\u001b[";

        Run terminal = new Cli().terminal(true).run("scan", input);
        assertThat(terminal.out()).contains(escape);
        assertThat(terminal.err()).contains(escape);
        assertThat(new Cli().terminal(false).run("scan", input).out()).doesNotContain(escape);
        assertThat(new Cli()
                        .terminal(true)
                        .env("NO_COLOR", "1")
                        .run("scan", input)
                        .out())
                .doesNotContain(escape);
        assertThat(new Cli()
                        .terminal(true)
                        .env("NO_COLOR", "")
                        .run("scan", input)
                        .out())
                .contains(escape);
        assertThat(new Cli()
                        .terminal(true)
                        .env("TERM", "dumb")
                        .run("scan", input)
                        .out())
                .doesNotContain(escape);
    }

    @Test
    void reportsWrittenToFilesAreNeverColoured() throws IOException {
        Path text = dir.resolve("report.txt");

        new Cli().terminal(true).run("scan", "-f", "text:" + text, file("a.lines", "notebook Open\n"));

        assertThat(Files.readString(text)).contains("SageMaker.1").doesNotContain("\u001b[");
    }

    @Test
    void unexpectedExceptionIsOneLineAskingForAReport() {
        Run run = cli.scanner(() -> {
                    throw new IllegalStateException("no front-end\nsecond line");
                })
                .run("scan", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith("sagelint: internal error: java.lang.IllegalStateException: no front-end;")
                .contains("please report it at " + SageLint.ISSUES_URL);
        assertOneLineWithoutStackTrace(run.err());
    }

    @Test
    void sagelintDebugAddsTheStackTrace() {
        Run run = cli.env("SAGELINT_DEBUG", "1")
                .scanner(() -> {
                    throw new IllegalStateException("boom");
                })
                .run("scan", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("\tat dev.sagelint.cli.");
    }
}
