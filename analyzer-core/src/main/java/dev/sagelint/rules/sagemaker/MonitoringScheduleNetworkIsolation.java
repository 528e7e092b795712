package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;

/** Monitoring schedules must run their jobs with network isolation (Security Hub SageMaker.14). */
public final class MonitoringScheduleNetworkIsolation extends MonitoringScheduleRule {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.14",
            "SageMaker monitoring schedules should have network isolation enabled",
            Severity.MEDIUM,
            List.of(Standards.AI_SECURITY),
            "sagemaker-monitoring-schedule-isolation",
            "monitoring schedule",
            List.of("AWS::SageMaker::MonitoringSchedule"),
            List.of("MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation"),
            "the scheduled monitoring jobs can make outbound network calls and send the data they analyze out of "
                    + "the account",
            Fix.IN_PLACE,
            "The embedded job definition of a schedule can be updated in place (only the schedule name is "
                    + "create-only); a separate job definition it names is replaced instead.",
            new Remediation(
                    "Under `MonitoringScheduleConfig.MonitoringJobDefinition`, set "
                            + "`NetworkConfig: {EnableNetworkIsolation: true}`.",
                    "Set `enable_network_isolation = true` in the `network_config` of the job definition the "
                            + "schedule names (`aws_sagemaker_data_quality_job_definition`), or in "
                            + "`monitoring_schedule_config.monitoring_job_definition.network_config` of "
                            + "`awscc_sagemaker_monitoring_schedule`.",
                    "Pass `networkConfig: { enableNetworkIsolation: true }` in `monitoringJobDefinition` of "
                            + "`new sagemaker.CfnMonitoringSchedule(...)`."),
            Standards.controlUrl("SageMaker.14"));

    public MonitoringScheduleNetworkIsolation() {
        super(NetworkConfig::networkIsolation, META);
    }

}
