package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.model.sagemaker.FlowDefinition;

/**
 * {@code aws_sagemaker_flow_definition}: the {@code kms_key_id} of its {@code output_config} block.
 */
final class FlowDefinitionAdapter {
    private FlowDefinitionAdapter() {}

    static FlowDefinition adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        return new FlowDefinition(
                r.id(),
                a.string(Attrs.first(r.body(), "output_config"), "kms_key_id", "output_config.kms_key_id", null));
    }
}
