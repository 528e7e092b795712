package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.InferenceExperiment;

/** {@code AWS::SageMaker::InferenceExperiment}: the keys of the hosting volume and of captured data. */
final class InferenceExperimentAdapter {

    private InferenceExperimentAdapter() {}

    static InferenceExperiment adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new InferenceExperiment(
                resource.id(),
                p.string("KmsKey"),
                p.present("DataStorageConfig"),
                p.string("DataStorageConfig.KmsKey"));
    }
}
