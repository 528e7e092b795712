package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.read.Block;
import dev.sagelint.model.ResourceId;
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
 * @param defaultTags the {@code default_tags} of the provider configuration the resource uses, or {@code null}
 *                    when it has none
 * @param symbolic    when the configuration as scanned creates no instance of the resource ({@code count} or
 *                    {@code for_each} is empty or unknown here, or its module is called so), the sentence that says
 *                    so; this instance then stands for the ones a caller may create. {@code null} otherwise
 * @param empty       whether the configuration as scanned is known to create no instance: the {@code count} or
 *                    {@code for_each} of the resource, or of a module call it is under, is zero or empty (not just
 *                    unknown); such an instance is always symbolic
 * @param calledFrom  the call in the root module of the module the resource belongs to, or {@code null} for a
 *                    resource of the root module
 */
public record ResourceInstance(
        String type,
        String name,
        String address,
        String modulePath,
        Block block,
        View body,
        Val defaultTags,
        String symbolic,
        boolean empty,
        Span calledFrom) {

    /** An instance as a plan shows it: no provider defaults to merge, and a real instance. */
    public ResourceInstance(String type, String name, String address, String modulePath, Block block, View body) {
        this(type, name, address, modulePath, block, body, null, null, false, null);
    }

    /** The resource's identity; a symbolic instance carries its sentence as the note of every finding. */
    public ResourceId id() {
        ResourceId id = ResourceId.of(address, type, header());
        if (symbolic != null) id = id.withNote(symbolic);
        return calledFrom == null ? id : id.withCalledFrom(calledFrom);
    }

    /** The span of the {@code resource "type" "name"} header. */
    public Span header() {
        return block.header();
    }
}
