package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.Domain;

/**
 * {@code AWS::SageMaker::Domain}. {@code AppNetworkAccessType} defaults to {@code PublicInternetOnly}:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-domain.html
 */
final class DomainAdapter {

    private DomainAdapter() {
    }

    static Domain adapt(CfnResource resource) {
        return new Domain(resource.id(), resource.scope().string("AppNetworkAccessType", "PublicInternetOnly"));
    }
}
