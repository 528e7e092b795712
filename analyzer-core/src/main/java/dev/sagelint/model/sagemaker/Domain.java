package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;
import java.util.Map;

/**
 * A SageMaker Studio domain ({@code AWS::SageMaker::Domain}, {@code aws_sagemaker_domain}).
 *
 * @param appNetworkAccessType {@code PublicInternetOnly} or {@code VpcOnly}; default
 *                             {@link #DEFAULT_APP_NETWORK_ACCESS_TYPE}
 * @param kmsKeyId             {@code KmsKeyId}, the key of the domain's EFS volume; none by default, and then
 *                             SageMaker encrypts it with an AWS managed key
 * @param tags                 {@code Tags}; none by default
 * @param authMode             {@code AuthMode}, {@code IAM} or {@code SSO}; required, so it has no default
 * @param subnetIds            {@code SubnetIds}, the VPC subnets Studio uses (read for policies)
 * @param vpcId                {@code VpcId}, the VPC Studio uses (read for policies)
 * @param securityGroups       {@code DefaultUserSettings.SecurityGroups}, the security groups of the domain's user
 *                             profiles by default; none by default (read for policies)
 * @param executionRole        {@code DefaultUserSettings.ExecutionRole}, the role user profiles run as by default
 *                             (read for policies)
 */
public record Domain(
        ResourceId id,
        Prop<String> appNetworkAccessType,
        Prop<String> kmsKeyId,
        Prop<Map<String, String>> tags,
        Prop<String> authMode,
        Prop<List<String>> subnetIds,
        Prop<String> vpcId,
        Prop<List<String>> securityGroups,
        Prop<String> executionRole)
        implements SageMakerResource {

    /**
     * {@code AppNetworkAccessType} when omitted:
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-domain.html
     */
    public static final String DEFAULT_APP_NETWORK_ACCESS_TYPE = "PublicInternetOnly";
}
