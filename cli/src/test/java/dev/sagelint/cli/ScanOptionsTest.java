package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.JsonReportSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The options users of other IaC scanners reach for: choosing checks, filtering by severity, quiet and compact
 * output, colour, empty scans, standard output as {@code -}, option typos and suppression expiry; with the real
 * front-ends on a CloudFormation template whose notebook fails SageMaker.1 (high), .2 (high), .3 (high), .21
 * (medium) and NotebookImdsV2 (medium).
 */
class ScanOptionsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli().scanner(Scanner::withInstalledFrontends);
    private Path template;

    private static final String NOTEBOOK = """
            Resources:
              OpenNotebook:
                Type: AWS::SageMaker::NotebookInstance
                Properties:
                  InstanceType: ml.t3.medium
                  RoleArn: arn:aws:iam::123456789012:role/r
                  DirectInternetAccess: Enabled
                  RootAccess: Enabled
            """;

    @BeforeEach
    void writeTemplate() throws IOException {
        template = write("cfn/notebook.yaml", NOTEBOOK);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private Run scan(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "scan";
        all[1] = "--root";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        all[all.length - 1] = template.toString();
        return cli.run(all);
    }

    /** The rule ids of the text report's finding lines, sorted and joined with spaces. */
    private static String rules(String text) {
        Matcher m = Pattern.compile("^\\S+:\\d+:\\d+\\s+\\S+\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(text);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) ids.add(m.group(1));
        return ids.stream().distinct().sorted().collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                          | NotebookImdsV2 SageMaker.1 SageMaker.2 SageMaker.21 SageMaker.3",
                "--check SageMaker.1                         | SageMaker.1",
                "--check SageMaker.1,SageMaker.3             | SageMaker.1 SageMaker.3",
                "-c SageMaker.1 -c sagemaker.2               | SageMaker.1 SageMaker.2",
                "--check SageMaker.2*                        | SageMaker.2 SageMaker.21",
                "--skip-check SageMaker.*                    | NotebookImdsV2",
                "--check SageMaker.* --skip-check SageMaker.2? | SageMaker.1 SageMaker.2 SageMaker.3",
                "--severity high                             | SageMaker.1 SageMaker.2 SageMaker.3",
                "--severity medium --skip-check SageMaker.1  | NotebookImdsV2 SageMaker.2 SageMaker.21 SageMaker.3",
            })
    void checksAndSeverityChooseWhatIsReported(String options, String expected) {
        String[] args = options.isBlank() ? new String[0] : options.strip().split("\\s+");
        Run run = scan(args);

        assertThat(rules(run.out())).isEqualTo(expected);
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void checkOnTheCommandLineReplacesTheConfigurationsChoiceAndSkipCheckAddsToIt() throws IOException {
        write(".sagelint.yml", "rules:\n  disable: [SageMaker.1, SageMaker.3]\n");

        assertThat(rules(scan("--skip-check", "NotebookImdsV2").out())).isEqualTo("SageMaker.2 SageMaker.21");
        assertThat(rules(scan("--check", "SageMaker.1").out())).isEqualTo("SageMaker.1");
    }

    @Test
    void severityFilterLeavesLowerFindingsOutOfTheExitCode() {
        Run run = scan("--check", "SageMaker.21", "--severity", "high");

        assertThat(run.out()).contains("0 findings");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @ParameterizedTest
    @CsvSource({
        "--check, SageMakr.3, --check SageMakr.3 matches no rule; did you mean 'SageMaker.3'?",
        "--skip-check, NotebookImds, --skip-check NotebookImds matches no rule; did you mean 'NotebookImdsV2'?",
        "--skip-check, Nothing*, --skip-check Nothing* matches no rule",
        "--severity, severe, --severity severe is not a severity",
    })
    void unknownRuleOrSeverityIsAUsageErrorWithAHint(String option, String value, String message) {
        Run run = scan(option, value);

        assertThat(run.err()).contains(message);
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
    }

    /** A selection that runs no rule is a usage error, not a silent pass. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --check SageMaker.3 --skip-check SageMaker.3         | --check SageMaker.3 chooses only rules that --skip-check SageMaker.3 leaves out, so none of them runs
            --check SageMaker.1* --skip-check SageMaker.1*       | --check SageMaker.1* chooses only rules that --skip-check SageMaker.1* leaves out
            --check SageMaker.3,SageMaker.1 --skip-check SageMaker.3 | --check SageMaker.3 chooses only rules that --skip-check SageMaker.3 leaves out
            --check SageMaker.* --skip-check SageMaker.3         | -
            --skip-check *                                        | --skip-check * leaves out every rule, so nothing runs
            """)
    void choosingAndLeavingOutTheSameRulesIsAUsageError(String args, String message) {
        Run run = scan(args.split(" "));

        if (message.equals("-")) {
            assertThat(run.exitCode()).as(run.err()).isNotEqualTo(ExitCode.ERROR);
        } else {
            assertThat(run.err()).contains(message);
            assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        }
    }

    @ParameterizedTest
    @CsvSource({"--fial-on, --fail-on", "--skip-chek, --skip-check", "--quite, --quiet"})
    void misspeltOptionGetsASuggestion(String given, String suggested) {
        Run run = scan(given, "high");

        assertThat(run.err()).contains("Unknown option: '" + given + "'").contains("did you mean " + suggested + "?");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void summaryGoesToStandardErrorWhenNoTextReportIsOnStandardOutput() {
        Path sarif = dir.resolve("out/results.sarif");

        Run run = scan("-f", "sarif:" + sarif);

        assertThat(sarif).isRegularFile();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("5 findings (3 high, 2 medium) in 1 file\n");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void dashIsStandardOutput() {
        Run run = scan("-f", "json:-");

        assertThat(run.out()).startsWith("{").contains("\"formatVersion\": 1");
        JsonReportSchema.assertValid(run.out());
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(run.err()).contains("5 findings");
    }

    @Test
    void textOnStandardOutputKeepsTheSummaryThere() {
        Run run = scan("-f", "text:-");

        assertThat(run.out()).endsWith("5 findings (3 high, 2 medium) in 1 file\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void quietPrintsOnlyTheSummaryOnFailureAndNothingOnSuccess() {
        Run failing = scan("--quiet");
        assertThat(failing.out()).isEmpty();
        assertThat(failing.err()).isEqualTo("5 findings (3 high, 2 medium) in 1 file\n");
        assertThat(failing.exitCode()).isEqualTo(ExitCode.FINDINGS);

        Run passing = scan("-q", "--fail-on", "none");
        assertThat(passing.out()).isEmpty();
        assertThat(passing.err()).isEmpty();
        assertThat(passing.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void compactLayoutWrapsTheMessageToTheTerminalWidth() {
        cli.env("COLUMNS", "60");

        Run run = scan("--compact", "--check", "SageMaker.3");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("cfn/notebook.yaml:8:19  HIGH  SageMaker.3  OpenNotebook");
        assertThat(lines.subList(1, lines.indexOf("")))
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line).startsWith("    ").hasSizeLessThanOrEqualTo(60));
        assertThat(String.join(" ", lines.subList(1, lines.indexOf(""))).replaceAll("\\s+", " "))
                .contains("`RootAccess` is `Enabled`: every user of the notebook instance can become root");
    }

    @Test
    void compactLayoutShortensALongResourceAddressFromTheStart() throws IOException {
        String longName = "Notebook" + "X".repeat(60);
        template = write("cfn/long.yaml", NOTEBOOK.replace("OpenNotebook", longName));

        Run run = scan("--compact", "--check", "SageMaker.3");

        String header = run.out().lines().findFirst().orElseThrow();
        String shown = header.substring(header.lastIndexOf(' ') + 1);
        assertThat(shown).hasSize(40).startsWith("\u2026").endsWith("XXXX");
    }

    @ParameterizedTest
    @CsvSource({"always, false, true", "never, true, false", "auto, true, true", "auto, false, false"})
    void colorOptionOverridesTheTerminalCheck(String when, boolean terminal, boolean coloured) {
        cli.terminal(terminal);

        Run run = scan("--color=" + when);

        assertThat(run.out().contains("\u001b[")).isEqualTo(coloured);
    }

    @Test
    void emptyFolderIsAWarningAndFailOnEmptyMakesItExitTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("typo"));
        write("typo/readme.txt", "not infrastructure");

        Run warned = cli.run("scan", "--root", dir.toString(), empty.toString());
        assertThat(warned.err())
                .contains("typo: warning: no CloudFormation template, CDK assembly, Terraform file or plan found")
                .contains("[no-input-files]");
        assertThat(warned.exitCode()).isEqualTo(ExitCode.OK);

        Run failed = cli.run("scan", "--root", dir.toString(), "--fail-on-empty", empty.toString());
        assertThat(failed.err())
                .contains("sagelint scan: nothing to analyze in " + empty + "; failing because of --fail-on-empty");
        assertThat(failed.exitCode()).isEqualTo(ExitCode.ERROR);

        write(".sagelint.yml", "fail-on-empty: true\n");
        assertThat(cli.run("scan", "--root", dir.toString(), empty.toString()).exitCode())
                .isEqualTo(ExitCode.ERROR);
        assertThat(cli.run(
                                "scan",
                                "--root",
                                dir.toString(),
                                template.getParent().toString())
                        .exitCode())
                .isEqualTo(ExitCode.FINDINGS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // until= before the reason, after it, and on the day itself (still suppressing)
                "RootAccess: Enabled  # sagelint:ignore SageMaker.3 until=2026-12-31 lab account | true",
                "RootAccess: Enabled  # sagelint:ignore SageMaker.3 lab account until=2099-01-01 | true",
                "RootAccess: Enabled  # sagelint:ignore SageMaker.3 until=2020-01-01 lab account | false",
            })
    void suppressionSuppressesUntilItsDate(String line, boolean suppressed) throws IOException {
        template = write("cfn/notebook.yaml", NOTEBOOK.replace("RootAccess: Enabled", line));

        Run run = scanOn("2026-12-31", "--check", "SageMaker.3");

        if (suppressed) {
            assertThat(rules(run.out())).isEmpty();
            assertThat(run.out()).contains("1 suppressed");
            assertThat(run.err()).isEmpty();
        } else {
            assertThat(rules(run.out())).isEqualTo("SageMaker.3");
            assertThat(run.err())
                    .contains("cfn/notebook.yaml:8:")
                    .contains("the suppression of SageMaker.3 expired on 2020-01-01, so the finding at line 8 "
                            + "(OpenNotebook) counts again")
                    .contains("[suppression-expired]");
        }
    }

    @Test
    void expiredUnusedSuppressionIsListedWithReportUnusedSuppressions() throws IOException {
        template = write(
                "cfn/notebook.yaml",
                NOTEBOOK.replace(
                        "RootAccess: Enabled",
                        "RootAccess: Disabled  # sagelint:ignore SageMaker.3 until=2020-01-01 old"));

        assertThat(scanOn("2026-01-01", "--check", "SageMaker.3").err()).isEmpty();
        assertThat(scanOn("2026-01-01", "--check", "SageMaker.3", "--report-unused-suppressions")
                        .err())
                .contains("the suppression of SageMaker.3 expired on 2020-01-01 and suppresses nothing; remove it");
    }

    @Test
    void jsonReportListsSuppressedFindingsWithTheirStateAndExpiry() throws IOException {
        template = write(
                "cfn/notebook.yaml",
                NOTEBOOK.replace(
                        "RootAccess: Enabled",
                        "RootAccess: Enabled  # sagelint:ignore SageMaker.3 until=2099-01-01 lab"));

        Run run = scan("--check", "SageMaker.3", "-f", "json");

        JsonReportSchema.assertValid(run.out());
        assertThat(run.out())
                .contains("\"findings\": [],", "\"state\": \"suppressed\"", "\"until\": \"2099-01-01\"")
                .contains("\"justification\": \"lab\"");
    }

    @Test
    void invalidUntilDateIsAWarningAndSuppressesNothing() throws IOException {
        template = write(
                "cfn/notebook.yaml",
                NOTEBOOK.replace(
                        "RootAccess: Enabled",
                        "RootAccess: Enabled  # sagelint:ignore SageMaker.3 until=31.12.2026 x"));

        Run run = scan("--check", "SageMaker.3");

        assertThat(run.err()).contains("'until=31.12.2026' is not a date; write until=YYYY-MM-DD");
        assertThat(rules(run.out())).isEqualTo("SageMaker.3");
    }

    @Test
    void metadataSuppressionTakesAnUntilDate() throws IOException {
        String metadata = String.join(
                "\n",
                "    Metadata:",
                "      sagelint:",
                "        ignore:",
                "          - {rule: SageMaker.3, reason: lab account, until: 2020-01-01}",
                "          - {rule: SageMaker.1, reason: downloads data sets, until: 2099-12-31}",
                "    Properties:");
        template = write("cfn/notebook.yaml", NOTEBOOK.replace("    Properties:", metadata));

        Run run = scanOn("2026-01-01", "--check", "SageMaker.1,SageMaker.3");

        assertThat(rules(run.out())).isEqualTo("SageMaker.3");
        assertThat(run.out()).contains("1 suppressed");
        assertThat(run.err()).contains("the suppression of SageMaker.3 expired on 2020-01-01");
    }

    /** A scan on a given date. */
    private Run scanOn(String date, String... args) {
        cli.today(date);
        return scan(args);
    }

    @Test
    void junitAndGitlabFormatsAreWritten() throws IOException {
        Path junit = dir.resolve("out/junit.xml");
        Path gitlab = dir.resolve("out/gl-sast-report.json");

        Run run = scan("-f", "junit:" + junit, "-f", "gitlab:" + gitlab);

        assertThat(Files.readString(junit)).contains("<testsuites name=\"sagelint\" tests=\"7\" failures=\"5\"");
        assertThat(Files.readString(gitlab)).contains("\"version\": \"15.1.4\"", "\"value\": \"SageMaker.21\"");
        assertThat(Arrays.asList(run.err().split("\n"))).containsExactly("5 findings (3 high, 2 medium) in 1 file");
    }
}
