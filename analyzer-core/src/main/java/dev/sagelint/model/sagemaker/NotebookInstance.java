package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;

/**
 * A notebook instance ({@code AWS::SageMaker::NotebookInstance}, {@code aws_sagemaker_notebook_instance}).
 * Defaults: https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
 *
 * @param directInternetAccess {@code Enabled} or {@code Disabled}; AWS default {@code Enabled}
 * @param subnetId             the subnet that places the instance in a customer VPC; no default
 * @param securityGroupIds     security groups of the VPC interface; no default
 * @param rootAccess           {@code Enabled} or {@code Disabled}; AWS default {@code Enabled}
 * @param platformIdentifier   e.g. {@code notebook-al2023-v1}; assigned by SageMaker when absent
 * @param kmsKeyId             customer managed key for the ML storage volume; none by default
 * @param minimumImdsVersion   {@code InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion},
 *                             {@code 1} (IMDSv1 allowed) by default
 */
public record NotebookInstance(
        ResourceId id,
        Prop<String> directInternetAccess,
        Prop<String> subnetId,
        Prop<List<String>> securityGroupIds,
        Prop<String> rootAccess,
        Prop<String> platformIdentifier,
        Prop<String> kmsKeyId,
        Prop<String> minimumImdsVersion) implements SageMakerResource {
}
