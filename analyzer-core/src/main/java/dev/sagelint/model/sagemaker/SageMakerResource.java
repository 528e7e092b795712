package dev.sagelint.model.sagemaker;

import dev.sagelint.model.ResourceId;

/**
 * A SageMaker resource in the one model every front-end produces. Rules read only these records, never the
 * syntax of a template.
 */
public sealed interface SageMakerResource
        permits NotebookInstance,
                Model,
                EndpointConfig,
                MonitoringJobDefinition,
                MonitoringSchedule,
                FeatureGroup,
                AppImageConfig,
                Image,
                InferenceExperiment,
                Domain,
                TrainingJob,
                ProcessingJob,
                TransformJob,
                FlowDefinition,
                PlannedChange {

    ResourceId id();
}
