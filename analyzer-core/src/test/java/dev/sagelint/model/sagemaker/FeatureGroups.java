package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.Map;

/**
 * Test data: feature groups, with CloudFormation property paths. A new field of {@link FeatureGroup} gets its
 * starting value here, once.
 */
public final class FeatureGroups {
    private FeatureGroups() {}

    /** A feature group without stores: every property absent, with its AWS default where there is one. */
    public static Builder unset(ResourceId id) {
        Span decl = id.declaration();
        return new Builder(id)
                .withOfflineStore(Prop.absent("OfflineStoreConfig", false, decl))
                .withOfflineKmsKeyId(Prop.absent("OfflineStoreConfig.S3StorageConfig.KmsKeyId", null, decl))
                .withOnlineStoreEnabled(Prop.absent(
                        "OnlineStoreConfig.EnableOnlineStore", FeatureGroup.DEFAULT_ONLINE_STORE_ENABLED, decl))
                .withOnlineStorageType(
                        Prop.absent("OnlineStoreConfig.StorageType", FeatureGroup.DEFAULT_ONLINE_STORAGE_TYPE, decl))
                .withOnlineKmsKeyId(Prop.absent("OnlineStoreConfig.SecurityConfig.KmsKeyId", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /** A feature group under construction. */
    public static final class Builder {
        private final ResourceId id;
        private Prop<Boolean> offlineStore;
        private Prop<String> offlineKmsKeyId;
        private Prop<Boolean> onlineStoreEnabled;
        private Prop<String> onlineStorageType;
        private Prop<String> onlineKmsKeyId;
        private Prop<Map<String, String>> tags;

        private Builder(ResourceId id) {
            this.id = id;
        }

        public Builder withOfflineStore(Prop<Boolean> value) {
            offlineStore = value;
            return this;
        }

        public Builder withOfflineKmsKeyId(Prop<String> value) {
            offlineKmsKeyId = value;
            return this;
        }

        public Builder withOnlineStoreEnabled(Prop<Boolean> value) {
            onlineStoreEnabled = value;
            return this;
        }

        public Builder withOnlineStorageType(Prop<String> value) {
            onlineStorageType = value;
            return this;
        }

        public Builder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public Builder withOnlineKmsKeyId(Prop<String> value) {
            onlineKmsKeyId = value;
            return this;
        }

        public FeatureGroup build() {
            return new FeatureGroup(
                    id, offlineStore, offlineKmsKeyId, onlineStoreEnabled, onlineStorageType, onlineKmsKeyId, tags);
        }
    }
}
