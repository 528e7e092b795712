package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.model.sagemaker.Image;

/**
 * {@code aws_sagemaker_app_image_config} and {@code aws_sagemaker_image} ({@code tags} is a map) and their awscc
 * forms ({@code tags} is a list of {@code { key, value }}). The aws forms inherit the {@code default_tags} of
 * their provider configuration, as a plan's {@code tags_all} shows them.
 */
final class TaggedAdapter {
    private TaggedAdapter() {}

    static AppImageConfig appImageConfig(ResourceInstance r) {
        return new AppImageConfig(r.id(), new Attrs(r).tagsWithProviderDefaults());
    }

    static Image image(ResourceInstance r) {
        return new Image(r.id(), new Attrs(r).tagsWithProviderDefaults());
    }
}
