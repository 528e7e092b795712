package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.NotebookInstance;
import java.util.Optional;

/**
 * {@code aws_sagemaker_notebook_instance} and {@code awscc_sagemaker_notebook_instance}. Defaults
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance):
 * {@code direct_internet_access} and {@code root_access} are {@code Enabled}; IMDSv1 stays allowed ({@code 1})
 * without {@code instance_metadata_service_configuration}.
 */
final class NotebookInstanceAdapter {
    private NotebookInstanceAdapter() {
    }

    static NotebookInstance adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        Optional<View> root = Optional.of(r.body());
        boolean awscc = r.type().startsWith("awscc_");
        String imds = "instance_metadata_service_configuration";
        return new NotebookInstance(
                ResourceId.of(r.address(), r.type(), r.header()),
                a.string(root, "direct_internet_access", "direct_internet_access", "Enabled"),
                a.string(root, "subnet_id", "subnet_id", null),
                awscc ? a.stringList(root, "security_group_ids", "security_group_ids")
                        : a.stringList(root, "security_groups", "security_groups"),
                a.string(root, "root_access", "root_access", "Enabled"),
                a.string(root, "platform_identifier", "platform_identifier", null),
                a.string(root, "kms_key_id", "kms_key_id", null),
                a.string(Attrs.first(r.body(), imds), "minimum_instance_metadata_service_version",
                        imds + ".minimum_instance_metadata_service_version", "1"));
    }
}
