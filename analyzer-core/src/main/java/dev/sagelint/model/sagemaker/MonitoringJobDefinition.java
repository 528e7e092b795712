package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A model monitoring job definition: data quality, model quality, model bias or model explainability
 * ({@code AWS::SageMaker::DataQualityJobDefinition} and its three siblings).
 *
 * @param kind           which of the four
 * @param name           {@code JobDefinitionName}, which a monitoring schedule uses to name it
 * @param network        {@code NetworkConfig}
 * @param instanceCount  {@code JobResources.ClusterConfig.InstanceCount}; CloudFormation default 1
 */
public record MonitoringJobDefinition(
        ResourceId id,
        MonitoringKind kind,
        Prop<String> name,
        NetworkConfig network,
        Prop<Integer> instanceCount) implements SageMakerResource {
}
