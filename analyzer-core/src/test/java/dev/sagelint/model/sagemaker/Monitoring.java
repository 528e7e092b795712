package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.Map;
import java.util.Optional;

/**
 * Test data: monitoring job definitions, monitoring schedules and the jobs they embed, with CloudFormation property
 * paths. A new field of {@link MonitoringJobDefinition}, {@link MonitoringSchedule} or {@link MonitoringJob} gets
 * its starting value here, once.
 */
public final class Monitoring {
    private Monitoring() {}

    /** A job definition of {@code kind} that writes nothing: no name, no network settings, the default count. */
    public static DefinitionBuilder definition(ResourceId id, MonitoringKind kind) {
        Span decl = id.declaration();
        return new DefinitionBuilder(id, kind)
                .withName(Prop.absent("JobDefinitionName", null, decl))
                .withNetwork(Networks.unset("", decl).build())
                .withInstanceCount(Prop.absent(
                        "JobResources.ClusterConfig.InstanceCount",
                        MonitoringJobDefinition.DEFAULT_INSTANCE_COUNT,
                        decl))
                .withVolumeKmsKeyId(Prop.absent("JobResources.ClusterConfig.VolumeKmsKeyId", null, decl))
                .withOutputKmsKeyId(Prop.absent(kind.outputConfig() + ".KmsKeyId", null, decl))
                .withRoleArn(Prop.absent("RoleArn", null, decl))
                .withInstanceType(Prop.absent("JobResources.ClusterConfig.InstanceType", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /** A schedule that neither embeds a job definition nor names one. */
    public static ScheduleBuilder schedule(ResourceId id) {
        Span decl = id.declaration();
        return new ScheduleBuilder(id)
                .withJobDefinitionName(Prop.absent("MonitoringScheduleConfig.MonitoringJobDefinitionName", null, decl))
                .withMonitoringType(Prop.absent("MonitoringScheduleConfig.MonitoringType", null, decl))
                .withTags(Prop.absent("Tags", null, decl));
    }

    /**
     * The job definition embedded in a schedule, declared at {@code span}, whose properties are absent, pointing at
     * {@code absentAt}.
     */
    public static JobBuilder embeddedJob(Span span, Span absentAt) {
        String prefix = "MonitoringScheduleConfig.MonitoringJobDefinition.";
        return new JobBuilder(span)
                .withNetwork(Networks.unset(prefix, absentAt).build())
                .withInstanceCount(
                        Prop.absent(prefix + "MonitoringResources.ClusterConfig.InstanceCount", null, absentAt))
                .withRoleArn(Prop.absent(prefix + "RoleArn", null, absentAt))
                .withInstanceType(
                        Prop.absent(prefix + "MonitoringResources.ClusterConfig.InstanceType", null, absentAt))
                .withVolumeKmsKeyId(
                        Prop.absent(prefix + "MonitoringResources.ClusterConfig.VolumeKmsKeyId", null, absentAt))
                .withOutputKmsKeyId(Prop.absent(prefix + "MonitoringOutputConfig.KmsKeyId", null, absentAt));
    }

    /** A job definition under construction. */
    public static final class DefinitionBuilder {
        private final ResourceId id;
        private final MonitoringKind kind;
        private Prop<String> name;
        private NetworkConfig network;
        private Prop<Integer> instanceCount;
        private Prop<String> volumeKmsKeyId;
        private Prop<String> outputKmsKeyId;
        private Prop<String> roleArn;
        private Prop<String> instanceType;
        private Prop<Map<String, String>> tags;

        private DefinitionBuilder(ResourceId id, MonitoringKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public DefinitionBuilder withName(Prop<String> value) {
            name = value;
            return this;
        }

        public DefinitionBuilder withNetwork(NetworkConfig value) {
            network = value;
            return this;
        }

        public DefinitionBuilder withInstanceCount(Prop<Integer> value) {
            instanceCount = value;
            return this;
        }

        public DefinitionBuilder withVolumeKmsKeyId(Prop<String> value) {
            volumeKmsKeyId = value;
            return this;
        }

        public DefinitionBuilder withOutputKmsKeyId(Prop<String> value) {
            outputKmsKeyId = value;
            return this;
        }

        public DefinitionBuilder withRoleArn(Prop<String> value) {
            roleArn = value;
            return this;
        }

        public DefinitionBuilder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        public DefinitionBuilder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public MonitoringJobDefinition build() {
            return new MonitoringJobDefinition(
                    id,
                    kind,
                    name,
                    network,
                    instanceCount,
                    volumeKmsKeyId,
                    outputKmsKeyId,
                    roleArn,
                    instanceType,
                    tags);
        }
    }

    /** A schedule under construction. */
    public static final class ScheduleBuilder {
        private final ResourceId id;
        private Optional<MonitoringJob> embeddedJob = Optional.empty();
        private Prop<String> jobDefinitionName;
        private Prop<String> monitoringType;
        private Optional<MonitoringJobDefinition> namedDefinition = Optional.empty();
        private Prop<Map<String, String>> tags;

        private ScheduleBuilder(ResourceId id) {
            this.id = id;
        }

        public ScheduleBuilder withEmbeddedJob(MonitoringJob value) {
            embeddedJob = Optional.of(value);
            return this;
        }

        public ScheduleBuilder withJobDefinitionName(Prop<String> value) {
            jobDefinitionName = value;
            return this;
        }

        public ScheduleBuilder withMonitoringType(Prop<String> value) {
            monitoringType = value;
            return this;
        }

        /** The separate job definition that the schedule names, as the front-end resolved it. */
        public ScheduleBuilder withNamedDefinition(MonitoringJobDefinition value) {
            namedDefinition = Optional.of(value);
            return this;
        }

        public ScheduleBuilder withTags(Prop<Map<String, String>> value) {
            tags = value;
            return this;
        }

        public MonitoringSchedule build() {
            return new MonitoringSchedule(id, embeddedJob, jobDefinitionName, monitoringType, namedDefinition, tags);
        }
    }

    /** An embedded job definition under construction. */
    public static final class JobBuilder {
        private final Span span;
        private NetworkConfig network;
        private Prop<Integer> instanceCount;
        private Prop<String> roleArn;
        private Prop<String> instanceType;
        private Prop<String> volumeKmsKeyId;
        private Prop<String> outputKmsKeyId;

        private JobBuilder(Span span) {
            this.span = span;
        }

        public JobBuilder withNetwork(NetworkConfig value) {
            network = value;
            return this;
        }

        public JobBuilder withInstanceCount(Prop<Integer> value) {
            instanceCount = value;
            return this;
        }

        public JobBuilder withRoleArn(Prop<String> value) {
            roleArn = value;
            return this;
        }

        public JobBuilder withInstanceType(Prop<String> value) {
            instanceType = value;
            return this;
        }

        public JobBuilder withVolumeKmsKeyId(Prop<String> value) {
            volumeKmsKeyId = value;
            return this;
        }

        public JobBuilder withOutputKmsKeyId(Prop<String> value) {
            outputKmsKeyId = value;
            return this;
        }

        public MonitoringJob build() {
            return new MonitoringJob(
                    span, network, instanceCount, roleArn, instanceType, volumeKmsKeyId, outputKmsKeyId);
        }
    }
}
