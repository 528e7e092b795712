package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.JSON;
import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.model.sagemaker.TransformJob;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** SageMaker jobs inside Step Functions state machines and SageMaker pipelines, located in the template. */
class EmbeddedJobsTest {

    private static TemplateAdapter.Adapted read(Path file, String template) {
        var root = new TemplateReader(ScanContext.Limits.defaults())
                .read(file, template.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow();
        return TemplateAdapter.adapt(root, TemplateAdapter.Input.of(file, ScanContext.Limits.defaults()));
    }

    @Test
    void objectDefinitionGivesExactSpansAndRuntimePathsAreUnknown() {
        var adapted = read(YAML, """
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: Train
                        States:
                          Train:
                            Type: Task
                            Resource: arn:aws-cn:states:::sagemaker:createTrainingJob.sync
                            Parameters:
                              EnableNetworkIsolation.$: $.isolate
                              ResourceConfig: {InstanceCount: 2}
                            Next: Model
                          Model:
                            Type: Task
                            Resource: arn:aws:states:::aws-sdk:sagemaker:createModel
                            Parameters: {EnableNetworkIsolation: true}
                            Next: Transform
                          Transform:
                            Type: Task
                            Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                            Parameters: {TransformResources: {VolumeKmsKeyId.$: $.key}}
                            End: true
                """);

        assertThat(adapted.resources())
                .extracting(r -> r.id().address())
                .containsExactly("Machine/States/Train", "Machine/States/Model", "Machine/States/Transform");
        TrainingJob train = (TrainingJob) adapted.resources().get(0);
        assertThat(train.id().declaration().line()).isEqualTo(8);
        assertThat(train.id().sourceType()).isEqualTo("AWS::StepFunctions::StateMachine");
        assertThat(train.instanceCount())
                .isEqualTo(Prop.known("ResourceConfig.InstanceCount", 2, Adapted.span(YAML, "13:47-13:48")));
        assertThat(train.networkIsolation()).isInstanceOfSatisfying(Prop.Unknown.class, u -> {
            assertThat(u.reason()).isEqualTo("it is taken from the state's input at run time");
            assertThat(u.span().line()).isEqualTo(12);
        });
        assertThat(train.interContainerTrafficEncryption()).isInstanceOf(Prop.Absent.class);
        assertThat(((Model) adapted.resources().get(1)).enableNetworkIsolation().effectiveValue())
                .contains(true);
        TransformJob transform = (TransformJob) adapted.resources().get(2);
        assertThat(transform.id().declaration().line()).isEqualTo(20);
        assertThat(transform.volumeKmsKeyId()).isInstanceOfSatisfying(Prop.Unknown.class, u -> {
            assertThat(u.reason()).isEqualTo("it is taken from the state's input at run time");
            assertThat(u.span().line()).isEqualTo(23);
        });
    }

    @Test
    void definitionStringInALiteralBlockMapsEachLine() {
        var adapted = read(YAML, """
                Parameters:
                  Count: {Type: Number, Default: 2}
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub |
                        {"StartAt": "P", "States": {
                          "P": {
                            "Type": "Task",
                            "Resource": "arn:${AWS::Partition}:states:::sagemaker:createProcessingJob",
                            "Parameters": {"ProcessingResources": {"ClusterConfig": {"InstanceCount": ${Count}}}},
                            "End": true}}}
                """);

        ProcessingJob job = (ProcessingJob) adapted.resources().get(0);
        assertThat(job.id().declaration().line()).isEqualTo(9);
        assertThat(job.id().declaration().column()).isEqualTo(11);
        assertThat(job.instanceCount().violation(c -> c >= 2)).hasValueSatisfying(v -> {
            assertThat(v.conditionText()).isEqualTo("when parameter `Count` is `2` (its default)");
            assertThat(v.span().line()).as("the parameter's default decides it").isEqualTo(2);
        });
    }

    @Test
    void definitionStringBuiltWithJoinAsCdkWritesItUsesThePiecesLines() {
        var adapted = read(JSON, """
                {"Resources": {"Machine": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
                  "DefinitionString": {"Fn::Join": ["", [
                    "{\\"StartAt\\":\\"T\\",\\"States\\":{\\"T\\":{\\"Type\\":\\"Task\\",\\"Resource\\":\\"arn:",
                    {"Ref": "AWS::Partition"},
                    ":states:::sagemaker:createTrainingJob.sync\\",\\"Parameters\\":{\\"ResourceConfig\\":{\\"InstanceCount\\":2}},\\"End\\":true}}}"
                  ]]}}}}}
                """);

        TrainingJob job = (TrainingJob) adapted.resources().get(0);
        assertThat(job.id().declaration().line()).isEqualTo(3);
        assertThat(job.id().declaration().column())
                .as("the key `T` inside the escaped string")
                .isEqualTo(37);
        assertThat(job.instanceCount().effectiveValue()).contains(2);
        assertThat(job.instanceCount().span().line()).isEqualTo(5);
    }

    @Test
    void definitionSubstitutionsAreResolved() {
        var adapted = read(YAML, """
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: T
                        States:
                          T:
                            Type: Task
                            Resource: arn:aws:states:::sagemaker:createTrainingJob
                            Parameters: {EnableInterContainerTrafficEncryption: "${Encrypt}"}
                            End: true
                      DefinitionSubstitutions:
                        Encrypt: true
                """);

        assertThat(((TrainingJob) adapted.resources().get(0)).interContainerTrafficEncryption())
                .isEqualTo(
                        Prop.known("EnableInterContainerTrafficEncryption", true, Adapted.span(YAML, "14:18-14:22")));
    }

    @Test
    void pipelineStepsInsideConditionsAndParameterDefaults() {
        var adapted = read(JSON, """
                {"Resources": {"Pipe": {"Type": "AWS::SageMaker::Pipeline", "Properties": {"PipelineDefinition": {
                  "PipelineDefinitionBody": "{\\"Parameters\\":[{\\"Name\\":\\"N\\",\\"DefaultValue\\":3}],\\"Steps\\":[{\\"Name\\":\\"C\\",\\"Type\\":\\"Condition\\",\\"Arguments\\":{\\"IfSteps\\":[{\\"Name\\":\\"Tune\\",\\"Type\\":\\"Tuning\\",\\"Arguments\\":{\\"TrainingJobDefinition\\":{\\"ResourceConfig\\":{\\"InstanceCount\\":{\\"Get\\":\\"Parameters.N\\"}}}}}],\\"ElseSteps\\":[{\\"Name\\":\\"M\\",\\"Type\\":\\"Model\\",\\"Arguments\\":{}}]}}]}"
                }}}}}
                """);

        assertThat(adapted.resources())
                .extracting(r -> r.id().address())
                .containsExactly("Pipe/Steps/Tune", "Pipe/Steps/M");
        TrainingJob tune = (TrainingJob) adapted.resources().get(0);
        assertThat(tune.instanceCount().effectiveValue()).contains(3);
        assertThat(tune.id().declaration().line()).isEqualTo(2);
    }

    @Test
    void definitionsThatCannotBeReadAreWarnings() {
        var adapted = read(YAML, """
                Resources:
                  Pipe:
                    Type: AWS::SageMaker::Pipeline
                    Properties:
                      PipelineDefinition:
                        PipelineDefinitionS3Location: {Bucket: b, Key: k}
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: "{not json"
                """);

        assertThat(adapted.resources()).isEmpty();
        assertThat(adapted.diagnostics())
                .extracting(Diagnostic::level, Diagnostic::code, Diagnostic::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Diagnostic.Level.WARNING, DiagnosticCode.DEFINITION_NOT_ANALYZABLE, 6),
                        org.assertj.core.groups.Tuple.tuple(
                                Diagnostic.Level.WARNING, DiagnosticCode.DEFINITION_NOT_ANALYZABLE, 10));
        assertThat(adapted.diagnostics().get(0).message()).contains("not analyz", "`PipelineDefinitionS3Location`");
    }

    @Test
    @SuppressWarnings("unchecked")
    void functionsInAnObjectDefinitionAreEvaluatedWithTheTemplate() {
        var adapted = read(YAML, """
                Conditions:
                  IsProd: !Equals [!Ref AWS::AccountId, "111122223333"]
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        States:
                          Train:
                            Type: Task
                            Resource: arn:aws:states:::sagemaker:createTrainingJob
                            Parameters:
                              EnableNetworkIsolation: !If [IsProd, true, false]
                              ResourceConfig: !If [IsProd, {InstanceCount: 4}, !Ref AWS::NoValue]
                              VpcConfig: {Subnets: [subnet-a, !Ref AWS::NoValue]}
                            End: true
                """);

        TrainingJob train = (TrainingJob) adapted.resources().get(0);
        Prop.Unknown<Boolean> isolation = (Prop.Unknown<Boolean>) train.networkIsolation();
        assertThat(isolation.possibleValues()).map(Prop.Possible::value).containsExactly(true, false);
        assertThat(isolation.span().line()).isEqualTo(13);
        Prop.Unknown<Integer> count = (Prop.Unknown<Integer>) train.instanceCount();
        assertThat(count.path()).isEqualTo("ResourceConfig.InstanceCount");
        assertThat(count.possibleValues())
                .as("read below a function: each branch, unset where it is NoValue")
                .map(p -> p.value() + "@" + p.span().line())
                .containsExactly("4@14", "null@14");
        assertThat(train.vpcSubnets().effectiveValue()).contains(java.util.List.of("subnet-a"));
    }

    @Test
    void definitionStringNestedDeeperThanTheScanAllowsIsNotAnalyzable() {
        String deep = "[".repeat(250) + "]".repeat(250);
        var adapted = read(YAML, """
                Resources:
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: '{"States": %s}'
                """.formatted(deep));

        assertThat(adapted.resources()).isEmpty();
        assertThat(adapted.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DEFINITION_NOT_ANALYZABLE);
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).contains("nested more than 200 levels deep; the document is not analyzed");
        });
    }
}
