package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A SageMaker Studio domain ({@code AWS::SageMaker::Domain}, {@code aws_sagemaker_domain}).
 *
 * @param appNetworkAccessType {@code PublicInternetOnly} or {@code VpcOnly}; default
 *                             {@link #DEFAULT_APP_NETWORK_ACCESS_TYPE}
 */
public record Domain(ResourceId id, Prop<String> appNetworkAccessType) implements SageMakerResource {

    /**
     * {@code AppNetworkAccessType} when omitted:
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-domain.html
     */
    public static final String DEFAULT_APP_NETWORK_ACCESS_TYPE = "PublicInternetOnly";
}
