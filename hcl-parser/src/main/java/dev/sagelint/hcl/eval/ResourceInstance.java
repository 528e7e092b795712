package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.read.Block;
import dev.sagelint.model.Span;

/**
 * One instance of a {@code resource} block after {@code count}/{@code for_each} expansion.
 *
 * @param type        the resource type ({@code aws_sagemaker_model})
 * @param name        the block's name label
 * @param address     the full address ({@code module.ml.aws_sagemaker_model.this["a"]})
 * @param modulePath  the module instance it belongs to ({@code module.ml}), empty for the root module
 * @param block       the block as written
 * @param body        its body, evaluated in the instance's scope
 */
public record ResourceInstance(String type, String name, String address, String modulePath, Block block, View body) {

    /** The span of the {@code resource "type" "name"} header. */
    public Span header() {
        return block.header();
    }
}
