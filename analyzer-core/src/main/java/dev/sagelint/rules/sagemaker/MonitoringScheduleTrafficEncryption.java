package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;

/**
 * Monitoring schedules must encrypt inter-container traffic of their jobs (Security Hub SageMaker.22). Unlike the
 * job definition controls, the AWS Config rule has no instance-count condition.
 */
public final class MonitoringScheduleTrafficEncryption extends MonitoringScheduleRule {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.22",
            "SageMaker monitoring schedules should have inter-container traffic encryption enabled",
            Severity.MEDIUM,
            List.of(Standards.AI_SECURITY),
            "sagemaker-monitoring-schedule-traffic-encryption",
            "monitoring schedule",
            List.of("AWS::SageMaker::MonitoringSchedule"),
            List.of("MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig"
                    + ".EnableInterContainerTrafficEncryption"),
            "traffic between the instances of the scheduled monitoring jobs is not encrypted",
            Fix.IN_PLACE,
            "The embedded job definition of a schedule can be updated in place (only the schedule name is "
                    + "create-only); a separate job definition it names is replaced instead.",
            new Remediation(
                    "Under `MonitoringScheduleConfig.MonitoringJobDefinition`, set "
                            + "`NetworkConfig: {EnableInterContainerTrafficEncryption: true}`.",
                    "Set `enable_inter_container_traffic_encryption = true` in the `network_config` of the job "
                            + "definition the schedule names, or of the embedded definition of "
                            + "`awscc_sagemaker_monitoring_schedule`.",
                    "Pass `networkConfig: { enableInterContainerTrafficEncryption: true }` in "
                            + "`monitoringJobDefinition` of `new sagemaker.CfnMonitoringSchedule(...)`."),
            Standards.controlUrl("SageMaker.22"));

    public MonitoringScheduleTrafficEncryption() {
        super(NetworkConfig::interContainerTrafficEncryption, META);
    }

}
