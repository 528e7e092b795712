package dev.sagelint.report.sarif;

import static dev.sagelint.report.ReportFixtures.NOTEBOOKS;
import static dev.sagelint.report.ReportFixtures.ROOT;
import static dev.sagelint.report.ReportFixtures.TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.Models;
import dev.sagelint.report.Golden;
import dev.sagelint.report.ReportFixtures;
import dev.sagelint.report.ToolInfo;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReporterTest {

    static String sarif(ScanResult result) throws IOException {
        return sarif(new SarifReporter(TOOL), result);
    }

    static String sarif(SarifReporter reporter, ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }

    /**
     * Replaces what depends on the build and the machine (the tool version, the root URI) and the rules' help
     * pages (owned by docs/rules, checked here against {@link RuleMeta#helpMarkdown()}) with placeholders.
     */
    static JsonNode normalize(JsonNode log) {
        JsonNode run = log.get("runs").get(0);
        ObjectNode driver = (ObjectNode) run.get("tool").get("driver");
        driver.put("version", "0.0.0-normalized").put("semanticVersion", "0.0.0-normalized");
        for (JsonNode rule : driver.get("rules")) {
            String markdown = lookup(rule.get("id").asText()).helpMarkdown();
            ObjectNode help = (ObjectNode) rule.get("help");
            if (!help.has("markdown")) {
                // A rule without a result: a one-line help, no Markdown page.
                assertThat(help.get("text").asText())
                        .isEqualTo("No result in this run; see "
                                + rule.get("helpUri").asText());
                continue;
            }
            assertThat(help.get("markdown").asText()).isEqualTo(markdown);
            assertThat(help.get("text").asText()).isEqualTo(markdown);
            help.put("text", "(docs/rules/" + rule.get("id").asText() + ".md)");
            help.put("markdown", "(docs/rules/" + rule.get("id").asText() + ".md)");
        }
        ObjectNode srcroot = (ObjectNode) run.get("originalUriBaseIds").get("%SRCROOT%");
        assertThat(srcroot.get("uri").asText())
                .isEqualTo(ROOT.toUri().toASCIIString().replaceAll("/?$", "/"));
        srcroot.put("uri", "file:///normalized/root/");
        return log;
    }

    private static RuleMeta lookup(String id) {
        return ReportFixtures.metas().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aValueWrittenInAnotherFileHasTheDeclarationAsRelatedLocation() throws IOException {
        JsonNode result = Golden.parse(sarif(ReportFixtures.elsewhere()))
                .get("runs")
                .get(0)
                .get("results")
                .get(0);
        assertThat(result.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .isEqualTo("modules/notebook/variables.tf");
        JsonNode related = result.get("relatedLocations").get(0);
        assertThat(related.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .isEqualTo("modules/notebook/main.tf");
        assertThat(related.get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt())
                .isEqualTo(1);
        assertThat(related.get("message").get("text").asText())
                .isEqualTo("where `aws_sagemaker_notebook_instance.lab` is declared");
    }

    @Test
    void findingsMatchGolden() throws IOException {
        Golden.assertMatches("findings.sarif", sarif(ReportFixtures.findings()), SarifReporterTest::normalize);
    }

    @Test
    void diagnosticsBecomeNotificationsAndMatchGolden() throws IOException {
        Golden.assertMatches("partial.sarif", sarif(ReportFixtures.partial()), SarifReporterTest::normalize);
    }

    @Test
    void cleanScanMatchesGolden() throws IOException {
        Golden.assertMatches("clean.sarif", sarif(ReportFixtures.clean()), SarifReporterTest::normalize);
    }

    @Test
    void onlyRulesWithAResultCarryTheirHelpPage() throws IOException {
        ScanResult result = ReportFixtures.partial();
        java.util.Set<String> withResults = new java.util.HashSet<>();
        result.findings().forEach(f -> withResults.add(f.rule().id()));
        JsonNode rules = Golden.parse(sarif(result))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver")
                .get("rules");

        assertThat(withResults).isNotEmpty();
        assertThat(rules.size()).isGreaterThan(withResults.size());
        for (JsonNode rule : rules) {
            boolean full = withResults.contains(rule.get("id").asText());
            assertThat(rule.get("help").has("markdown"))
                    .as(rule.get("id").asText())
                    .isEqualTo(full);
            assertThat(rule.has("properties")).isEqualTo(full);
            // GitHub code scanning requires these on every rule (sarif-multitool rule GH2012).
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
        }
    }

    @Test
    void everyResultPointsAtItsRuleByIdAndIndex() throws IOException {
        JsonNode run =
                Golden.parse(sarif(ReportFixtures.findings())).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(4);
        assertThat(run.get("results")).hasSize(5);
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id")).isEqualTo(result.get("ruleId"));
        }
    }

    @Test
    void fingerprintsDoNotChangeWhenLinesMove() throws IOException {
        ScanResult before = ReportFixtures.result(List.of(ReportFixtures.insecureNotebook(4)), List.of(), 1);
        ScanResult after = ReportFixtures.result(List.of(ReportFixtures.insecureNotebook(40)), List.of(), 1);
        JsonNode a = Golden.parse(sarif(before)).get("runs").get(0).get("results");
        JsonNode b = Golden.parse(sarif(after)).get("runs").get(0).get("results");
        assertThat(a).hasSize(3).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(region(a.get(i)).get("startLine"))
                    .isNotEqualTo(region(b.get(i)).get("startLine"));
            assertThat(a.get(i).get("partialFingerprints")).isEqualTo(b.get(i).get("partialFingerprints"));
        }
        assertThat(a.findValuesAsText(SarifReporter.FINGERPRINT_KEY)).doesNotHaveDuplicates();
    }

    @Test
    void pathsAreRelativeToSrcRootAndPercentEncoded() throws IOException {
        JsonNode results = Golden.parse(sarif(ReportFixtures.findings()))
                .get("runs")
                .get(0)
                .get("results");
        List<String> uris = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode artifact =
                    r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            uris.add(artifact.get("uri").asText());
        }
        assertThat(uris).containsOnly("templates/notebooks.yaml", "cdk.out/ml%20stack.template.json");
        assertThat(SarifReporter.encodePath("a b/c#d%e:f/é.yaml")).isEqualTo("a%20b/c%23d%25e%3Af/%C3%A9.yaml");
    }

    @Test
    void fileOutsideTheRootGetsAnAbsoluteUriWithoutBase() throws IOException {
        Path elsewhere = Path.of("/opt/shared/model.json").toAbsolutePath();
        Span decl = Span.at(elsewhere, 2, 3);
        Model model = Models.unset(ResourceId.of("Shared", "AWS::SageMaker::Model", decl))
                .build();
        JsonNode artifact = Golden.parse(sarif(ReportFixtures.result(List.of(model), List.of(), 1)))
                .get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo(elsewhere.toUri().toASCIIString());
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void logicalLocationIsTheResourceAddress() throws IOException {
        JsonNode results = Golden.parse(sarif(ReportFixtures.findings()))
                .get("runs")
                .get(0)
                .get("results");
        JsonNode model = results.get(0);
        assertThat(model.get("ruleId").asText()).isEqualTo("SageMaker.5");
        JsonNode logical = model.get("locations").get(0).get("logicalLocations").get(0);
        assertThat(logical.get("fullyQualifiedName").asText()).isEqualTo("Model1F7CB7A4");
        assertThat(logical.get("name").asText()).isEqualTo("MlStack/Model");
        assertThat(logical.get("kind").asText()).isEqualTo("resource");
    }

    @Test
    void executionIsUnsuccessfulOnlyWhenADiagnosticIsAnError() throws IOException {
        assertThat(invocation(ReportFixtures.partial())
                        .get("executionSuccessful")
                        .asBoolean())
                .isFalse();
        ScanResult warningOnly = ReportFixtures.result(
                List.of(),
                List.of(Diagnostic.warning(DiagnosticCode.TRANSFORM_NOT_EXPANDED, "not evaluated", NOTEBOOKS, 3, 0)),
                1);
        JsonNode invocation = invocation(warningOnly);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("level").asText()).isEqualTo("warning");
        assertThat(notification.get("descriptor").get("id").asText()).isEqualTo("transform-not-expanded");
        assertThat(notification
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .toString())
                .isEqualTo("{\"startLine\":3}");
    }

    @Test
    void keepsTheMostSevereFindingsWithinTheResultLimitAndSaysSo() throws IOException {
        ScanResult result = ReportFixtures.result(
                List.of(ReportFixtures.cdkModel(), ReportFixtures.insecureNotebook(4)), List.of(), 2);
        assertThat(result.findings())
                .extracting(f -> f.rule().id())
                .containsExactly("SageMaker.5", "SageMaker.1", "SageMaker.2", "SageMaker.3");

        JsonNode run = Golden.parse(sarif(new SarifReporter(TOOL, 3), result))
                .get("runs")
                .get(0);

        assertThat(run.get("results").findValuesAsText("ruleId"))
                .containsExactly("SageMaker.1", "SageMaker.2", "SageMaker.3");
        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notice = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notice.get("descriptor").get("id").asText()).isEqualTo("results-truncated");
        assertThat(notice.get("message").get("text").asText()).startsWith("1 finding was left out");
    }

    @Test
    void aFindingOfARuleMissingFromTheRunIsStillDescribed() throws IOException {
        ScanResult full = ReportFixtures.findings();
        ScanResult withoutRules =
                new ScanResult(ROOT, List.of(), full.resources(), full.findings(), List.of(), full.filesRead());
        JsonNode run = Golden.parse(sarif(withoutRules)).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules").findValuesAsText("id"))
                .containsExactly("SageMaker.5", "SageMaker.1", "SageMaker.2", "SageMaker.3");
        for (JsonNode result : run.get("results")) {
            assertThat(run.get("tool")
                            .get("driver")
                            .get("rules")
                            .get(result.get("ruleIndex").asInt())
                            .get("id"))
                    .isEqualTo(result.get("ruleId"));
        }
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertThat(sarif(ReportFixtures.findings())).isEqualTo(sarif(ReportFixtures.findings()));
        String log = sarif(ReportFixtures.partial());
        String rootUri = SarifReporter.directoryUri(ROOT);
        assertThat(log).endsWith("}\n").containsOnlyOnce(rootUri);
        assertThat(log.replace(rootUri, "")).doesNotContain(ROOT.toString());
    }

    @Test
    void driverNamesTheToolFromTheBuild() throws IOException {
        ToolInfo current = ToolInfo.current();
        assertThat(current.version()).isNotEqualTo("unknown").doesNotContain("${");
        JsonNode driver = Golden.parse(sarif(new SarifReporter(), ReportFixtures.clean()))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("sagelint");
        assertThat(driver.get("version").asText()).isEqualTo(current.version());
        assertThat(driver.get("semanticVersion").asText()).isEqualTo(current.version());
    }

    @Test
    void aVersionThatIsNotSemanticIsNotClaimedAsOne() throws IOException {
        ToolInfo unfiltered = new ToolInfo("sagelint", "unknown", ToolInfo.INFORMATION_URI);
        JsonNode driver = Golden.parse(sarif(new SarifReporter(unfiltered), ReportFixtures.clean()))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        assertThat(driver.get("version").asText()).isEqualTo("unknown");
        assertThat(driver.has("semanticVersion")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Users should not have root access to SageMaker notebook instances"
                        + "|UsersShouldNotHaveRootAccessToSageMakerNotebookInstances",
                "SageMaker notebook instances should be launched in a custom VPC"
                        + "|SageMakerNotebookInstancesShouldBeLaunchedInCustomVpc",
                "SageMaker notebook instances should require IMDSv2|SageMakerNotebookInstancesShouldRequireImdsv2",
                "Endpoints should have an initial instance count greater than 1"
                        + "|EndpointsShouldHaveInitialInstanceCountGreaterThan1",
                "2 things|Rule2Things",
            })
    void ruleNamesArePascalIdentifiersMadeOfTheTitle(String title, String name) {
        assertThat(SarifReporter.pascalCase(title)).isEqualTo(name).matches("^(\\p{Lu}[\\p{Ll}\\p{Nd}]+)*$");
    }

    @Test
    void everyCatalogRuleGetsAPascalName() {
        for (Rule rule : Rules.all()) {
            assertThat(SarifReporter.pascalCase(rule.meta().title()))
                    .as(rule.meta().id())
                    .matches("^(\\p{Lu}[\\p{Ll}\\p{Nd}]+)+$");
        }
    }

    private static JsonNode invocation(ScanResult result) throws IOException {
        return Golden.parse(sarif(result)).get("runs").get(0).get("invocations").get(0);
    }

    private static JsonNode region(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("region");
    }
}
