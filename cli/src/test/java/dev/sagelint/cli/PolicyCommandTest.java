package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagelint.cli.Cli.Run;
import dev.sagelint.engine.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom policies through the command line and the real front-ends: {@code policy test} on the samples, a fixture
 * whose expectation is not met, bad policy files, a policy that fails at run time, and {@code rules}/{@code explain}.
 */
class PolicyCommandTest {

    private static final Path SAMPLES = Path.of("../samples/policies");
    private static final Path MODEL = Path.of("src/test/resources/policies/model");

    private static Cli cli() {
        return new Cli().scanner(Scanner::withInstalledFrontends);
    }

    @Test
    void theSamplePoliciesPassTheirFixturesInEveryFormat() {
        Run run = cli().run("policy", "test", SAMPLES.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("ok    ")
                .contains("cloudformation/template.yaml")
                .contains("terraform/main.tf")
                .contains("terraform-awscc/main.tf")
                .contains("terraform-plan/plan.json")
                .contains("cdk/app.js")
                .endsWith("5 passed, 0 failed\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void everyFieldOfTheModelReachesPoliciesFromEveryFormat() {
        Run run = cli().run("policy", "test", MODEL.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("ok    " + MODEL.resolve("cloudformation/template.yaml"))
                .contains("ok    " + MODEL.resolve("cloudformation-json/template.json"))
                .contains("ok    " + MODEL.resolve("cdk/app.js"))
                .contains("ok    " + MODEL.resolve("terraform/main.tf"))
                .contains("ok    " + MODEL.resolve("terraform-json/main.tf.json"))
                .contains("ok    " + MODEL.resolve("terraform-awscc/main.tf"))
                .contains("ok    " + MODEL.resolve("terraform-plan/plan.json"))
                .endsWith("7 passed, 0 failed\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aPolicyFindingPointsAtTheValueWithTheDeclarationAsRelatedLocation(@TempDir Path dir) throws IOException {
        Path sarif = dir.resolve("out.sarif");
        Run run = cli().run(
                        "scan",
                        "--root",
                        MODEL.toString(),
                        "--format=sarif:" + sarif,
                        MODEL.resolve("cloudformation").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode result = null;
        for (JsonNode r : new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")) {
            if (r.path("ruleId").asText().equals("ModelNotebookLifecycle")) result = r;
        }
        assertThat(result).isNotNull();
        // template.yaml: failNotebook is declared at line 4, its LifecycleConfigName written at line 9.
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(9);
        assertThat(result.at("/relatedLocations")).hasSize(1);
        assertThat(result.at("/relatedLocations/0/physicalLocation/region/startLine")
                        .asInt())
                .isEqualTo(4);
        assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .endsWith("cloudformation/template.yaml");
    }

    @Test
    void aMissingAndAnUnexpectedFindingFailTheTest(@TempDir Path dir) throws IOException {
        copy(SAMPLES.resolve(".sagelint"), dir.resolve(".sagelint"));
        Files.writeString(
                dir.resolve("template.yaml"),
                String.join(
                        "\n",
                        "Resources:",
                        "  gpu:",
                        "    Type: AWS::SageMaker::NotebookInstance",
                        "    Properties:",
                        "      InstanceType: ml.p3.2xlarge",
                        "      RoleArn: arn:aws:iam::111122223333:role/notebook",
                        "  small:",
                        "    Type: AWS::SageMaker::NotebookInstance",
                        "    Properties:",
                        "      InstanceType: ml.t3.medium  # expect: AcmeNotebookInstanceType",
                        "      RoleArn: arn:aws:iam::111122223333:role/notebook",
                        ""),
                StandardCharsets.UTF_8);

        Run run = cli().run("policy", "test", dir.toString());

        assertThat(run.out())
                .contains("FAIL  ")
                .contains("line 10: expected AcmeNotebookInstanceType, not reported")
                .contains("line 5: unexpected AcmeNotebookInstanceType: `InstanceType` is `ml.p3.2xlarge`")
                .endsWith("0 passed, 1 failed\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aBadPolicyStopsTheScanWithItsFileAndLineAndNoStackTrace(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".sagelint/policies"));
        Files.writeString(
                dir.resolve(".sagelint/policies/bad.yaml"),
                "policies:\n  - id: AcmeKms\n    title: t\n    severity: high\n    resource: EndpointConfig\n"
                        + "    require: resource.kmsKeyid != ''\n    message: m\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("t.yaml"), "Resources: {}\n", StandardCharsets.UTF_8);

        Run run = cli().run("scan", dir.toString());

        assertThat(run.err())
                .contains("bad.yaml:6:22")
                .contains("undefined field 'kmsKeyid'; did you mean 'kmsKeyId'?")
                .contains("[policy-error]")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aPolicyThatFailsAtRunTimeIsADiagnosticAndTheOtherRulesGoOn(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".sagelint/policies"));
        Files.writeString(
                dir.resolve(".sagelint/policies/divide.yaml"),
                "policies:\n  - id: AcmeDivide\n    title: t\n    severity: high\n    resource: NotebookInstance\n"
                        + "    require: 10 / (resource.volumeSizeInGB - 5) > 0\n    message: m\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("t.yaml"),
                "Resources:\n  nb:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n"
                        + "      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::1:role/r\n",
                StandardCharsets.UTF_8);

        Run run = cli().run("scan", dir.toString());

        assertThat(run.err())
                .contains("divide.yaml:6:17")
                .contains("AcmeDivide failed on nb")
                .contains("by zero")
                .contains("[policy-failed]");
        assertThat(run.out()).contains("SageMaker.3").doesNotContain("AcmeDivide");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void rulesAndExplainIncludeTheProjectsPolicies() {
        Run rules = cli().run("rules", "--project", SAMPLES.toString());
        assertThat(rules.out())
                .contains("SageMaker.1")
                .contains("AcmeEndpointKms")
                .contains("AcmeModelImages");
        // The project's policies are listed in a group of their own, after the built-in rules.
        String custom = rules.out().substring(rules.out().indexOf("Custom policies of the project (5)"));
        assertThat(custom)
                .contains("AcmeEndpointKms")
                .doesNotContain("SageMaker.")
                .doesNotContain("JobInVpc");
        assertThat(rules.out().substring(0, rules.out().indexOf("Custom policies")))
                .doesNotContain("Acme");
        assertThat(rules.exitCode()).isZero();

        Run explain = cli().run("explain", "AcmeTrainingSubnets", "--project", SAMPLES.toString());
        assertThat(explain.out())
                .contains("AcmeTrainingSubnets: Training jobs run in the ML subnets")
                .contains("VpcConfig.Subnets")
                .contains("A custom policy of this project, defined in `acme.yaml`")
                .contains("resource.subnets.all(s, s in");
        assertThat(explain.exitCode()).isZero();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
