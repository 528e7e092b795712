package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.TrainingJob;

/**
 * {@code AWS::SageMaker::TrainingJob}. {@code InstanceCount} is required, so it has no default:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
 */
final class TrainingJobAdapter {

    private TrainingJobAdapter() {}

    static TrainingJob adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new TrainingJob(
                resource.id(),
                p.bool("EnableInterContainerTrafficEncryption", TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                p.bool("EnableNetworkIsolation", TrainingJob.DEFAULT_NETWORK_ISOLATION),
                p.integer("ResourceConfig.InstanceCount", null),
                p.strings("VpcConfig.Subnets"),
                p.string("ResourceConfig.VolumeKmsKeyId"),
                p.string("OutputDataConfig.KmsKeyId"),
                p.string("RoleArn"),
                p.string("ResourceConfig.InstanceType"),
                p.tags("Tags"));
    }
}
