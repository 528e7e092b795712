package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.List;
import java.util.Map;

/**
 * Test data: training, processing and transform jobs, with the SageMaker API's field names. A new field of
 * {@link TrainingJob}, {@link ProcessingJob} or {@link TransformJob} gets its starting value here, once.
 */
public final class Jobs {
    private Jobs() {}

    /** A training job that writes nothing: both flags absent with their AWS defaults, no count, no VPC. */
    public static TrainingBuilder training(ResourceId id) {
        Span decl = id.declaration();
        return new TrainingBuilder(id)
                .withInterContainerTrafficEncryption(Prop.absent(
                        "EnableInterContainerTrafficEncryption",
                        TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION,
                        decl))
                .withNetworkIsolation(
                        Prop.absent("EnableNetworkIsolation", TrainingJob.DEFAULT_NETWORK_ISOLATION, decl))
                .withInstanceCount(Prop.absent("ResourceConfig.InstanceCount", null, decl))
                .withVpcSubnets(Prop.absent("VpcConfig.Subnets", null, decl))
                .withVolumeKmsKeyId(Prop.absent("ResourceConfig.VolumeKmsKeyId", null, decl))
                .withOutputKmsKeyId(Prop.absent("OutputDataConfig.KmsKeyId", null, decl))
                .withRoleArn(Prop.absent("RoleArn", null, decl))
                .withInstanceType(Prop.absent("ResourceConfig.InstanceType", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /** A processing job that writes nothing: no network settings, no count. */
    public static ProcessingBuilder processing(ResourceId id) {
        Span decl = id.declaration();
        return new ProcessingBuilder(id)
                .withNetwork(Networks.unset("", decl).build())
                .withInstanceCount(Prop.absent("ProcessingResources.ClusterConfig.InstanceCount", null, decl))
                .withVolumeKmsKeyId(Prop.absent("ProcessingResources.ClusterConfig.VolumeKmsKeyId", null, decl))
                .withHasOutput(Prop.absent("ProcessingOutputConfig", false, decl))
                .withOutputKmsKeyId(Prop.absent("ProcessingOutputConfig.KmsKeyId", null, decl))
                .withRoleArn(Prop.absent("RoleArn", null, decl))
                .withInstanceType(Prop.absent("ProcessingResources.ClusterConfig.InstanceType", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /** A transform job that writes nothing: no resources, keys, model or tags. */
    public static TransformBuilder transform(ResourceId id) {
        Span decl = id.declaration();
        return new TransformBuilder(id)
                .withVolumeKmsKeyId(Prop.absent("TransformResources.VolumeKmsKeyId", null, decl))
                .withInstanceCount(Prop.absent("TransformResources.InstanceCount", null, decl))
                .withInstanceType(Prop.absent("TransformResources.InstanceType", null, decl))
                .withOutputKmsKeyId(Prop.absent("TransformOutput.KmsKeyId", null, decl))
                .withModelName(Prop.absent("ModelName", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /** A training job under construction. */
    public static final class TrainingBuilder {
        private final ResourceId id;
        private Prop<Boolean> interContainerTrafficEncryption;
        private Prop<Boolean> networkIsolation;
        private Prop<Integer> instanceCount;
        private Prop<List<String>> vpcSubnets;
        private Prop<String> volumeKmsKeyId;
        private Prop<String> outputKmsKeyId;
        private Prop<String> roleArn;
        private Prop<String> instanceType;
        private Prop<Map<String, String>> tags;

        private TrainingBuilder(ResourceId id) {
            this.id = id;
        }

        public TrainingBuilder withInterContainerTrafficEncryption(Prop<Boolean> value) {
            interContainerTrafficEncryption = value;
            return this;
        }

        public TrainingBuilder withNetworkIsolation(Prop<Boolean> value) {
            networkIsolation = value;
            return this;
        }

        public TrainingBuilder withInstanceCount(Prop<Integer> value) {
            instanceCount = value;
            return this;
        }

        public TrainingBuilder withVpcSubnets(Prop<List<String>> value) {
            vpcSubnets = value;
            return this;
        }

        public TrainingBuilder withVolumeKmsKeyId(Prop<String> value) {
            volumeKmsKeyId = value;
            return this;
        }

        public TrainingBuilder withOutputKmsKeyId(Prop<String> value) {
            outputKmsKeyId = value;
            return this;
        }

        public TrainingBuilder withRoleArn(Prop<String> value) {
            roleArn = value;
            return this;
        }

        public TrainingBuilder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        public TrainingBuilder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public TrainingJob build() {
            return new TrainingJob(
                    id,
                    interContainerTrafficEncryption,
                    networkIsolation,
                    instanceCount,
                    vpcSubnets,
                    volumeKmsKeyId,
                    outputKmsKeyId,
                    roleArn,
                    instanceType,
                    tags);
        }
    }

    /** A processing job under construction. */
    public static final class ProcessingBuilder {
        private final ResourceId id;
        private NetworkConfig network;
        private Prop<Integer> instanceCount;
        private Prop<String> volumeKmsKeyId;
        private Prop<Boolean> hasOutput;
        private Prop<String> outputKmsKeyId;
        private Prop<String> roleArn;
        private Prop<String> instanceType;
        private Prop<Map<String, String>> tags;

        private ProcessingBuilder(ResourceId id) {
            this.id = id;
        }

        public ProcessingBuilder withNetwork(NetworkConfig value) {
            network = value;
            return this;
        }

        public ProcessingBuilder withInstanceCount(Prop<Integer> value) {
            instanceCount = value;
            return this;
        }

        public ProcessingBuilder withVolumeKmsKeyId(Prop<String> value) {
            volumeKmsKeyId = value;
            return this;
        }

        public ProcessingBuilder withHasOutput(Prop<Boolean> value) {
            hasOutput = value;
            return this;
        }

        public ProcessingBuilder withOutputKmsKeyId(Prop<String> value) {
            outputKmsKeyId = value;
            return this;
        }

        public ProcessingBuilder withRoleArn(Prop<String> value) {
            roleArn = value;
            return this;
        }

        public ProcessingBuilder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        public ProcessingBuilder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public ProcessingJob build() {
            return new ProcessingJob(
                    id, network, instanceCount, volumeKmsKeyId, hasOutput, outputKmsKeyId, roleArn, instanceType, tags);
        }
    }

    /** A transform job under construction. */
    public static final class TransformBuilder {
        private final ResourceId id;
        private Prop<String> volumeKmsKeyId;
        private Prop<Integer> instanceCount;
        private Prop<String> instanceType;
        private Prop<String> outputKmsKeyId;
        private Prop<String> modelName;
        private Prop<Map<String, String>> tags;

        private TransformBuilder(ResourceId id) {
            this.id = id;
        }

        public TransformBuilder withVolumeKmsKeyId(Prop<String> value) {
            volumeKmsKeyId = value;
            return this;
        }

        public TransformBuilder withInstanceCount(Prop<Integer> value) {
            instanceCount = value;
            return this;
        }

        public TransformBuilder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        public TransformBuilder withOutputKmsKeyId(Prop<String> value) {
            outputKmsKeyId = value;
            return this;
        }

        public TransformBuilder withModelName(Prop<String> value) {
            modelName = value;
            return this;
        }

        public TransformBuilder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public TransformJob build() {
            return new TransformJob(id, volumeKmsKeyId, instanceCount, instanceType, outputKmsKeyId, modelName, tags);
        }
    }
}
