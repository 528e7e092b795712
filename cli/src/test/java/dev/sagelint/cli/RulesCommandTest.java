package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.cli.Cli.Run;
import dev.sagelint.report.Labels;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.RuleSource;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    private final Cli cli = new Cli();

    @Test
    void tableListsEveryRuleWithSeverityAndFix() {
        Run run = cli.run("rules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("ID +SEVERITY +FIX +TITLE");
        long groups = Rules.all().stream().map(r -> r.meta().group()).distinct().count();
        assertThat(lines).hasSize(Rules.all().size() + 1 + 2 * (int) groups);
        assertThat(lines.stream().filter(l -> l.matches(".+ \\(\\d+\\)")).toList())
                .containsExactly(
                        "Security Hub controls (25)",
                        "Other AWS-defined checks (AWS Config, AWS Control Tower) ("
                                + count(r -> r.meta().group().equals(RuleMeta.GROUPS.get(1))) + ")",
                        "sagelint's own checks (" + count(r -> r.meta().group().equals(RuleMeta.GROUPS.get(2))) + ")");
        assertThat(lines)
                .anyMatch(l -> l.matches("SageMaker\\.3 +high +in-place +Users should not have root "
                        + "access to SageMaker notebook instances"));
        assertThat(lines).anyMatch(l -> l.matches("SageMaker\\.5 +medium +" + Labels.fix(Fix.REPLACEMENT) + " +.*"));
        assertThat(cli.scannersBuilt()).isZero();
    }

    @Test
    void sourceFiltersTheCatalog() {
        for (RuleSource source : RuleSource.values()) {
            Run run = cli.run("rules", "--source", source.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            List<String> ids = run.out()
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank() && !l.matches(".+ \\(\\d+\\)"))
                    .map(l -> l.split(" +")[0])
                    .toList();
            assertThat(ids)
                    .as(source.toString())
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(Rules.all().stream()
                            .filter(r -> r.meta().sources().contains(source))
                            .map(r -> r.meta().id())
                            .toList());
        }
        assertThat(cli.run("rules", "--source", "control-tower").out()).contains("NotebookSecurityGroups");
        assertThat(cli.run("rules", "--source", "config").out())
                .contains("SageMaker.1 ", "EndpointConfigKms")
                .doesNotContain("DistributedJobTrafficEncryption");
    }

    @Test
    void unknownSourceIsAUsageError() {
        Run run = cli.run("rules", "--source", "checkov");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("security-hub, config, control-tower, sagelint");
    }

    @Test
    void jsonCarriesGroupSourcesAndPeerIds() {
        Run run = cli.run("rules", "--format", "json", "--source", "sagelint");

        assertThat(run.out())
                .contains("\"group\": \"sagelint's own checks\"", "\"sources\": [\n      \"sagelint\"\n    ]")
                .doesNotContain("\"SageMaker.1\"");
    }

    private static long count(java.util.function.Predicate<Rule> p) {
        return Rules.all().stream().filter(p).count();
    }

    @Test
    void jsonListsEveryRuleInCatalogOrder() throws IOException {
        Run run = cli.run("rules", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        List<String> ids = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(run.out())) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && "id".equals(json.currentName())) {
                    ids.add(json.nextTextValue());
                }
            }
        }
        assertThat(ids)
                .containsExactlyElementsOf(
                        Rules.all().stream().map(r -> r.meta().id()).toList());
        assertThat(run.out())
                .contains(
                        "\"fix\": \"in-place\"",
                        "\"awsConfigRule\": \"sagemaker-notebook-instance-root-access-check\"");
    }

    @Test
    void configSchemaIsTheCommittedOne() throws IOException {
        Run run = cli.run("rules", "--config-schema");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        Path committed = Path.of(System.getProperty("basedir", "."), "..", "docs", "sagelint.schema.json");
        assertThat(run.out()).isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
        assertThat(run.out()).contains("\"minimumInstanceCount\"", "\"requiredKeyTags\"");
    }

    @Test
    void unknownCatalogFormatIsAUsageError() {
        Run run = cli.run("rules", "--format", "sarif");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .startsWith("sagelint rules: Invalid value for option '--format'")
                .contains("text, json");
    }

    @Test
    void everyRuleIsInTheTable() {
        String out = cli.run("rules").out();

        for (Rule rule : Rules.all()) {
            assertThat(out).contains(rule.meta().id(), rule.meta().title());
        }
    }
}
