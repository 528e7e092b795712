package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.FeatureGroup;
import java.util.Optional;

/**
 * {@code aws_sagemaker_feature_group} and {@code awscc_sagemaker_feature_group}.
 */
final class FeatureGroupAdapter {
    private FeatureGroupAdapter() {}

    static FeatureGroup adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        Optional<View> root = Optional.of(r.body());
        Optional<View> offline = Attrs.first(r.body(), "offline_store_config");
        Optional<View> online = Attrs.first(r.body(), "online_store_config");
        return new FeatureGroup(
                r.id(),
                a.present(root, "offline_store_config", "offline_store_config"),
                a.string(
                        offline.flatMap(o -> Attrs.first(o, "s3_storage_config")),
                        "kms_key_id",
                        "offline_store_config.s3_storage_config.kms_key_id",
                        null),
                a.bool(
                        online,
                        "enable_online_store",
                        "online_store_config.enable_online_store",
                        FeatureGroup.DEFAULT_ONLINE_STORE_ENABLED),
                a.string(
                        online,
                        "storage_type",
                        "online_store_config.storage_type",
                        FeatureGroup.DEFAULT_ONLINE_STORAGE_TYPE),
                a.string(
                        online.flatMap(o -> Attrs.first(o, "security_config")),
                        "kms_key_id",
                        "online_store_config.security_config.kms_key_id",
                        null),
                a.tags(root, "tags", "tags"));
    }
}
