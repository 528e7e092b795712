package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;

/**
 * The four monitoring job definitions ({@code AWS::SageMaker::DataQualityJobDefinition},
 * {@code ModelQualityJobDefinition}, {@code ModelBiasJobDefinition}, {@code ModelExplainabilityJobDefinition}),
 * which share one shape.
 */
final class MonitoringJobDefinitionAdapter {

    private MonitoringJobDefinitionAdapter() {}

    static MonitoringJobDefinition adapt(CfnResource resource, MonitoringKind kind) {
        Scope p = resource.scope();
        return new MonitoringJobDefinition(
                resource.id(),
                kind,
                p.string("JobDefinitionName"),
                NetworkConfigs.read(p),
                p.integer("JobResources.ClusterConfig.InstanceCount", MonitoringJobDefinition.DEFAULT_INSTANCE_COUNT),
                p.string("JobResources.ClusterConfig.VolumeKmsKeyId"),
                p.string(kind.outputConfig() + ".KmsKeyId"),
                p.string("RoleArn"),
                p.string("JobResources.ClusterConfig.InstanceType"),
                p.tags("Tags"));
    }
}
