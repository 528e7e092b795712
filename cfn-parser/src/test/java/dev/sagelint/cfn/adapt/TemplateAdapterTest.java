package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static dev.sagelint.cfn.adapt.Adapted.adapt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateAdapterTest {

    @Test
    void sageMakerResourcesComeInDeclarationOrderAndOthersAreSkipped() {
        var resources = adapt(YAML, """
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Condition: IsProd
                  Lifecycle:
                    Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
                  Model:
                    Type: AWS::SageMaker::Model
                  Broken: !Ref Nothing
                  NoType:
                    Properties: {}
                  Custom:
                    Type: Custom::Thing
                """);

        assertThat(resources).extracting(r -> r.id().address()).containsExactly("Notebook", "Model");
        assertThat(resources).extracting(r -> r.id().stack()).containsOnlyNulls();
    }

    @Test
    void everyTypeWithARecordHasAnAdapter() {
        assertThat(TemplateAdapter.supportedTypes())
                .containsExactlyInAnyOrder(
                        "AWS::SageMaker::NotebookInstance",
                        "AWS::SageMaker::Model",
                        "AWS::SageMaker::EndpointConfig",
                        "AWS::SageMaker::DataQualityJobDefinition",
                        "AWS::SageMaker::ModelQualityJobDefinition",
                        "AWS::SageMaker::ModelBiasJobDefinition",
                        "AWS::SageMaker::ModelExplainabilityJobDefinition",
                        "AWS::SageMaker::MonitoringSchedule",
                        "AWS::SageMaker::FeatureGroup",
                        "AWS::SageMaker::AppImageConfig",
                        "AWS::SageMaker::Image",
                        "AWS::SageMaker::InferenceExperiment",
                        "AWS::SageMaker::Domain",
                        "AWS::SageMaker::ProcessingJob",
                        "AWS::SageMaker::TrainingJob");
        // PlannedChange exists only in Terraform plans, flow definitions only in Terraform; transform jobs only
        // inside state machines and pipelines.
        assertThat(SageMakerResource.class.getPermittedSubclasses())
                .filteredOn(c -> !List.of("PlannedChange", "TransformJob", "FlowDefinition")
                        .contains(c.getSimpleName()))
                .hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AWSTemplateFormatVersion: '2010-09-09'\n",
                "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n",
                "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn: {Type: AWS::Serverless::Function}\n"
            })
    void templates(String text) {
        assertThat(TemplateAdapter.isTemplate(root(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "apiVersion: v1\nkind: ConfigMap\ndata:\n  Type: AWS::SageMaker::Model\n",
                "Resources:\n  Thing:\n    Type: Custom::Thing\n",
                "Resources: [a, b]\n",
                "- Type: AWS::SageMaker::Model\n"
            })
    void notTemplates(String text) {
        assertThat(TemplateAdapter.isTemplate(root(text))).isFalse();
    }

    private static CfnNode root(String text) {
        ReadResult read =
                new TemplateReader(ScanContext.Limits.defaults()).read(YAML, text.getBytes(StandardCharsets.UTF_8));
        return read.root().orElseThrow();
    }
}
