package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;

/**
 * The job definition written inside a monitoring schedule
 * ({@code MonitoringScheduleConfig.MonitoringJobDefinition}).
 *
 * @param span          the embedded definition
 * @param network       its {@code NetworkConfig}
 * @param instanceCount {@code MonitoringResources.ClusterConfig.InstanceCount}
 */
public record MonitoringJob(Span span, NetworkConfig network, Prop<Integer> instanceCount) {}
