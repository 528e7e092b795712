package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;

/** Monitoring schedules must run their jobs with network isolation (Security Hub SageMaker.14). */
public final class MonitoringScheduleNetworkIsolation extends MonitoringScheduleRule {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.14")
            .title("SageMaker monitoring schedules should have network isolation enabled")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-monitoring-schedule-isolation")
            .subject("monitoring schedule")
            .resourceTypes(
                    "AWS::SageMaker::MonitoringSchedule",
                    "aws_sagemaker_monitoring_schedule",
                    "awscc_sagemaker_monitoring_schedule")
            .properties("MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation")
            .terraformProperties(
                    "monitoring_schedule_config.monitoring_job_definition.network_config.enable_network_isolation")
            .propertyNote("awscc; for `aws_sagemaker_monitoring_schedule`, the job definition it names")
            .risk("the scheduled monitoring jobs can make outbound network calls and send the data they analyze out of "
                    + "the account")
            .fix(
                    Fix.IN_PLACE,
                    "The embedded job definition of a schedule can be updated in place (only the "
                            + "schedule name is create-only); a separate job definition it names is replaced instead.")
            .literalFix(true)
            .cloudFormationRemediation("Under `MonitoringScheduleConfig.MonitoringJobDefinition`, set "
                    + "`NetworkConfig: {EnableNetworkIsolation: true}`.")
            .terraformRemediation("Set `enable_network_isolation = true` in the `network_config` of the job "
                    + "definition the schedule names (`aws_sagemaker_data_quality_job_definition`), or in "
                    + "`monitoring_schedule_config.monitoring_job_definition.network_config` of "
                    + "`awscc_sagemaker_monitoring_schedule`.")
            .cdkRemediation("Pass `networkConfig: { enableNetworkIsolation: true }` in `monitoringJobDefinition` of "
                    + "`new sagemaker.CfnMonitoringSchedule(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.14"))
            .build();

    public MonitoringScheduleNetworkIsolation() {
        super(NetworkConfig::networkIsolation, META);
    }
}
