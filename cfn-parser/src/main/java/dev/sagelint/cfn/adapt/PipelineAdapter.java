package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs that an {@code AWS::SageMaker::Pipeline} runs: the {@code Training}, {@code Processing}, {@code Tuning}
 * and {@code Model} steps of its {@code PipelineDefinitionBody} (also inside {@code Condition} steps), each named
 * {@code Pipeline/Steps/Step}. A pipeline parameter read with {@code {"Get": "Parameters.X"}} takes its
 * {@code DefaultValue}. A definition in S3 ({@code PipelineDefinitionS3Location}) is reported as not analyzable.
 * Definition schema: https://aws-sagemaker-mlops.github.io/sagemaker-model-building-pipeline-definition-JSON-schema/
 */
final class PipelineAdapter {

    static final String TYPE = "AWS::SageMaker::Pipeline";

    private PipelineAdapter() {
    }

    static void adapt(CfnResource pipeline, Path file, ScanContext.Limits limits, List<SageMakerResource> out,
            List<Diagnostic> diagnostics) {
        if (!(pipeline.properties() instanceof Mapping properties)) return;
        if (!(properties.get("PipelineDefinition").orElse(null) instanceof Mapping definition)) return;
        var s3 = definition.entry("PipelineDefinitionS3Location");
        if (s3.isPresent()) {
            diagnostics.add(Diagnostic.warning(DiagnosticCode.DEFINITION_NOT_ANALYZABLE, "the definition of pipeline `"
                    + pipeline.id().address() + "` is in Amazon S3 (`PipelineDefinitionS3Location`), so it is not "
                    + "analyzable: sagelint reads nothing remote, and the SageMaker jobs it runs are not checked", file, s3.get().keySpan().line(),
                    s3.get().keySpan().column()));
            return;
        }
        CfnNode body = definition.get("PipelineDefinitionBody").orElse(null);
        if (body == null) return;
        EmbeddedDefinition.Read read = EmbeddedDefinition.read(body, Map.of(), file, limits,
                "the definition of pipeline `" + pipeline.id().address() + "`");
        if (read.problem() != null) {
            diagnostics.add(read.problem());
            return;
        }
        CfnNode tree = withParameterDefaults(read.tree(), defaults(read.tree()));
        if (tree instanceof Mapping root && root.get("Steps").orElse(null) instanceof Sequence steps) {
            steps(pipeline, steps, out);
        }
    }

    private static void steps(CfnResource pipeline, Sequence steps, List<SageMakerResource> out) {
        for (CfnNode step : steps.items()) {
            if (!(step instanceof Mapping s)) continue;
            String name = s.get("Name").orElse(null) instanceof Scalar n ? n.value() : "?";
            String type = s.get("Type").orElse(null) instanceof Scalar t ? t.value() : "";
            CfnNode arguments = s.get("Arguments").orElse(null);
            if (type.equals("Condition") && arguments instanceof Mapping a) {
                for (String branch : List.of("IfSteps", "ElseSteps")) {
                    if (a.get(branch).orElse(null) instanceof Sequence nested) steps(pipeline, nested, out);
                }
                continue;
            }
            String api = switch (type) {
                case "Training" -> "createTrainingJob";
                case "Processing" -> "createProcessingJob";
                case "Tuning" -> "createHyperParameterTuningJob";
                case "Model" -> "createModel";
                default -> null;
            };
            if (api == null) continue;
            var declaration = s.entry("Name").map(Entry::keySpan).orElse(s.span());
            String address = pipeline.id().address() + "/Steps/" + name;
            String constructPath = pipeline.id().constructPath() == null ? null
                    : pipeline.id().constructPath() + "/Steps/" + name;
            ResourceId id = new ResourceId(address, TYPE, declaration, pipeline.id().stack(), constructPath,
                    pipeline.id().origin());
            StateMachineAdapter.Jobs.add(api, id, Scope.of(arguments, declaration, pipeline.evaluator()), out);
        }
    }

    /** The {@code DefaultValue} of each entry of the definition's {@code Parameters}, by name. */
    private static Map<String, CfnNode> defaults(CfnNode tree) {
        Map<String, CfnNode> out = new HashMap<>();
        if (tree instanceof Mapping root && root.get("Parameters").orElse(null) instanceof Sequence params) {
            for (CfnNode p : params.items()) {
                if (p instanceof Mapping m && m.get("Name").orElse(null) instanceof Scalar n
                        && m.get("DefaultValue").isPresent()) {
                    out.put(n.value(), m.get("DefaultValue").get());
                }
            }
        }
        return out;
    }

    /** The tree with each {@code {"Get": "Parameters.X"}} replaced by the default of {@code X}, when it has one. */
    private static CfnNode withParameterDefaults(CfnNode node, Map<String, CfnNode> defaults) {
        if (defaults.isEmpty()) return node;
        if (node instanceof Mapping m) {
            if (m.entries().size() == 1 && m.get("Get").orElse(null) instanceof Scalar get
                    && get.value().startsWith("Parameters.")
                    && defaults.containsKey(get.value().substring("Parameters.".length()))) {
                return defaults.get(get.value().substring("Parameters.".length()));
            }
            List<Entry> entries = new ArrayList<>();
            for (Entry e : m.entries()) entries.add(new Entry(e.key(), e.keySpan(), withParameterDefaults(e.value(),
                    defaults)));
            return new Mapping(entries, m.span(), m.source());
        }
        if (node instanceof Sequence s) {
            return new Sequence(s.items().stream().map(i -> withParameterDefaults(i, defaults)).toList(), s.span(),
                    s.source());
        }
        return node;
    }
}
