package dev.sagelint.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rules;
import dev.sagelint.suppress.SuppressedFinding;
import dev.sagelint.suppress.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each form of inline suppression, end to end through the CloudFormation front-end and the engine. */
class SuppressionsTest {

    @TempDir
    Path dir;

    private ScanResult scan(String name, String template, boolean reportUnused) throws IOException {
        Path file = Files.writeString(dir.resolve(name), template);
        ScanRequest request = ScanRequest.of(List.of(file)).withRoot(dir);
        request = request.withSettings(request.settings().withReportUnusedSuppressions(reportUnused));
        return new Scanner(List.of(new CloudFormationFrontend()), Rules.all()).scan(request);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id()).distinct().toList();
    }

    private static List<String> suppressedRules(ScanResult result) {
        return result.suppressed().stream().map(s -> s.finding().rule().id()).toList();
    }

    private static List<String> diagnostics(ScanResult result) {
        return result.diagnostics().stream()
                .map(d -> d.line() + " " + d.code() + ": " + d.message())
                .toList();
    }

    @Test
    void aCommentAboveTheResourceSuppressesThatRuleForTheWholeResource() throws IOException {
        ScanResult result = scan("t.yaml", """
                Resources:
                  # sagelint:ignore SageMaker.3 the image installs GPU drivers at start-up
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RootAccess: Enabled
                """, true);

        assertThat(suppressedRules(result)).containsExactly("SageMaker.3");
        SuppressedFinding suppressed = result.suppressed().get(0);
        assertThat(suppressed.suppression().kind()).isEqualTo(Suppression.Kind.COMMENT);
        assertThat(suppressed.suppression().justification()).isEqualTo("the image installs GPU drivers at start-up");
        assertThat(suppressed.suppression().at().line()).isEqualTo(2);
        assertThat(suppressed.finding().location().line()).isEqualTo(7);
        assertThat(rules(result.findings())).doesNotContain("SageMaker.3").contains("SageMaker.1", "SageMaker.2");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aCommentAboveOrAfterTheAttributeSuppressesIt() throws IOException {
        ScanResult result = scan("t.yaml", """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      # sagelint:ignore SageMaker.1 -- a lab notebook that downloads public data sets
                      DirectInternetAccess: Enabled
                      RootAccess: Enabled  # sagelint:ignore SageMaker.3: needs root for drivers
                """, true);

        assertThat(suppressedRules(result)).containsExactly("SageMaker.1", "SageMaker.3");
        assertThat(result.suppressed())
                .extracting(s -> s.suppression().justification())
                .containsExactly("a lab notebook that downloads public data sets", "needs root for drivers");
        assertThat(rules(result.findings())).doesNotContain("SageMaker.1", "SageMaker.3");
    }

    @Test
    void stackedCommentsAndSeveralRulesInOneComment() throws IOException {
        ScanResult result = scan("t.yml", """
                Resources:
                  # sagelint:ignore SageMaker.1,SageMaker.2 isolated lab account without a VPC
                  # sagelint:ignore SageMaker.3 drivers
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties: {InstanceType: ml.t3.medium}
                """, false);

        assertThat(suppressedRules(result)).containsExactlyInAnyOrder("SageMaker.1", "SageMaker.2", "SageMaker.3");
    }

    @Test
    void metadataSuppressesInJsonAndYaml() throws IOException {
        ScanResult result = scan("t.json", """
                {
                  "Resources": {
                    "Notebook": {
                      "Type": "AWS::SageMaker::NotebookInstance",
                      "Metadata": {
                        "sagelint": {"ignore": [{"rule": "SageMaker.3", "reason": "drivers need root"}]}
                      },
                      "Properties": {"InstanceType": "ml.t3.medium", "RootAccess": "Enabled"}
                    }
                  }
                }
                """, true);

        assertThat(suppressedRules(result)).containsExactly("SageMaker.3");
        Suppression by = result.suppressed().get(0).suppression();
        assertThat(by.kind()).isEqualTo(Suppression.Kind.METADATA);
        assertThat(by.resourceAddress()).isEqualTo("Notebook");
        assertThat(by.at().line()).isEqualTo(6);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aSuppressionWithoutReasonIsReportedAndSuppressesNothing() throws IOException {
        ScanResult result = scan("t.yaml", """
                Resources:
                  # sagelint:ignore SageMaker.3
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Metadata:
                      sagelint:
                        ignore:
                          - rule: SageMaker.1
                          - SageMaker.2
                    Properties: {InstanceType: ml.t3.medium}
                """, false);

        assertThat(result.suppressed()).isEmpty();
        assertThat(rules(result.findings())).contains("SageMaker.1", "SageMaker.2", "SageMaker.3");
        assertThat(diagnostics(result))
                .containsExactly(
                        "2 suppression-without-reason: the suppression of SageMaker.3 gives no reason, so it suppresses "
                                + "nothing; write the reason after the rule id",
                        "8 suppression-without-reason: the suppression of SageMaker.1 gives no reason, so it suppresses "
                                + "nothing; add 'reason: ...' to the entry",
                        "9 suppression-without-reason: the suppression of SageMaker.2 gives no reason, so it suppresses "
                                + "nothing; add 'reason: ...' to the entry");
        assertThat(result.diagnostics()).allMatch(d -> d.level() == Diagnostic.Level.WARNING);
    }

    @Test
    void unusedSuppressionsAreReportedOnlyOnRequest() throws IOException {
        String template = """
                Resources:
                  # sagelint:ignore SageMaker.3 not needed any more
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Metadata:
                      sagelint: {ignore: [{rule: SageMaker.5, reason: wrong resource type}]}
                    Properties: {InstanceType: ml.t3.medium, RootAccess: Disabled}
                """;

        assertThat(scan("a.yaml", template, false).diagnostics()).isEmpty();
        assertThat(diagnostics(scan("b.yaml", template, true)))
                .containsExactly(
                        "2 unused-suppression: the suppression of SageMaker.3 suppresses nothing; remove it",
                        "6 unused-suppression: the suppression of SageMaker.5 suppresses nothing; remove it");
    }

    @Test
    void malformedSuppressionsAreWarnings() throws IOException {
        ScanResult result = scan("t.yaml", """
                Resources:
                  # sagelint:ignore
                  # sagelint:ignore SageMaker.333 typo
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Metadata: {sagelint: {ignore: [[SageMaker.1]]}}
                    Properties: {InstanceType: ml.t3.medium}
                """, false);

        assertThat(diagnostics(result))
                .containsExactly(
                        "2 invalid-suppression: 'sagelint:ignore' names no rule; write '# sagelint:ignore SageMaker.N reason'",
                        "3 invalid-suppression: suppression of unknown rule 'SageMaker.333' (see 'sagelint rules')",
                        "6 invalid-suppression: an entry of Metadata.sagelint.ignore must be {rule: SageMaker.N, reason: ...}, "
                                + "not a list");
    }

    @Test
    void aCommentInsideAQuotedValueIsNotASuppression() throws IOException {
        ScanResult result = scan("t.yaml", """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RootAccess: "Enabled#sagelint:ignore SageMaker.3 nope"
                """, false);

        assertThat(result.suppressed()).isEmpty();
    }
}
