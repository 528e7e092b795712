package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.List;
import java.util.Map;

/**
 * Test data: notebook instances, with CloudFormation property paths. A test names only the properties it is about;
 * a new field of {@link NotebookInstance} gets its starting value here, once.
 */
public final class Notebooks {
    private static final String IMDS = "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion";

    private Notebooks() {}

    /** A notebook that writes nothing: every property absent with its AWS default, at the declaration. */
    public static Builder unset(ResourceId id) {
        Span decl = id.declaration();
        return new Builder(id)
                .withDirectInternetAccess(
                        Prop.absent("DirectInternetAccess", NotebookInstance.DEFAULT_DIRECT_INTERNET_ACCESS, decl))
                .withSubnetId(Prop.absent("SubnetId", null, decl))
                .withSecurityGroupIds(Prop.absent("SecurityGroupIds", null, decl))
                .withRootAccess(Prop.absent("RootAccess", NotebookInstance.DEFAULT_ROOT_ACCESS, decl))
                .withPlatformIdentifier(Prop.absent("PlatformIdentifier", null, decl))
                .withKmsKeyId(Prop.absent("KmsKeyId", null, decl))
                .withMinimumImdsVersion(Prop.absent(IMDS, NotebookInstance.DEFAULT_MINIMUM_IMDS_VERSION, decl))
                .withInstanceType(Prop.absent("InstanceType", null, decl))
                .withRoleArn(Prop.absent("RoleArn", null, decl))
                .withVolumeSizeInGb(Prop.absent("VolumeSizeInGB", NotebookInstance.DEFAULT_VOLUME_SIZE_IN_GB, decl))
                .withTags(Prop.absent("Tags", null, decl))
                .withLifecycleConfigName(Prop.absent("LifecycleConfigName", null, decl))
                .withDefaultCodeRepository(Prop.absent("DefaultCodeRepository", null, decl))
                .withAdditionalCodeRepositories(Prop.absent("AdditionalCodeRepositories", null, decl));
    }

    /** A notebook that every notebook control passes, each value written at the declaration. */
    public static Builder secure(ResourceId id) {
        Span decl = id.declaration();
        return new Builder(id)
                .withDirectInternetAccess(Prop.known("DirectInternetAccess", "Disabled", decl))
                .withSubnetId(Prop.known("SubnetId", "subnet-1", decl))
                .withSecurityGroupIds(Prop.known("SecurityGroupIds", List.of("sg-1"), decl))
                .withRootAccess(Prop.known("RootAccess", "Disabled", decl))
                .withPlatformIdentifier(Prop.known("PlatformIdentifier", "notebook-al2023-v1", decl))
                .withKmsKeyId(Prop.known("KmsKeyId", "alias/notebooks", decl))
                .withMinimumImdsVersion(Prop.known(IMDS, "2", decl))
                .withInstanceType(Prop.known("InstanceType", "ml.t3.medium", decl))
                .withRoleArn(Prop.known("RoleArn", "arn:aws:iam::111122223333:role/notebook", decl))
                .withVolumeSizeInGb(Prop.known("VolumeSizeInGB", 5, decl))
                .withTags(Prop.known("Tags", Map.of("cost-center", "ml"), decl))
                .withLifecycleConfigName(Prop.absent("LifecycleConfigName", null, decl))
                .withDefaultCodeRepository(Prop.absent("DefaultCodeRepository", null, decl))
                .withAdditionalCodeRepositories(Prop.absent("AdditionalCodeRepositories", null, decl));
    }

    /** A notebook instance under construction. */
    public static final class Builder {
        private final ResourceId id;
        private Prop<String> directInternetAccess;
        private Prop<String> subnetId;
        private Prop<List<String>> securityGroupIds;
        private Prop<String> rootAccess;
        private Prop<String> platformIdentifier;
        private Prop<String> kmsKeyId;
        private Prop<String> minimumImdsVersion;
        private Prop<String> instanceType;
        private Prop<String> roleArn;
        private Prop<Integer> volumeSizeInGb;
        private Prop<Map<String, String>> tags;
        private Prop<String> lifecycleConfigName;
        private Prop<String> defaultCodeRepository;
        private Prop<List<String>> additionalCodeRepositories;

        private Builder(ResourceId id) {
            this.id = id;
        }

        public Builder withDirectInternetAccess(Prop<String> value) {
            directInternetAccess = value;
            return this;
        }

        public Builder withSubnetId(Prop<String> value) {
            subnetId = value;
            return this;
        }

        public Builder withSecurityGroupIds(Prop<List<String>> value) {
            securityGroupIds = value;
            return this;
        }

        public Builder withRootAccess(Prop<String> value) {
            rootAccess = value;
            return this;
        }

        public Builder withPlatformIdentifier(Prop<String> value) {
            platformIdentifier = value;
            return this;
        }

        public Builder withKmsKeyId(Prop<String> value) {
            kmsKeyId = value;
            return this;
        }

        public Builder withMinimumImdsVersion(Prop<String> value) {
            minimumImdsVersion = value;
            return this;
        }

        public Builder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        public Builder withRoleArn(Prop<String> value) {
            roleArn = value;
            return this;
        }

        public Builder withVolumeSizeInGb(Prop<Integer> value) {
            volumeSizeInGb = value;
            return this;
        }

        public Builder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public Builder withLifecycleConfigName(Prop<String> value) {
            lifecycleConfigName = value;
            return this;
        }

        public Builder withDefaultCodeRepository(Prop<String> value) {
            defaultCodeRepository = value;
            return this;
        }

        public Builder withAdditionalCodeRepositories(Prop<List<String>> value) {
            additionalCodeRepositories = value;
            return this;
        }

        public NotebookInstance build() {
            return new NotebookInstance(
                    id,
                    directInternetAccess,
                    subnetId,
                    securityGroupIds,
                    rootAccess,
                    platformIdentifier,
                    kmsKeyId,
                    minimumImdsVersion,
                    instanceType,
                    roleArn,
                    volumeSizeInGb,
                    tags,
                    lifecycleConfigName,
                    defaultCodeRepository,
                    additionalCodeRepositories);
        }
    }
}
