package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import java.util.Optional;

/** {@code awscc_sagemaker_inference_experiment}; hashicorp/aws has no inference experiment resource. */
final class InferenceExperimentAdapter {
    private InferenceExperimentAdapter() {}

    static InferenceExperiment adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        Optional<View> root = Optional.of(r.body());
        return new InferenceExperiment(
                r.id(),
                a.string(root, "kms_key", "kms_key", null),
                a.present(root, "data_storage_config", "data_storage_config"),
                a.string(Attrs.first(r.body(), "data_storage_config"), "kms_key", "data_storage_config.kms_key", null));
    }
}
