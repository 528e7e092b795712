package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.Image;

/** {@code AWS::SageMaker::Image}: only its {@code Tags} matter to the controls. */
final class ImageAdapter {

    private ImageAdapter() {}

    static Image adapt(CfnResource resource) {
        return new Image(resource.id(), resource.scope().tags("Tags"));
    }
}
