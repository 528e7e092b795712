package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import java.util.Optional;

/**
 * {@code aws_sagemaker_data_quality_job_definition} (named by {@code name}) and the four awscc job definitions
 * ({@code awscc_sagemaker_{data_quality,model_quality,model_bias,model_explainability}_job_definition}, named by
 * {@code job_definition_name}); hashicorp/aws has no resource for the other three kinds.
 */
final class MonitoringJobDefinitionAdapter {
    private MonitoringJobDefinitionAdapter() {}

    static MonitoringKind kind(String type) {
        if (type.contains("model_quality")) return MonitoringKind.MODEL_QUALITY;
        if (type.contains("model_bias")) return MonitoringKind.MODEL_BIAS;
        if (type.contains("model_explainability")) return MonitoringKind.MODEL_EXPLAINABILITY;
        return MonitoringKind.DATA_QUALITY;
    }

    static MonitoringJobDefinition adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        Optional<View> root = Optional.of(r.body());
        Prop<String> name = r.body().has("name")
                ? a.string(root, "name", "name", null)
                : a.string(root, "job_definition_name", "job_definition_name", null);
        MonitoringKind kind = kind(r.type());
        String output = snake(kind.outputConfig());
        return new MonitoringJobDefinition(
                r.id(),
                kind,
                name,
                NetworkConfigs.read(a, root, ""),
                a.integer(
                        Attrs.nested(r.body(), "job_resources", "cluster_config"),
                        "instance_count",
                        "job_resources.cluster_config.instance_count",
                        null),
                a.string(
                        Attrs.nested(r.body(), "job_resources", "cluster_config"),
                        "volume_kms_key_id",
                        "job_resources.cluster_config.volume_kms_key_id",
                        null),
                a.string(Attrs.first(r.body(), output), "kms_key_id", output + ".kms_key_id", null),
                a.string(root, "role_arn", "role_arn", null),
                a.string(
                        Attrs.nested(r.body(), "job_resources", "cluster_config"),
                        "instance_type",
                        "job_resources.cluster_config.instance_type",
                        null),
                a.tagsWithProviderDefaults());
    }

    /** {@code DataQualityJobOutputConfig} as Terraform spells it: {@code data_quality_job_output_config}. */
    private static String snake(String pascal) {
        return pascal.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
