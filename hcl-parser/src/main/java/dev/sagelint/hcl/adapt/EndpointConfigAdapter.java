package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.ProductionVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_sagemaker_endpoint_configuration} ({@code kms_key_arn}) and {@code awscc_sagemaker_endpoint_config}
 * ({@code kms_key_id}), with their {@code production_variants}. A variant's {@code initial_instance_count} has no
 * default (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration).
 * The aws form's {@code tags} take in the {@code default_tags} of its provider configuration.
 */
final class EndpointConfigAdapter {
    private EndpointConfigAdapter() {}

    static EndpointConfig adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        View root = r.body();
        String kms = r.type().startsWith("awscc_") ? "kms_key_id" : "kms_key_arn";
        List<ProductionVariant> variants = new ArrayList<>();
        List<View> views = root.blocks("production_variants");
        for (int i = 0; i < views.size(); i++) {
            View v = views.get(i);
            String path = "production_variants[" + i + "]";
            variants.add(new ProductionVariant(
                    v.span(),
                    a.string(Optional.of(v), "variant_name", path + ".variant_name", null),
                    a.string(Optional.of(v), "model_name", path + ".model_name", null),
                    a.integer(Optional.of(v), "initial_instance_count", path + ".initial_instance_count", null),
                    a.present(Optional.of(v), "serverless_config", path + ".serverless_config"),
                    Optional.empty(),
                    a.string(Optional.of(v), "instance_type", path + ".instance_type", null)));
        }
        return new EndpointConfig(
                r.id(),
                a.string(Optional.of(root), kms, kms, null),
                variants,
                a.present(Optional.of(root), "data_capture_config", "data_capture_config"),
                a.bool(
                        Attrs.first(root, "data_capture_config"),
                        "enable_capture",
                        "data_capture_config.enable_capture",
                        EndpointConfig.DEFAULT_ENABLE_CAPTURE),
                a.string(
                        Attrs.first(root, "data_capture_config"), "kms_key_id", "data_capture_config.kms_key_id", null),
                a.tagsWithProviderDefaults());
    }
}
