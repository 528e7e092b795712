package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagelint.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of issue 7: configuration file, suppressions, baseline, the github and markdown formats. */
class ProjectSettingsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private Run scan(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", "--root", dir.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void theConfigurationInTheRootSetsFailOnSeveritiesAndRules() throws IOException {
        Path notebook = file("a.lines", "notebook Open\nmodel M\n");
        file(".sagelint.yml", """
                fail-on: critical
                rules:
                  disable: [SageMaker.2]
                  severity: {SageMaker.3: critical}
                """);

        Run run = scan(notebook.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out())
                .containsPattern("CRITICAL +SageMaker\\.3")
                .doesNotContain("SageMaker.2")
                .contains("3 findings (1 critical, 1 high, 1 medium)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theFailOnOptionWinsOverTheConfiguration() throws IOException {
        Path model = file("m.lines", "model M\n");
        file(".sagelint.yml", "fail-on: medium\n");

        assertThat(scan(model.toString()).exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(scan("--fail-on", "high", model.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void anExplicitConfigurationFileAndItsExcludes() throws IOException {
        Path config = file("conf/strict.yml", "exclude: ['legacy/**']\nfail-on: none\n");
        file("legacy/old.lines", "notebook Old\n");
        file("new/a.lines", "model M\n");

        Run run = scan("--config", config.toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("new/a.lines").doesNotContain("Old").contains("1 finding (1 medium) in 1 file");
    }

    @Test
    void configurationErrorsStopTheScanWithFileAndLine() throws IOException {
        file(".sagelint.yml", "fail-on: high\nrules:\n  disabel: [SageMaker.2]\n  severity: {SageMaker.3: severe}\n");

        Run run = scan(file("a.lines", "notebook Open\n").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .isEqualTo(".sagelint.yml:3:3: error: unknown key 'disabel'; did you mean 'disable'? [config-error]\n"
                        + ".sagelint.yml:4:27: error: the severity must be one of critical, high, medium, low, not 'severe' "
                        + "[config-error]\n");
        assertThat(run.out()).isEmpty();
        assertThat(cli.scannersBuilt()).isZero();
    }

    @Test
    void aMissingConfigurationFileIsAnError() {
        Run run = scan("--config", dir.resolve("nope.yml").toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("configuration file not found").contains("[config-error]");
    }

    @Test
    void suppressedFindingsDoNotCountAndStayInSarif() throws IOException {
        Path lines = file("a.lines", """
                # sagelint:ignore SageMaker.1,SageMaker.2 an isolated lab account
                # sagelint:ignore SageMaker.3 needs root for GPU drivers
                notebook Lab
                """);
        Path sarif = dir.resolve("out.sarif");

        Run run = scan("-f", "text", "-f", "sarif:" + sarif, lines.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("0 findings in 1 file; 3 suppressed\n");
        JsonNode results = json(sarif).at("/runs/0/results");
        assertThat(results).hasSize(3);
        assertThat(results.get(2).at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(results.get(2).at("/suppressions/0/justification").asText()).isEqualTo("needs root for GPU drivers");
        assertThat(results.get(2)
                        .at("/suppressions/0/location/physicalLocation/region/startLine")
                        .asInt())
                .isEqualTo(2);
        assertThat(results.get(0).has("baselineState")).isFalse();
    }

    @Test
    void unusedSuppressionsAreWarningsOnRequest() throws IOException {
        Path lines = file("a.lines", "# sagelint:ignore SageMaker.5 no model here\nsecure Locked\n");

        assertThat(scan(lines.toString()).err()).isEmpty();
        Run run = scan("--report-unused-suppressions", lines.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err())
                .isEqualTo("a.lines:1:1: warning: the suppression of SageMaker.5 suppresses nothing; "
                        + "remove it [unused-suppression]\n");
    }

    @Test
    void baselineRoundTripFailsOnlyOnNewFindings() throws IOException {
        Path lines = file("infra/a.lines", "notebook Old\nmodel Legacy\n");
        Path baseline = dir.resolve(".sagelint-baseline.json");

        Run create = cli.run(
                "baseline",
                "create",
                "--root",
                dir.toString(),
                "-o",
                baseline.toString(),
                dir.resolve("infra").toString());

        assertThat(create.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(create.out()).startsWith("Wrote 4 findings to " + baseline);
        JsonNode written = json(baseline);
        assertThat(written.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(written.get("findings")).hasSize(4);
        assertThat(written.at("/findings/0/file").asText()).isEqualTo("infra/a.lines");

        Files.writeString(lines, "\n\n# moved down\nmodel Legacy\n\nnotebook Old\n");
        Path sarif = dir.resolve("out.sarif");
        Run unchanged = scan(
                "--baseline",
                baseline.toString(),
                "-f",
                "text",
                "-f",
                "sarif:" + sarif,
                dir.resolve("infra").toString());

        assertThat(unchanged.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(unchanged.out()).isEqualTo("0 findings in 1 file; 4 unchanged in the baseline\n");
        assertThat(json(sarif).at("/runs/0/results"))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.get("baselineState").asText()).isEqualTo("unchanged"));

        Files.writeString(lines, "model Legacy\nnotebook Old\nmodel Fresh\n");
        Run introduced = scan(
                "--baseline",
                baseline.toString(),
                "-f",
                "text",
                "-f",
                "sarif:" + sarif,
                dir.resolve("infra").toString());

        assertThat(introduced.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(introduced.out())
                .contains("Fresh")
                .doesNotContain("Legacy ")
                .doesNotContain("Old ")
                .contains("1 finding (1 medium) in 1 file; 4 unchanged in the baseline");
        assertThat(json(sarif).at("/runs/0/results"))
                .extracting(r -> r.get("baselineState").asText())
                .containsExactlyInAnyOrder("unchanged", "unchanged", "unchanged", "unchanged", "new");
    }

    @Test
    void anUnreadableBaselineIsAnError() throws IOException {
        Path bad = file("bad.json", "{\"findings\": 3}");

        Run run =
                scan("--baseline", bad.toString(), file("a.lines", "secure S\n").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith("sagelint scan: cannot read the baseline " + bad + ": ")
                .contains("\"findings\" must be an array");
    }

    @Test
    void githubAndMarkdownFormats() throws IOException {
        Path summary = dir.resolve("summary.md");

        Run run = scan(
                "-f",
                "github",
                "-f",
                "markdown:" + summary,
                file("a.lines", "model M\n").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).startsWith("::warning file=a.lines,line=1,endLine=1,col=1,title=SageMaker.5::M: ");
        assertThat(Files.readString(summary))
                .startsWith("## sagelint\n\n**1 finding (1 medium) in 1 file**\n")
                .contains("| medium | [SageMaker.5](");
    }

    @Test
    void baselineWithoutCommandIsAUsageError() {
        Run run = cli.run("baseline");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint baseline: missing command: choose one of create");
    }
}
