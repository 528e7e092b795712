package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;

/**
 * Monitoring schedules must encrypt inter-container traffic of their jobs (Security Hub SageMaker.22). Unlike the
 * job definition controls, the AWS Config rule has no instance-count condition.
 */
public final class MonitoringScheduleTrafficEncryption extends MonitoringScheduleRule {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.22")
            .title("SageMaker monitoring schedules should have inter-container traffic encryption enabled")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-monitoring-schedule-traffic-encryption")
            .subject("monitoring schedule")
            .resourceTypes(
                    "AWS::SageMaker::MonitoringSchedule",
                    "aws_sagemaker_monitoring_schedule",
                    "awscc_sagemaker_monitoring_schedule")
            .properties("MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig"
                    + ".EnableInterContainerTrafficEncryption")
            .terraformProperties(
                    "monitoring_schedule_config.monitoring_job_definition.network_config.enable_inter_container_traffic_encryption")
            .propertyNote("awscc; for `aws_sagemaker_monitoring_schedule`, the job definition it names")
            .risk("traffic between the instances of the scheduled monitoring jobs is not encrypted")
            .fix(
                    Fix.IN_PLACE,
                    "The embedded job definition of a schedule can be updated in place (only the "
                            + "schedule name is create-only); a separate job definition it names is replaced instead.")
            .literalFix(true)
            .cloudFormationRemediation("Under `MonitoringScheduleConfig.MonitoringJobDefinition`, set "
                    + "`NetworkConfig: {EnableInterContainerTrafficEncryption: true}`.")
            .terraformRemediation("Set `enable_inter_container_traffic_encryption = true` in the `network_config` "
                    + "of the job definition the schedule names, or of the embedded definition of "
                    + "`awscc_sagemaker_monitoring_schedule`.")
            .cdkRemediation("Pass `networkConfig: { enableInterContainerTrafficEncryption: true }` in "
                    + "`monitoringJobDefinition` of `new sagemaker.CfnMonitoringSchedule(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.22"))
            .build();

    public MonitoringScheduleTrafficEncryption() {
        super(NetworkConfig::interContainerTrafficEncryption, META);
    }
}
