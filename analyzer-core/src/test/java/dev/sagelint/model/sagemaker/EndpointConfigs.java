package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test data: endpoint configurations and their production variants, with CloudFormation property paths. A new
 * field of {@link EndpointConfig} or {@link ProductionVariant} gets its starting value here, once.
 */
public final class EndpointConfigs {
    private EndpointConfigs() {}

    /** An endpoint configuration without key and without variants. */
    public static Builder unset(ResourceId id) {
        Span decl = id.declaration();
        return new Builder(id)
                .withKmsKeyId(Prop.absent("KmsKeyId", null, decl))
                .withDataCapture(Prop.absent("DataCaptureConfig", false, decl))
                .withCaptureEnabled(
                        Prop.absent("DataCaptureConfig.EnableCapture", EndpointConfig.DEFAULT_ENABLE_CAPTURE, decl))
                .withCaptureKmsKeyId(Prop.absent("DataCaptureConfig.KmsKeyId", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /**
     * The variant at {@code index}, declared at {@code span}, whose properties are absent, pointing at
     * {@code absentAt}: an instance-based variant without a count.
     */
    public static VariantBuilder variant(int index, Span span, Span absentAt) {
        String prefix = "ProductionVariants[" + index + "].";
        return new VariantBuilder(span)
                .withName(Prop.absent(prefix + "VariantName", null, absentAt))
                .withModelName(Prop.absent(prefix + "ModelName", null, absentAt))
                .withInitialInstanceCount(Prop.absent(prefix + "InitialInstanceCount", null, absentAt))
                .withServerless(Prop.absent(prefix + "ServerlessConfig", false, absentAt))
                .withInstanceType(Prop.absent(prefix + "InstanceType", null, absentAt));
    }

    /** An endpoint configuration under construction. */
    public static final class Builder {
        private final ResourceId id;
        private Prop<String> kmsKeyId;
        private Prop<Boolean> dataCapture;
        private Prop<Boolean> captureEnabled;
        private Prop<String> captureKmsKeyId;
        private Prop<Map<String, String>> tags;
        private final List<ProductionVariant> variants = new ArrayList<>();

        private Builder(ResourceId id) {
            this.id = id;
        }

        public Builder withKmsKeyId(Prop<String> value) {
            kmsKeyId = value;
            return this;
        }

        /** Adds a production variant. */
        public Builder withVariant(ProductionVariant value) {
            variants.add(value);
            return this;
        }

        public Builder withDataCapture(Prop<Boolean> value) {
            dataCapture = value;
            return this;
        }

        public Builder withCaptureEnabled(Prop<Boolean> value) {
            captureEnabled = value;
            return this;
        }

        public Builder withCaptureKmsKeyId(Prop<String> value) {
            captureKmsKeyId = value;
            return this;
        }

        public Builder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public EndpointConfig build() {
            return new EndpointConfig(id, kmsKeyId, variants, dataCapture, captureEnabled, captureKmsKeyId, tags);
        }
    }

    /** A production variant under construction. */
    public static final class VariantBuilder {
        private final Span span;
        private Prop<String> name;
        private Prop<String> modelName;
        private Prop<Integer> initialInstanceCount;
        private Prop<Boolean> serverless;
        private Optional<Model> model = Optional.empty();
        private Prop<String> instanceType;

        private VariantBuilder(Span span) {
            this.span = span;
        }

        public VariantBuilder withName(Prop<String> value) {
            name = value;
            return this;
        }

        public VariantBuilder withModelName(Prop<String> value) {
            modelName = value;
            return this;
        }

        public VariantBuilder withInitialInstanceCount(Prop<Integer> value) {
            initialInstanceCount = value;
            return this;
        }

        public VariantBuilder withServerless(Prop<Boolean> value) {
            serverless = value;
            return this;
        }

        public VariantBuilder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        /** The model the variant serves, as the front-end resolved it. */
        public VariantBuilder withModel(Model value) {
            model = Optional.of(value);
            return this;
        }

        public ProductionVariant build() {
            return new ProductionVariant(span, name, modelName, initialInstanceCount, serverless, model, instanceType);
        }
    }
}
