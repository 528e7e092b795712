package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.config.Suggestions;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    private final Cli cli = new Cli();

    @Test
    void explainsMetadataRemediationAndDocumentation() {
        Run run = cli.run("explain", "SageMaker.3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .startsWith("SageMaker.3: Users should not have root access to SageMaker notebook " + "instances\n");
        assertThat(run.out())
                .containsSubsequence(
                        "Severity:         high",
                        "AWS Config rule:  sagemaker-notebook-instance-root-access-check",
                        "Standards:        AWS Foundational Security Best Practices v1.0.0",
                        "CloudFormation:   AWS::SageMaker::NotebookInstance",
                        "  properties:     RootAccess",
                        "Terraform:        aws_sagemaker_notebook_instance",
                        "  properties:     root_access",
                        "Fix:              in-place. RootAccess can be updated in place",
                        "Parameters:       none",
                        "Remediation:",
                        "  CloudFormation: Set `RootAccess: Disabled`.",
                        "  Terraform:      Set `root_access = \"Disabled\"`",
                        "  AWS CDK:        Pass `rootAccess: 'Disabled'`",
                        "# SageMaker.3 — Users should not have root access to SageMaker notebook instances",
                        "| Severity | High |",
                        "| Fix | In place. RootAccess can be updated in place",
                        "## What is checked",
                        "## How to fix");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void parametersAreListedWithTypeDefaultAndDescription() {
        Run run = cli.run("explain", "SageMaker.8");

        assertThat(run.out())
                .containsSubsequence(
                        "Parameters:",
                        "  supportedPlatformIdentifierVersions: list of strings, default [notebook-al2023-v1]: the platform "
                                + "identifiers that pass",
                        "| Parameters | `supportedPlatformIdentifierVersions` (list of strings, default "
                                + "`[notebook-al2023-v1]`)");
        assertThat(cli.run("explain", "DistributedJobTrafficEncryption").out())
                .contains("  minimumInstanceCount: whole number, default 2, at least 1: ");
    }

    @Test
    void ruleIdsAreCaseInsensitive() {
        assertThat(cli.run("explain", "sagemaker.5").out()).startsWith("SageMaker.5: ");
    }

    @Test
    void unknownRuleSuggestsTheClosestId() {
        Run run = cli.run("explain", "SageMakr.3");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("sagelint explain: unknown rule 'SageMakr.3'; did you mean SageMaker.3?");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unrelatedIdListsTheRules() {
        Run run = cli.run("explain", "CKV_AWS_122");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("unknown rule 'CKV_AWS_122'; the rules are SageMaker.1, SageMaker.2, ");
    }

    @Test
    void missingRuleIdIsAUsageError() {
        Run run = cli.run("explain");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("Missing required parameter: 'RULE_ID'");
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertThat(Suggestions.distance("sagemaker.4", "sagemaker.1")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
