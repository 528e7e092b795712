package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * Test data: the resource types with a single property (images, app image configurations, domains), with
 * CloudFormation property paths. When one of them gains a field, its starting value goes here, once.
 */
public final class SmallResources {
    private SmallResources() {}

    /** An image with the given tags. */
    public static Image image(ResourceId id, Prop<Map<String, String>> tags) {
        return new Image(id, tags);
    }

    /** An image without tags. */
    public static Image untaggedImage(ResourceId id) {
        return image(id, Prop.absent("Tags", null, id.declaration()));
    }

    /** An app image configuration with the given tags. */
    public static AppImageConfig appImageConfig(ResourceId id, Prop<Map<String, String>> tags) {
        return new AppImageConfig(id, tags);
    }

    /** A domain with the given network access type. */
    public static Domain domain(ResourceId id, Prop<String> appNetworkAccessType) {
        return new Domain(
                id,
                appNetworkAccessType,
                Prop.absent("KmsKeyId", null, id.declaration()),
                Prop.absent("Tags", null, id.declaration()));
    }

    /** A domain that does not write its network access type, so the AWS default applies. */
    public static Domain defaultDomain(ResourceId id) {
        return domain(
                id, Prop.absent("AppNetworkAccessType", Domain.DEFAULT_APP_NETWORK_ACCESS_TYPE, id.declaration()));
    }
}
