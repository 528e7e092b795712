package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.TrainingJob;

/**
 * {@code AWS::SageMaker::TrainingJob}. Both network flags default to {@code false}; {@code InstanceCount} is
 * required: https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
 */
final class TrainingJobAdapter {

    private TrainingJobAdapter() {
    }

    static TrainingJob adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new TrainingJob(
                resource.id(),
                p.bool("EnableInterContainerTrafficEncryption", false),
                p.bool("EnableNetworkIsolation", false),
                p.integer("ResourceConfig.InstanceCount", null),
                p.strings("VpcConfig.Subnets"));
    }
}
