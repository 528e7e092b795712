package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test data: models and their containers, with CloudFormation property paths. A new field of {@link Model} or
 * {@link ContainerDefinition} gets its starting value here, once.
 */
public final class Models {
    private Models() {}

    /** A model that writes nothing: network isolation absent with its AWS default, no container, no VPC. */
    public static Builder unset(ResourceId id) {
        Span decl = id.declaration();
        return new Builder(id)
                .withEnableNetworkIsolation(
                        Prop.absent("EnableNetworkIsolation", Model.DEFAULT_ENABLE_NETWORK_ISOLATION, decl))
                .withVpcSubnets(Prop.absent("VpcConfig.Subnets", null, decl))
                .withExecutionRoleArn(Prop.absent("ExecutionRoleArn", null, decl))
                .withVpcSecurityGroupIds(Prop.absent("VpcConfig.SecurityGroupIds", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /**
     * A container at {@code span} whose properties are absent, pointing at {@code absentAt}.
     *
     * @param prefix the container's path with a trailing dot: {@code PrimaryContainer.}, {@code Containers[1].}
     */
    public static ContainerBuilder container(String prefix, Span span, Span absentAt) {
        return new ContainerBuilder(span)
                .withImage(Prop.absent(prefix + "Image", null, absentAt))
                .withRepositoryAccessMode(Prop.absent(prefix + "ImageConfig.RepositoryAccessMode", null, absentAt));
    }

    /** A model under construction. */
    public static final class Builder {
        private final ResourceId id;
        private Prop<Boolean> enableNetworkIsolation;
        private Optional<ContainerDefinition> primaryContainer = Optional.empty();
        private final List<ContainerDefinition> containers = new ArrayList<>();
        private Prop<List<String>> vpcSubnets;
        private Prop<String> executionRoleArn;
        private Prop<List<String>> vpcSecurityGroupIds;
        private Prop<Map<String, String>> tags;

        private Builder(ResourceId id) {
            this.id = id;
        }

        public Builder withEnableNetworkIsolation(Prop<Boolean> value) {
            enableNetworkIsolation = value;
            return this;
        }

        public Builder withPrimaryContainer(ContainerDefinition value) {
            primaryContainer = Optional.of(value);
            return this;
        }

        /** Adds an entry of the {@code Containers} list. */
        public Builder withContainer(ContainerDefinition value) {
            containers.add(value);
            return this;
        }

        public Builder withVpcSubnets(Prop<List<String>> value) {
            vpcSubnets = value;
            return this;
        }

        public Builder withExecutionRoleArn(Prop<String> value) {
            executionRoleArn = value;
            return this;
        }

        public Builder withVpcSecurityGroupIds(Prop<List<String>> value) {
            vpcSecurityGroupIds = value;
            return this;
        }

        public Builder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public Model build() {
            return new Model(
                    id,
                    enableNetworkIsolation,
                    primaryContainer,
                    containers,
                    vpcSubnets,
                    executionRoleArn,
                    vpcSecurityGroupIds,
                    tags);
        }
    }

    /** A container under construction. */
    public static final class ContainerBuilder {
        private final Span span;
        private Prop<String> image;
        private Prop<String> repositoryAccessMode;

        private ContainerBuilder(Span span) {
            this.span = span;
        }

        public ContainerBuilder withImage(Prop<String> value) {
            image = value;
            return this;
        }

        public ContainerBuilder withRepositoryAccessMode(Prop<String> value) {
            repositoryAccessMode = value;
            return this;
        }

        public ContainerDefinition build() {
            return new ContainerDefinition(span, image, repositoryAccessMode);
        }
    }
}
