package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a template's tree onto the SageMaker model: one record per {@code AWS::SageMaker::*} resource that the
 * model knows, in the order the template declares them. Resources of other types are skipped; resources with a
 * {@code Condition} are read like any other.
 */
public final class TemplateAdapter {

    private static final Map<String, Function<CfnResource, SageMakerResource>> ADAPTERS = Map.ofEntries(
            Map.entry("AWS::SageMaker::NotebookInstance", NotebookInstanceAdapter::adapt),
            Map.entry("AWS::SageMaker::Model", ModelAdapter::adapt),
            Map.entry("AWS::SageMaker::EndpointConfig", EndpointConfigAdapter::adapt),
            Map.entry("AWS::SageMaker::DataQualityJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.DATA_QUALITY)),
            Map.entry("AWS::SageMaker::ModelQualityJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.MODEL_QUALITY)),
            Map.entry("AWS::SageMaker::ModelBiasJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.MODEL_BIAS)),
            Map.entry("AWS::SageMaker::ModelExplainabilityJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.MODEL_EXPLAINABILITY)),
            Map.entry("AWS::SageMaker::MonitoringSchedule", MonitoringScheduleAdapter::adapt),
            Map.entry("AWS::SageMaker::FeatureGroup", FeatureGroupAdapter::adapt),
            Map.entry("AWS::SageMaker::AppImageConfig", AppImageConfigAdapter::adapt),
            Map.entry("AWS::SageMaker::Image", ImageAdapter::adapt),
            Map.entry("AWS::SageMaker::InferenceExperiment", InferenceExperimentAdapter::adapt),
            Map.entry("AWS::SageMaker::Domain", DomainAdapter::adapt),
            Map.entry("AWS::SageMaker::ProcessingJob", ProcessingJobAdapter::adapt),
            Map.entry("AWS::SageMaker::TrainingJob", TrainingJobAdapter::adapt));

    private TemplateAdapter() {
    }

    /** The resource types this adapter reads. */
    public static Set<String> supportedTypes() {
        return ADAPTERS.keySet();
    }

    /**
     * Whether a parsed file is a CloudFormation template: it has {@code AWSTemplateFormatVersion}, or a
     * {@code Resources} mapping with an entry whose {@code Type} starts with {@code AWS::}.
     */
    public static boolean isTemplate(CfnNode root) {
        if (!(root instanceof Mapping mapping)) return false;
        if (mapping.entry("AWSTemplateFormatVersion").isPresent()) return true;
        if (!(mapping.get("Resources").orElse(null) instanceof Mapping resources)) return false;
        return resources.entries().stream()
                .anyMatch(e -> type(e.value()).filter(t -> t.startsWith("AWS::")).isPresent());
    }

    /** The SageMaker resources of a template, in declaration order. */
    public static List<SageMakerResource> adapt(CfnNode root) {
        List<SageMakerResource> out = new ArrayList<>();
        if (!(root instanceof Mapping mapping)) return out;
        if (!(mapping.get("Resources").orElse(null) instanceof Mapping resources)) return out;
        for (Entry entry : resources.entries()) {
            Optional<String> type = type(entry.value());
            Function<CfnResource, SageMakerResource> adapter = type.map(ADAPTERS::get).orElse(null);
            if (adapter == null) continue;
            Mapping body = (Mapping) entry.value();
            ResourceId id = new ResourceId(entry.key(), type.get(), entry.keySpan(), null, constructPath(body));
            out.add(adapter.apply(new CfnResource(id, body.get("Properties").orElse(null))));
        }
        return out;
    }

    private static Optional<String> type(CfnNode resource) {
        if (resource instanceof Mapping body && body.get("Type").orElse(null) instanceof Scalar type
                && !type.isNull()) {
            return Optional.of(type.value());
        }
        return Optional.empty();
    }

    /** CDK writes the construct path into {@code Metadata}; it is the name a CDK user knows the resource by. */
    private static String constructPath(Mapping body) {
        if (body.get("Metadata").orElse(null) instanceof Mapping metadata
                && metadata.get("aws:cdk:path").orElse(null) instanceof Scalar path && !path.isNull()) {
            return path.value();
        }
        return null;
    }
}
