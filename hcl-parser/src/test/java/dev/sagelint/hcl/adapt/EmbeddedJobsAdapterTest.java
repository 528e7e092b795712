package dev.sagelint.hcl.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.hcl.TerraformFiles;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SageMaker jobs embedded in state machine and pipeline definitions, with the lines they point at. */
class EmbeddedJobsAdapterTest {

    @TempDir
    Path dir;

    private static String show(Prop<?> p) {
        if (p instanceof Prop.Known<?> k) return k.value() + "@" + k.span().line();
        if (p instanceof Prop.Absent<?> a)
            return "absent(" + a.awsDefault() + ")@" + a.span().line();
        Prop.Unknown<?> u = (Prop.Unknown<?>) p;
        return "unknown(" + u.expression() + ")@" + u.span().line();
    }

    @Test
    void stateMachineWrittenWithJsonencode() {
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sfn_state_machine" "sm" {
                  name     = "train"
                  role_arn = "arn:aws:iam::111122223333:role/states"
                  definition = jsonencode({
                    StartAt = "Train"
                    States = {
                      Train = {
                        Type     = "Task"
                        Resource = "arn:aws:states:::sagemaker:createTrainingJob.sync"
                        Parameters = {
                          "TrainingJobName.$" = "$.name"
                          ResourceConfig = { InstanceCount = 2, InstanceType = "ml.m5.xlarge" }
                          "EnableNetworkIsolation.$" = "$.isolate"
                        }
                        End = true
                      }
                      Wait = { Type = "Wait", Seconds = 5, End = true }
                    }
                  })
                }
                """);
        assertThat(result.addresses()).containsExactly("aws_sfn_state_machine.sm/States/Train");
        TrainingJob job = result.resource("aws_sfn_state_machine.sm/States/Train");
        assertThat(job.id().sourceType()).isEqualTo("aws_sfn_state_machine");
        assertThat(job.id().declaration().line()).isEqualTo(7);
        assertThat(show(job.interContainerTrafficEncryption())).isEqualTo("absent(false)@7");
        assertThat(show(job.instanceCount())).isEqualTo("2@12");
        assertThat(job.instanceCount().path()).isEqualTo("ResourceConfig.InstanceCount");
        assertThat(show(job.networkIsolation())).isEqualTo("unknown(EnableNetworkIsolation.$: $.isolate)@13");
        assertThat(show(job.vpcSubnets())).isEqualTo("absent(null)@7");
    }

    @Test
    void stateMachineWrittenAsAHeredocWithNestedStates() {
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sfn_state_machine" "sm" {
                  role_arn   = "arn:aws:iam::111122223333:role/states"
                  definition = <<EOF
                {
                  "StartAt": "Both",
                  "States": {
                    "Both": {
                      "Type": "Parallel",
                      "End": true,
                      "Branches": [
                        {
                          "StartAt": "Train",
                          "States": {
                            "Train": {
                              "Type": "Task",
                              "Resource": "arn:aws:states:::sagemaker:createTrainingJob",
                              "Parameters": {
                                "EnableInterContainerTrafficEncryption": false,
                                "ResourceConfig": {"InstanceCount": 2}
                              },
                              "End": true
                            }
                          }
                        }
                      ]
                    }
                  }
                }
                EOF
                }
                """);
        assertThat(result.diagnostics()).isEmpty();
        TrainingJob job = result.resource("aws_sfn_state_machine.sm/States/Both/Branches/0/States/Train");
        assertThat(job.id().declaration().line()).isEqualTo(14);
        assertThat(show(job.interContainerTrafficEncryption())).isEqualTo("false@18");
        assertThat(show(job.instanceCount())).isEqualTo("2@19");
    }

    @Test
    void quotedJsonStringPointsAtTheAttribute() {
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sfn_state_machine" "sm" {
                  role_arn   = "arn:aws:iam::111122223333:role/states"
                  definition = "{\\"States\\": {\\"T\\": {\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::aws-sdk:sagemaker:createTrainingJob\\", \\"Parameters\\": {\\"ResourceConfig\\": {\\"InstanceCount\\": 3}}}}}"
                }
                """);
        TrainingJob job = result.resource("aws_sfn_state_machine.sm/States/T");
        assertThat(show(job.instanceCount())).isEqualTo("3@3");
        assertThat(show(job.interContainerTrafficEncryption())).isEqualTo("absent(false)@3");
    }

    @Test
    void definitionThatIsNotJsonIsReported() {
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sfn_state_machine" "sm" {
                  role_arn   = "arn:aws:iam::111122223333:role/states"
                  definition = "not json"
                }
                """);
        assertThat(result.resources()).isEmpty();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DEFINITION_NOT_ANALYZABLE);
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void pipelineWithAProcessingStepInsideACondition() {
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_pipeline" "p" {
                  pipeline_name         = "p"
                  pipeline_display_name = "p"
                  role_arn              = "arn:aws:iam::111122223333:role/sagemaker"
                  pipeline_definition = jsonencode({
                    Version    = "2020-12-01"
                    Parameters = [{ Name = "Workers", Type = "Integer", DefaultValue = 3 }]
                    Steps = [{
                      Name = "Check"
                      Type = "Condition"
                      Arguments = {
                        Conditions = []
                        IfSteps = [{
                          Name = "Prepare"
                          Type = "Processing"
                          Arguments = {
                            ProcessingResources = {
                              ClusterConfig = { InstanceCount = { Get = "Parameters.Workers" } }
                            }
                            NetworkConfig = { EnableNetworkIsolation = true }
                          }
                        }]
                      }
                    }]
                  })
                }
                """);
        assertThat(result.addresses()).containsExactly("aws_sagemaker_pipeline.p/Steps/Prepare");
        ProcessingJob job = result.resource("aws_sagemaker_pipeline.p/Steps/Prepare");
        assertThat(job.id().declaration().line()).isEqualTo(14);
        assertThat(show(job.instanceCount())).isEqualTo("3@7");
        assertThat(show(job.network().interContainerTrafficEncryption())).isEqualTo("absent(false)@14");
        assertThat(show(job.network().networkIsolation())).isEqualTo("true@20");
        assertThat(job.network().networkIsolation().path()).isEqualTo("NetworkConfig.EnableNetworkIsolation");
    }

    @Test
    void endpointConfigStartedByAStateMachineIsReadAsInCloudFormation() {
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sfn_state_machine" "sm" {
                  role_arn = "arn:aws:iam::111122223333:role/states"
                  definition = jsonencode({
                    States = {
                      Config = {
                        Type     = "Task"
                        Resource = "arn:aws:states:::sagemaker:createEndpointConfig"
                        Parameters = {
                          ProductionVariants = [{ VariantName = "a", InitialInstanceCount = 1 }]
                        }
                        End = true
                      }
                    }
                  })
                }
                """);
        EndpointConfig config = result.resource("aws_sfn_state_machine.sm/States/Config");
        assertThat(show(config.kmsKeyId())).isEqualTo("absent(null)@5");
        assertThat(config.productionVariants())
                .singleElement()
                .satisfies(v -> assertThat(show(v.initialInstanceCount())).isEqualTo("1@9"));
        assertThat(config.productionVariants().get(0).initialInstanceCount().path())
                .isEqualTo("ProductionVariants.0.InitialInstanceCount");
    }

    @Test
    void definitionNestedDeeperThanTheScanAllowsIsReported() {
        String deep = "[".repeat(300) + "]".repeat(300);
        TerraformFiles.Result result = TerraformFiles.scan(dir, """
                resource "aws_sfn_state_machine" "sm" {
                  role_arn   = "arn:aws:iam::111122223333:role/states"
                  definition = "{\\"States\\": %s}"
                }
                """.formatted(deep));
        assertThat(result.resources()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DEFINITION_NOT_ANALYZABLE);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("nested more than 200 levels");
        });
    }
}
