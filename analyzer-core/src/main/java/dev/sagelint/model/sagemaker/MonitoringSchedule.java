package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;
import java.util.Optional;

/**
 * A monitoring schedule ({@code AWS::SageMaker::MonitoringSchedule}, {@code aws_sagemaker_monitoring_schedule}).
 * It either embeds a job definition or names a separate one.
 *
 * @param embeddedJob       the embedded {@code MonitoringJobDefinition}, if written
 * @param jobDefinitionName {@code MonitoringJobDefinitionName}, the separate definition it runs
 * @param monitoringType    {@code MonitoringType} ({@code DataQuality}, {@code ModelQuality}, ...)
 * @param namedDefinition   the separate job definition it names, when the front-end resolved the reference
 * @param tags              {@code Tags} as a map; none by default (read for policies)
 */
public record MonitoringSchedule(
        ResourceId id,
        Optional<MonitoringJob> embeddedJob,
        Prop<String> jobDefinitionName,
        Prop<String> monitoringType,
        Optional<MonitoringJobDefinition> namedDefinition,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {}
