package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.model.sagemaker.Image;
import java.util.Optional;

/**
 * {@code aws_sagemaker_app_image_config} and {@code aws_sagemaker_image} ({@code tags} is a map) and their awscc
 * forms ({@code tags} is a list of {@code { key, value }}). Provider {@code default_tags} only show in a plan's
 * {@code tags_all}, so the source is read as written.
 */
final class TaggedAdapter {
    private TaggedAdapter() {}

    static AppImageConfig appImageConfig(ResourceInstance r) {
        return new AppImageConfig(
                ResourceId.of(r.address(), r.type(), r.header()),
                new Attrs(r).tags(Optional.of(r.body()), "tags", "tags"));
    }

    static Image image(ResourceInstance r) {
        return new Image(
                ResourceId.of(r.address(), r.type(), r.header()),
                new Attrs(r).tags(Optional.of(r.body()), "tags", "tags"));
    }
}
