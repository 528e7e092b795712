package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;
import java.util.Map;

/**
 * A notebook instance ({@code AWS::SageMaker::NotebookInstance}, {@code aws_sagemaker_notebook_instance}).
 *
 * @param directInternetAccess {@code Enabled} or {@code Disabled}; default {@link #DEFAULT_DIRECT_INTERNET_ACCESS}
 * @param subnetId             the subnet that places the instance in a customer VPC; no default
 * @param securityGroupIds     security groups of the VPC interface; no default
 * @param rootAccess           {@code Enabled} or {@code Disabled}; default {@link #DEFAULT_ROOT_ACCESS}
 * @param platformIdentifier   e.g. {@code notebook-al2023-v1}; assigned by SageMaker when absent
 * @param kmsKeyId             customer managed key for the ML storage volume; none by default
 * @param minimumImdsVersion   {@code InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion},
 *                             default {@link #DEFAULT_MINIMUM_IMDS_VERSION}
 * @param instanceType         {@code InstanceType}, e.g. {@code ml.t3.medium}; required by AWS (read for policies)
 * @param roleArn              the execution role ({@code RoleArn}); required by AWS (read for policies)
 * @param volumeSizeInGb       {@code VolumeSizeInGB}; default {@link #DEFAULT_VOLUME_SIZE_IN_GB} (read for policies)
 * @param tags                 {@code Tags} as a map; none by default (read for policies)
 * @param lifecycleConfigName  {@code LifecycleConfigName}, the lifecycle configuration whose scripts run when the
 *                             instance is created or started; none by default (read for policies)
 * @param defaultCodeRepository {@code DefaultCodeRepository}, a Git repository URL or a code repository name; none
 *                             by default (read for policies)
 * @param additionalCodeRepositories {@code AdditionalCodeRepositories}; none by default (read for policies)
 */
public record NotebookInstance(
        ResourceId id,
        Prop<String> directInternetAccess,
        Prop<String> subnetId,
        Prop<List<String>> securityGroupIds,
        Prop<String> rootAccess,
        Prop<String> platformIdentifier,
        Prop<String> kmsKeyId,
        Prop<String> minimumImdsVersion,
        // Read for custom policies (issue 16).
        Prop<String> instanceType,
        Prop<String> roleArn,
        Prop<Integer> volumeSizeInGb,
        Prop<Map<String, String>> tags,
        Prop<String> lifecycleConfigName,
        Prop<String> defaultCodeRepository,
        Prop<List<String>> additionalCodeRepositories)
        implements SageMakerResource {

    /**
     * {@code DirectInternetAccess} when omitted:
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
     */
    public static final String DEFAULT_DIRECT_INTERNET_ACCESS = "Enabled";

    /**
     * {@code RootAccess} when omitted:
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
     */
    public static final String DEFAULT_ROOT_ACCESS = "Enabled";

    /**
     * {@code MinimumInstanceMetadataServiceVersion} when omitted, which leaves IMDSv1 allowed:
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html
     */
    public static final String DEFAULT_MINIMUM_IMDS_VERSION = "1";

    /**
     * {@code VolumeSizeInGB} when omitted, in GB:
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
     */
    public static final int DEFAULT_VOLUME_SIZE_IN_GB = 5;
}
