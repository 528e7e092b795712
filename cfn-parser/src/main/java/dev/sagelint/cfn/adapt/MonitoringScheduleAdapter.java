package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.MonitoringJob;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import java.util.Optional;

/**
 * {@code AWS::SageMaker::MonitoringSchedule}: either an embedded {@code MonitoringJobDefinition} or the name of a
 * separate definition with its {@code MonitoringType}. The embedded cluster's {@code InstanceCount} is required, so
 * it has no default. The definition a schedule names is resolved by {@link TemplateAdapter}, which sees the whole
 * template:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-monitoringschedule-clusterconfig.html
 */
final class MonitoringScheduleAdapter {

    private static final String CONFIG = "MonitoringScheduleConfig.";

    private MonitoringScheduleAdapter() {}

    static MonitoringSchedule adapt(CfnResource resource) {
        Scope p = resource.scope();
        Optional<MonitoringJob> embedded = p.child(CONFIG + "MonitoringJobDefinition")
                .map(job -> new MonitoringJob(
                        job.span(),
                        NetworkConfigs.read(job),
                        job.integer("MonitoringResources.ClusterConfig.InstanceCount", null),
                        job.string("RoleArn"),
                        job.string("MonitoringResources.ClusterConfig.InstanceType"),
                        job.string("MonitoringResources.ClusterConfig.VolumeKmsKeyId"),
                        job.string("MonitoringOutputConfig.KmsKeyId")));
        return new MonitoringSchedule(
                resource.id(),
                embedded,
                p.string(CONFIG + "MonitoringJobDefinitionName"),
                p.string(CONFIG + "MonitoringType"),
                Optional.empty(),
                p.tags("Tags"));
    }
}
