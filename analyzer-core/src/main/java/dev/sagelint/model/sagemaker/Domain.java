package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A SageMaker Studio domain ({@code AWS::SageMaker::Domain}, {@code aws_sagemaker_domain}).
 *
 * @param appNetworkAccessType {@code PublicInternetOnly} (the default) or {@code VpcOnly}
 */
public record Domain(ResourceId id, Prop<String> appNetworkAccessType) implements SageMakerResource {
}
