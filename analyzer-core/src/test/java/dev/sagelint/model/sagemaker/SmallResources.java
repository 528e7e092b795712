package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.Map;

/**
 * Test data: the resource types with a single property (images, app image configurations, domains, flow
 * definitions), with CloudFormation property paths (the SageMaker API's where CloudFormation has no type). When one of them gains a field, its starting value goes here, once.
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

    /** A flow definition with the given output key. */
    public static FlowDefinition flowDefinition(ResourceId id, Prop<String> outputKmsKeyId) {
        return new FlowDefinition(id, outputKmsKeyId);
    }

    /** A flow definition without an output key. */
    public static FlowDefinition flowDefinition(ResourceId id) {
        return flowDefinition(id, Prop.absent("OutputConfig.KmsKeyId", null, id.declaration()));
    }

    /** An app image configuration with the given tags. */
    public static AppImageConfig appImageConfig(ResourceId id, Prop<Map<String, String>> tags) {
        return new AppImageConfig(id, tags);
    }

    /** A domain with the given network access type and no KMS key. */
    public static Domain domain(ResourceId id, Prop<String> appNetworkAccessType) {
        return domain(id, appNetworkAccessType, Prop.absent("KmsKeyId", null, id.declaration()));
    }

    /** A domain with the given network access type and KMS key, without tags. */
    public static Domain domain(ResourceId id, Prop<String> appNetworkAccessType, Prop<String> kmsKeyId) {
        return domain(id, appNetworkAccessType, kmsKeyId, Prop.absent("Tags", null, id.declaration()));
    }

    /** A domain with these fields given, and without auth mode, network or default user settings. */
    public static Domain domain(
            ResourceId id, Prop<String> appNetworkAccessType, Prop<String> kmsKeyId, Prop<Map<String, String>> tags) {
        Span decl = id.declaration();
        return new Domain(
                id,
                appNetworkAccessType,
                kmsKeyId,
                tags,
                Prop.absent("AuthMode", null, decl),
                Prop.absent("SubnetIds", null, decl),
                Prop.absent("VpcId", null, decl),
                Prop.absent("DefaultUserSettings.SecurityGroups", null, decl),
                Prop.absent("DefaultUserSettings.ExecutionRole", null, decl));
    }

    /** A domain that does not write its network access type, so the AWS default applies. */
    public static Domain defaultDomain(ResourceId id) {
        return domain(
                id, Prop.absent("AppNetworkAccessType", Domain.DEFAULT_APP_NETWORK_ACCESS_TYPE, id.declaration()));
    }
}
