package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.NotebookInstance;
import java.util.Optional;

/**
 * {@code aws_sagemaker_notebook_instance} and {@code awscc_sagemaker_notebook_instance}. Omitted arguments take
 * the AWS defaults that the model records.
 */
final class NotebookInstanceAdapter {
    private NotebookInstanceAdapter() {}

    static NotebookInstance adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        Optional<View> root = Optional.of(r.body());
        boolean awscc = r.type().startsWith("awscc_");
        String imds = "instance_metadata_service_configuration";
        return new NotebookInstance(
                r.id(),
                a.string(
                        root,
                        "direct_internet_access",
                        "direct_internet_access",
                        NotebookInstance.DEFAULT_DIRECT_INTERNET_ACCESS),
                a.string(root, "subnet_id", "subnet_id", null),
                awscc
                        ? a.stringList(root, "security_group_ids", "security_group_ids")
                        : a.stringList(root, "security_groups", "security_groups"),
                a.string(root, "root_access", "root_access", NotebookInstance.DEFAULT_ROOT_ACCESS),
                a.string(root, "platform_identifier", "platform_identifier", null),
                a.string(root, "kms_key_id", "kms_key_id", null),
                a.string(
                        Attrs.first(r.body(), imds),
                        "minimum_instance_metadata_service_version",
                        imds + ".minimum_instance_metadata_service_version",
                        NotebookInstance.DEFAULT_MINIMUM_IMDS_VERSION),
                a.string(root, "instance_type", "instance_type", null),
                a.string(root, "role_arn", "role_arn", null),
                a.integer(root, "volume_size", "volume_size", NotebookInstance.DEFAULT_VOLUME_SIZE_IN_GB),
                a.tags(root, "tags", "tags"),
                a.string(root, "lifecycle_config_name", "lifecycle_config_name", null),
                a.string(root, "default_code_repository", "default_code_repository", null),
                a.stringList(root, "additional_code_repositories", "additional_code_repositories"));
    }
}
