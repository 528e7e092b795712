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
                new Attrs(r).tags(Optional.of(r.body()), "tags", "tags"));
    }
}
