package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.model.sagemaker.Domain;
import java.util.Optional;

/**
 * {@code aws_sagemaker_domain} and {@code awscc_sagemaker_domain}.
 */
final class DomainAdapter {
    private DomainAdapter() {}

    static Domain adapt(ResourceInstance r) {
        return new Domain(
                r.id(),
                new Attrs(r)
                        .string(
                                Optional.of(r.body()),
                                "app_network_access_type",
                                "app_network_access_type",
                                Domain.DEFAULT_APP_NETWORK_ACCESS_TYPE),
                new Attrs(r).string(Optional.of(r.body()), "kms_key_id", "kms_key_id", null),
                new Attrs(r).tags(Optional.of(r.body()), "tags", "tags"),
                new Attrs(r).string(Optional.of(r.body()), "auth_mode", "auth_mode", null),
                new Attrs(r).stringList(Optional.of(r.body()), "subnet_ids", "subnet_ids"),
                new Attrs(r).string(Optional.of(r.body()), "vpc_id", "vpc_id", null),
                new Attrs(r)
                        .stringList(
                                Attrs.first(r.body(), "default_user_settings"),
                                "security_groups",
                                "default_user_settings.security_groups"),
                new Attrs(r)
                        .string(
                                Attrs.first(r.body(), "default_user_settings"),
                                "execution_role",
                                "default_user_settings.execution_role",
                                null));
    }
}
