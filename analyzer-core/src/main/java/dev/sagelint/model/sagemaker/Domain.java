package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * A SageMaker Studio domain ({@code AWS::SageMaker::Domain}, {@code aws_sagemaker_domain}).
 *
 * @param appNetworkAccessType {@code PublicInternetOnly} or {@code VpcOnly}; default
 *                             {@link #DEFAULT_APP_NETWORK_ACCESS_TYPE}
 * @param kmsKeyId             the key for the domain's EFS volume ({@code KmsKeyId}); none by default (read for
 *                             policies)
 * @param tags                 {@code Tags} as a map; none by default (read for policies)
 */
public record Domain(
        ResourceId id,
        Prop<String> appNetworkAccessType,
        // Read for custom policies (issue 16).
        Prop<String> kmsKeyId,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {

    /**
     * {@code AppNetworkAccessType} when omitted:
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-domain.html
     */
    public static final String DEFAULT_APP_NETWORK_ACCESS_TYPE = "PublicInternetOnly";
}
