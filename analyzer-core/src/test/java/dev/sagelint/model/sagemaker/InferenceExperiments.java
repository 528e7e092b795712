package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;

/**
 * Test data: inference experiments, with CloudFormation property paths. A new field of {@link InferenceExperiment}
 * gets its starting value here, once.
 */
public final class InferenceExperiments {
    private InferenceExperiments() {}

    /** An experiment without keys and without data capture. */
    public static Builder unset(ResourceId id) {
        Span decl = id.declaration();
        return new Builder(id)
                .withKmsKey(Prop.absent("KmsKey", null, decl))
                .withDataStorage(Prop.absent("DataStorageConfig", false, decl))
                .withDataStorageKmsKey(Prop.absent("DataStorageConfig.KmsKey", null, decl));
    }

    /** An inference experiment under construction. */
    public static final class Builder {
        private final ResourceId id;
        private Prop<String> kmsKey;
        private Prop<Boolean> dataStorage;
        private Prop<String> dataStorageKmsKey;

        private Builder(ResourceId id) {
            this.id = id;
        }

        public Builder withKmsKey(Prop<String> value) {
            kmsKey = value;
            return this;
        }

        public Builder withDataStorage(Prop<Boolean> value) {
            dataStorage = value;
            return this;
        }

        public Builder withDataStorageKmsKey(Prop<String> value) {
            dataStorageKmsKey = value;
            return this;
        }

        public InferenceExperiment build() {
            return new InferenceExperiment(id, kmsKey, dataStorage, dataStorageKmsKey);
        }
    }
}
