package dev.sagelint.model.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The starting points of the test data builders mean what their names say: a resource that writes nothing fails
 * exactly the controls whose AWS default is insecure, and a secure one fails none.
 */
class TestDataTest {

    private static final Span DECL = Span.at(Path.of("/t.yaml"), 2, 3);

    private static ResourceId id(String type) {
        return ResourceId.of("R", type, DECL);
    }

    static Stream<Arguments> failedRules() {
        return Stream.of(
                Arguments.of(
                        "unset notebook",
                        Notebooks.unset(id("AWS::SageMaker::NotebookInstance")).build(),
                        List.of("SageMaker.1", "SageMaker.2", "SageMaker.3", "SageMaker.21", "NotebookImdsV2")),
                Arguments.of(
                        "secure notebook",
                        Notebooks.secure(id("AWS::SageMaker::NotebookInstance")).build(),
                        List.of()),
                Arguments.of(
                        "unset model",
                        Models.unset(id("AWS::SageMaker::Model")).build(),
                        List.of("SageMaker.5", "ModelInVpc")),
                Arguments.of(
                        "unset data quality definition",
                        Monitoring.definition(
                                        id("AWS::SageMaker::DataQualityJobDefinition"), MonitoringKind.DATA_QUALITY)
                                .build(),
                        List.of("SageMaker.11", "JobOutputKms", "JobVolumeKms")),
                Arguments.of(
                        "unset schedule",
                        Monitoring.schedule(id("AWS::SageMaker::MonitoringSchedule"))
                                .build(),
                        List.of()),
                Arguments.of(
                        "schedule embedding an unset job",
                        Monitoring.schedule(id("AWS::SageMaker::MonitoringSchedule"))
                                .withEmbeddedJob(
                                        Monitoring.embeddedJob(DECL, DECL).build())
                                .build(),
                        List.of("SageMaker.14", "SageMaker.22")),
                Arguments.of(
                        "unset domain",
                        SmallResources.defaultDomain(id("AWS::SageMaker::Domain")),
                        List.of("DomainKms", "DomainSsoAuth", "DomainTagged", "DomainVpcOnly")),
                Arguments.of(
                        "unset feature group",
                        FeatureGroups.unset(id("AWS::SageMaker::FeatureGroup")).build(),
                        List.of("FeatureGroupTagged")),
                Arguments.of(
                        "unset inference experiment",
                        InferenceExperiments.unset(id("AWS::SageMaker::InferenceExperiment"))
                                .build(),
                        List.of("SageMaker.23")),
                Arguments.of(
                        "two-instance training job",
                        Jobs.training(id("AWS::SageMaker::TrainingJob"))
                                .withInstanceCount(Prop.known("ResourceConfig.InstanceCount", 2, DECL))
                                .build(),
                        List.of(
                                "DistributedJobTrafficEncryption",
                                "JobInVpc",
                                "JobNetworkIsolation",
                                "JobOutputKms",
                                "JobVolumeKms")),
                Arguments.of(
                        "unset transform job",
                        Jobs.transform(id("AWS::StepFunctions::StateMachine")).build(),
                        List.of("JobVolumeKms")),
                Arguments.of(
                        "transform job with a volume key",
                        Jobs.transform(id("AWS::StepFunctions::StateMachine"))
                                .withVolumeKmsKeyId(Prop.known(
                                        "TransformResources.VolumeKmsKeyId",
                                        "arn:aws:kms:eu-west-1:111122223333:key/1",
                                        DECL))
                                .build(),
                        List.of()),
                Arguments.of(
                        "flow definition without an output key",
                        SmallResources.flowDefinition(id("aws_sagemaker_flow_definition")),
                        List.of("FlowDefinitionKms")),
                Arguments.of(
                        "flow definition with an output key",
                        SmallResources.flowDefinition(
                                id("aws_sagemaker_flow_definition"),
                                Prop.known("OutputConfig.KmsKeyId", "arn:aws:kms:eu-west-1:111122223333:key/1", DECL)),
                        List.of()),
                Arguments.of(
                        "endpoint config with one single-instance variant",
                        EndpointConfigs.unset(id("AWS::SageMaker::EndpointConfig"))
                                .withVariant(EndpointConfigs.variant(0, DECL, DECL)
                                        .withInitialInstanceCount(
                                                Prop.known("ProductionVariants[0].InitialInstanceCount", 1, DECL))
                                        .build())
                                .build(),
                        List.of("SageMaker.4", "EndpointConfigKms")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void failedRules(String name, SageMakerResource resource, List<String> expected) {
        List<String> failed = Rules.all().stream()
                .flatMap(r -> check(r, resource).stream())
                .map(f -> f.rule().id())
                .toList();

        assertThat(failed).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<Finding> check(Rule rule, SageMakerResource resource) {
        return rule.check(resource, RuleContext.defaults());
    }
}
