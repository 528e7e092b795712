package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.ProcessingJob;

/**
 * {@code AWS::SageMaker::ProcessingJob}. The cluster's {@code InstanceCount} is required, so it has no default:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingClusterConfig.html
 */
final class ProcessingJobAdapter {

    private ProcessingJobAdapter() {}

    static ProcessingJob adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new ProcessingJob(
                resource.id(),
                NetworkConfigs.read(p),
                p.integer("ProcessingResources.ClusterConfig.InstanceCount", null),
                p.string("ProcessingResources.ClusterConfig.VolumeKmsKeyId"),
                p.present("ProcessingOutputConfig"),
                p.string("ProcessingOutputConfig.KmsKeyId"),
                p.string("RoleArn"),
                p.string("ProcessingResources.ClusterConfig.InstanceType"),
                p.tags("Tags"));
    }
}
