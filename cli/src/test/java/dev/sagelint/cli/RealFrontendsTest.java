package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.engine.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Suppression comments, the baseline and the front-end options with the real CloudFormation and Terraform
 * front-ends.
 */
class RealFrontendsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli().scanner(Scanner::withInstalledFrontends);

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void terraformCommentsSuppressOnTheAttributeAndAboveTheResource() throws IOException {
        Path tf = file("tf/main.tf", """
                # sagelint:ignore SageMaker.2 a lab account without a VPC
                resource "aws_sagemaker_notebook_instance" "lab" {
                  name                   = "lab"
                  role_arn               = "arn:aws:iam::123456789012:role/r"
                  instance_type          = "ml.t3.medium"
                  direct_internet_access = "Enabled" # sagelint:ignore SageMaker.1 downloads public data sets
                  # sagelint:ignore SageMaker.3 the image installs GPU drivers
                  root_access            = "Enabled"
                }
                """);

        Run run = cli.run("scan", "--root", dir.toString(), "--fail-on", "high", tf.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .doesNotContain("SageMaker.1 ", "SageMaker.2 ", "SageMaker.3 ")
                .contains("3 suppressed");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void baselineSurvivesLinesMovingInACloudFormationTemplate() throws IOException {
        String notebook = """
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RootAccess: Enabled
                """;
        Path template = file("cfn/t.yaml", "Resources:\n" + notebook);
        Path baseline = dir.resolve("baseline.json");
        assertThat(cli.run(
                                "baseline",
                                "create",
                                "--root",
                                dir.toString(),
                                "-o",
                                baseline.toString(),
                                template.toString())
                        .exitCode())
                .isEqualTo(ExitCode.OK);

        Files.writeString(
                template,
                "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: moved\n"
                        + "Parameters:\n  Unused: {Type: String}\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n"
                        + notebook);
        Run run = cli.run("scan", "--root", dir.toString(), "--baseline", baseline.toString(), template.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("0 findings in 1 file; ").endsWith(" unchanged in the baseline\n");
    }

    @Test
    void terraformVarFilesDecideAVariableWithoutDefault() throws IOException {
        file("tf/main.tf", """
                variable "root_access" {
                  type = string
                }
                resource "aws_sagemaker_notebook_instance" "nb" {
                  name          = "nb"
                  role_arn      = "arn:aws:iam::123456789012:role/r"
                  instance_type = "ml.t3.medium"
                  root_access   = var.root_access
                }
                """);
        Path secure = file("vars/secure.tfvars", "root_access = \"Disabled\"\n");
        Path insecure = file("vars/insecure.tfvars", "root_access = \"Enabled\"\n");

        Run withoutFile =
                cli.run("scan", "--root", dir.toString(), dir.resolve("tf").toString());
        Run withSecure = cli.run(
                "scan",
                "--root",
                dir.toString(),
                "--tf-var-file",
                secure.toString(),
                dir.resolve("tf").toString());
        Run withInsecure = cli.run(
                "scan",
                "--root",
                dir.toString(),
                "--tf-var-file",
                insecure.toString(),
                dir.resolve("tf").toString());

        assertThat(withoutFile.out()).contains("SageMaker.3").contains("var.root_access");
        assertThat(withSecure.out()).doesNotContain("SageMaker.3 ");
        assertThat(withInsecure.out()).contains("vars/insecure.tfvars:1:").contains("SageMaker.3");
    }

    @Test
    void aMissingVarFileIsAUsageError() {
        Run run = cli.run("scan", "--tf-var-file", dir.resolve("nope.tfvars").toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("--tf-var-file").contains("is not a file");
    }

    @Test
    void theGenericFrontendOptionFlagGivesTheSameOptionsAsTheDedicatedFlags() throws IOException {
        file("tf/main.tf", """
                variable "root_access" {
                  type = string
                }
                resource "aws_sagemaker_notebook_instance" "nb" {
                  name          = "nb"
                  role_arn      = "arn:aws:iam::123456789012:role/r"
                  instance_type = "ml.t3.medium"
                  root_access   = var.root_access
                }
                """);
        Path insecure = file("vars/insecure.tfvars", "root_access = \"Enabled\"\n");

        Run dedicated = cli.run(
                "scan",
                "--root",
                dir.toString(),
                "--tf-var-file",
                insecure.toString(),
                dir.resolve("tf").toString());
        Run generic = cli.run(
                "scan",
                "--root",
                dir.toString(),
                "--frontend-option",
                "tf-var-file=" + insecure,
                dir.resolve("tf").toString());

        assertThat(generic.out()).contains("vars/insecure.tfvars:1:").isEqualTo(dedicated.out());
        assertThat(generic.exitCode()).isEqualTo(dedicated.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void tfRootPointsPlanFindingsAtTheSourceLinesAndScansTheFolder() throws IOException {
        Path sample = Path.of("../samples/terraform-plan/insecure");
        copy(sample, dir.resolve("infra"));
        Files.createDirectories(dir.resolve("plans"));
        Files.move(dir.resolve("infra/plan.json"), dir.resolve("plans/plan.json"));

        Run withoutRoot =
                cli.run("scan", "--root", dir.toString(), dir.resolve("plans").toString());
        Run withRoot = cli.run(
                "scan",
                "--root",
                dir.toString(),
                "--tf-root",
                dir.resolve("infra").toString(),
                dir.resolve("plans").toString());

        assertThat(withoutRoot.out()).contains("plans/plan.json:").doesNotContain("infra/");
        assertThat(withRoot.out()).contains("infra/main.tf:", "infra/modules/");
        assertThat(withRoot.err()).isEmpty();
    }

    /** Front-end option mistakes are usage errors: one line naming the option, never a scan. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--frontend-option|tf-rot=infra|--frontend-option tf-rot is not an option of any installed front-end; "
                        + "did you mean tf-root? (front-end options: tf-root, tf-var-file)",
                "--frontend-option|tf-root|--frontend-option tf-root is not NAME=VALUE",
                "--tf-root|nope|--tf-root nope is not a folder",
                "--frontend-option|tf-var-file=nope.tfvars|--tf-var-file nope.tfvars is not a file"
            })
    void badFrontendOptionsAreUsageErrors(String flag, String value, String message) {
        Run run = cli.run("scan", flag, value, dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).isEqualTo("sagelint scan: " + message + " (see 'sagelint scan --help')\n");
        assertThat(run.out()).isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void aNamedTerraformFileIsReadWithItsModuleFolderAndOnlyItsFindingsAreReported() throws IOException {
        file("tf/variables.tf", """
                variable "root_access" {
                  default = "Disabled"
                }
                """);
        file("tf/other.tf", """
                resource "aws_sagemaker_notebook_instance" "other" {
                  name          = "other"
                  role_arn      = "arn:aws:iam::123456789012:role/r"
                  instance_type = "ml.t3.medium"
                }
                """);
        Path staged = file("tf/main.tf", """
                resource "aws_sagemaker_notebook_instance" "nb" {
                  name          = "nb"
                  role_arn      = "arn:aws:iam::123456789012:role/r"
                  instance_type = "ml.t3.medium"
                  root_access   = var.root_access
                }
                """);

        Run run = cli.run("scan", "--root", dir.toString(), staged.toString());

        assertThat(run.out())
                .doesNotContain("SageMaker.3 ")
                .doesNotContain("other.tf")
                .contains("tf/main.tf:1:")
                .contains("SageMaker.1");
    }
}
