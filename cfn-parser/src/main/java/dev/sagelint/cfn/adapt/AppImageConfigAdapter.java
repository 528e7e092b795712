package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.AppImageConfig;

/** {@code AWS::SageMaker::AppImageConfig}: only its {@code Tags} matter to the controls. */
final class AppImageConfigAdapter {

    private AppImageConfigAdapter() {}

    static AppImageConfig adapt(CfnResource resource) {
        return new AppImageConfig(resource.id(), resource.scope().tags("Tags"));
    }
}
