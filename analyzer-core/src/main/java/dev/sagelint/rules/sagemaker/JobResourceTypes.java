package dev.sagelint.rules.sagemaker;

import java.util.stream.Stream;

/**
 * The resource types that hold SageMaker jobs, declared once for the rules about jobs: the standalone job
 * resources, and the Step Functions state machines and SageMaker Pipelines whose definitions start training,
 * tuning, processing and transform jobs (read by {@code dev.sagelint.workflow}).
 */
final class JobResourceTypes {

    /** Training, tuning, processing and transform jobs, standalone or inside workflow definitions. */
    static final String[] JOBS = {
        "AWS::StepFunctions::StateMachine",
        "AWS::Serverless::StateMachine",
        "AWS::SageMaker::Pipeline",
        "AWS::SageMaker::ProcessingJob",
        "AWS::SageMaker::TrainingJob",
        "aws_sfn_state_machine",
        "aws_sagemaker_pipeline",
        "aws_sagemaker_training_job",
        "aws_sagemaker_hyper_parameter_tuning_job",
        "awscc_stepfunctions_state_machine",
        "awscc_sagemaker_pipeline",
        "awscc_sagemaker_processing_job"
    };

    /** The four kinds of monitoring job definition. */
    static final String[] MONITORING_JOB_DEFINITIONS = {
        "AWS::SageMaker::DataQualityJobDefinition",
        "AWS::SageMaker::ModelBiasJobDefinition",
        "AWS::SageMaker::ModelExplainabilityJobDefinition",
        "AWS::SageMaker::ModelQualityJobDefinition",
        "aws_sagemaker_data_quality_job_definition",
        "awscc_sagemaker_data_quality_job_definition",
        "awscc_sagemaker_model_bias_job_definition",
        "awscc_sagemaker_model_explainability_job_definition",
        "awscc_sagemaker_model_quality_job_definition"
    };

    /** Jobs and monitoring job definitions together. */
    static final String[] JOBS_AND_MONITORING_JOB_DEFINITIONS = Stream.concat(
                    Stream.of(JOBS), Stream.of(MONITORING_JOB_DEFINITIONS))
            .toArray(String[]::new);

    private JobResourceTypes() {}
}
