package dev.sagelint.hcl.adapt;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps the resource instances of a Terraform configuration onto the SageMaker model: one adapter per resource
 * type, hashicorp/aws and awscc alike; a state machine or pipeline gives one record per SageMaker job its
 * definition starts. Monitoring schedules are adapted last, so that they can find the job
 * definitions they name.
 */
public final class ResourceAdapters {

    private static final Map<String, Function<ResourceInstance, SageMakerResource>> ADAPTERS = adapters();

    /** An adapter of a resource that holds any number of SageMaker jobs (in a JSON definition, or as blocks). */
    @FunctionalInterface
    private interface Embedding {
        List<SageMakerResource> adapt(ResourceInstance r, ScanContext.Limits limits, List<Diagnostic> diagnostics);
    }

    private static final Map<String, Embedding> EMBEDDING = Map.of(
            "aws_sfn_state_machine", EmbeddedJobsAdapter::stateMachine,
            "aws_sagemaker_pipeline", EmbeddedJobsAdapter::pipeline,
            "awscc_stepfunctions_state_machine", EmbeddedJobsAdapter::awsccStateMachine,
            "awscc_sagemaker_pipeline", EmbeddedJobsAdapter::awsccPipeline,
            "aws_sagemaker_hyper_parameter_tuning_job", (r, limits, diagnostics) -> JobAdapter.tuning(r));

    private ResourceAdapters() {}

    private static Map<String, Function<ResourceInstance, SageMakerResource>> adapters() {
        Map<String, Function<ResourceInstance, SageMakerResource>> m = new LinkedHashMap<>();
        for (String p : List.of("aws_", "awscc_")) {
            m.put(p + "sagemaker_notebook_instance", NotebookInstanceAdapter::adapt);
            m.put(p + "sagemaker_model", ModelAdapter::adapt);
            m.put(p + "sagemaker_feature_group", FeatureGroupAdapter::adapt);
            m.put(p + "sagemaker_app_image_config", TaggedAdapter::appImageConfig);
            m.put(p + "sagemaker_image", TaggedAdapter::image);
            m.put(p + "sagemaker_domain", DomainAdapter::adapt);
            m.put(p + "sagemaker_data_quality_job_definition", MonitoringJobDefinitionAdapter::adapt);
        }
        m.put("aws_sagemaker_endpoint_configuration", EndpointConfigAdapter::adapt);
        m.put("awscc_sagemaker_endpoint_config", EndpointConfigAdapter::adapt);
        m.put("awscc_sagemaker_model_quality_job_definition", MonitoringJobDefinitionAdapter::adapt);
        m.put("awscc_sagemaker_model_bias_job_definition", MonitoringJobDefinitionAdapter::adapt);
        m.put("awscc_sagemaker_model_explainability_job_definition", MonitoringJobDefinitionAdapter::adapt);
        m.put("awscc_sagemaker_inference_experiment", InferenceExperimentAdapter::adapt);
        m.put("aws_sagemaker_training_job", JobAdapter::training);
        m.put("aws_sagemaker_flow_definition", FlowDefinitionAdapter::adapt);
        m.put("awscc_sagemaker_processing_job", JobAdapter::processing);
        return m;
    }

    /** The resource types read here. */
    public static boolean supports(String type) {
        return ADAPTERS.containsKey(type) || EMBEDDING.containsKey(type) || isSchedule(type);
    }

    private static boolean isSchedule(String type) {
        return type.equals("aws_sagemaker_monitoring_schedule") || type.equals("awscc_sagemaker_monitoring_schedule");
    }

    /**
     * Adapts every SageMaker resource among {@code instances}; other resource types are skipped. JSON definitions
     * embedded in strings are read within {@code limits}.
     */
    public static List<SageMakerResource> adapt(
            List<ResourceInstance> instances, ScanContext.Limits limits, List<Diagnostic> diagnostics) {
        List<SageMakerResource> out = new ArrayList<>();
        Map<ResourceInstance, MonitoringJobDefinition> definitions = new LinkedHashMap<>();
        for (ResourceInstance r : instances) {
            Function<ResourceInstance, SageMakerResource> adapter = ADAPTERS.get(r.type());
            var embedding = EMBEDDING.get(r.type());
            try {
                if (embedding != null) out.addAll(embedding.adapt(r, limits, diagnostics));
                if (adapter != null) {
                    SageMakerResource resource = adapter.apply(r);
                    out.add(resource);
                    if (resource instanceof MonitoringJobDefinition d) definitions.put(r, d);
                }
            } catch (RuntimeException e) {
                diagnostics.add(internalError(r, e));
            }
        }
        for (ResourceInstance r : instances) {
            if (!isSchedule(r.type())) continue;
            try {
                out.add(MonitoringScheduleAdapter.adapt(r, definitions));
            } catch (RuntimeException e) {
                diagnostics.add(internalError(r, e));
            }
        }
        return out;
    }

    private static Diagnostic internalError(ResourceInstance r, RuntimeException e) {
        return Diagnostic.error(
                DiagnosticCode.INTERNAL_ERROR,
                "the Terraform reader failed on " + r.address() + " ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "); please report it",
                r.header().file(),
                r.header().line(),
                r.header().column());
    }
}
