package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_sagemaker_model} ({@code primary_container} and {@code container} blocks) and
 * {@code awscc_sagemaker_model} ({@code primary_container} and {@code containers} attributes). The aws form's
 * {@code tags} take in the {@code default_tags} of its provider configuration.
 */
final class ModelAdapter {
    private ModelAdapter() {}

    static Model adapt(ResourceInstance r) {
        Attrs a = new Attrs(r);
        View root = r.body();
        Optional<ContainerDefinition> primary =
                Attrs.first(root, "primary_container").map(c -> container(a, c, "primary_container"));
        String listName = r.type().startsWith("awscc_") ? "containers" : "container";
        List<ContainerDefinition> containers = new ArrayList<>();
        List<View> views = root.blocks(listName);
        for (int i = 0; i < views.size(); i++) {
            containers.add(container(a, views.get(i), listName + "[" + i + "]"));
        }
        return new Model(
                r.id(),
                a.bool(
                        Optional.of(root),
                        "enable_network_isolation",
                        "enable_network_isolation",
                        Model.DEFAULT_ENABLE_NETWORK_ISOLATION),
                primary,
                containers,
                a.stringList(Attrs.first(root, "vpc_config"), "subnets", "vpc_config.subnets"),
                a.string(Optional.of(root), "execution_role_arn", "execution_role_arn", null),
                a.stringList(Attrs.first(root, "vpc_config"), "security_group_ids", "vpc_config.security_group_ids"),
                a.tagsWithProviderDefaults());
    }

    private static ContainerDefinition container(Attrs a, View c, String path) {
        return new ContainerDefinition(
                c.span(),
                a.string(Optional.of(c), "image", path + ".image", null),
                a.string(
                        Attrs.first(c, "image_config"),
                        "repository_access_mode",
                        path + ".image_config.repository_access_mode",
                        null));
    }
}
