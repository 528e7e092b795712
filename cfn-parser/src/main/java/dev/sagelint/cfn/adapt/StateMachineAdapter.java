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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SageMaker jobs that an {@code AWS::StepFunctions::StateMachine} starts: every {@code Task} state whose
 * {@code Resource} is a SageMaker integration ({@code arn:<partition>:states:::sagemaker:createTrainingJob},
 * with or without {@code .sync}, or the AWS SDK form {@code ...:aws-sdk:sagemaker:createTrainingJob}), in
 * {@code Parallel} branches and {@code Map} iterators too. Each becomes a model record named
 * {@code StateMachine/States/State}, located at the state's name in the template. Integrations:
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html
 */
final class StateMachineAdapter {

    static final String TYPE = "AWS::StepFunctions::StateMachine";
    private static final Pattern SAGEMAKER = Pattern.compile("states:::(?:aws-sdk:)?sagemaker:(\\w+)");

    private StateMachineAdapter() {
    }

    static void adapt(CfnResource machine, Path file, ScanContext.Limits limits, List<SageMakerResource> out,
            List<Diagnostic> diagnostics) {
        if (!(machine.properties() instanceof Mapping properties)) return;
        Map<String, CfnNode> substitutions = new LinkedHashMap<>();
        if (properties.get("DefinitionSubstitutions").orElse(null) instanceof Mapping subs) {
            for (Entry e : subs.entries()) substitutions.put(e.key(), e.value());
        }
        Optional<CfnNode> written = properties.get("Definition").or(() -> properties.get("DefinitionString"));
        if (written.isEmpty()) {
            properties.entry("DefinitionS3Location").ifPresent(e -> diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.DEFINITION_NOT_ANALYZABLE, "the definition of state machine `"
                            + machine.id().address()
                            + "` is in Amazon S3 (`DefinitionS3Location`), so it is not analyzable: sagelint "
                            + "reads nothing remote, and the SageMaker jobs it starts are not checked", file, e.keySpan().line(), e.keySpan().column())));
            return;
        }
        EmbeddedDefinition.Read read = EmbeddedDefinition.read(written.get(), substitutions, file, limits,
                "the definition of state machine `" + machine.id().address() + "`");
        if (read.problem() != null) {
            diagnostics.add(read.problem());
            return;
        }
        states(machine, read.tree(), machine.id().address() + "/States", out);
    }

    private static void states(CfnResource machine, CfnNode definition, String address,
            List<SageMakerResource> out) {
        if (!(definition instanceof Mapping d) || !(d.get("States").orElse(null) instanceof Mapping states)) return;
        for (Entry state : states.entries()) {
            if (!(state.value() instanceof Mapping body)) continue;
            String here = address + "/" + state.key();
            String type = body.get("Type").orElse(null) instanceof Scalar t ? t.value() : "";
            if (type.equals("Parallel") && body.get("Branches").orElse(null) instanceof Sequence branches) {
                for (int i = 0; i < branches.items().size(); i++) {
                    states(machine, branches.items().get(i), here + "/Branches/" + i + "/States", out);
                }
            } else if (type.equals("Map")) {
                body.get("ItemProcessor").or(() -> body.get("Iterator"))
                        .ifPresent(p -> states(machine, p, here + "/States", out));
            } else if (type.equals("Task")) {
                task(machine, state, body, here, out);
            }
        }
    }

    private static void task(CfnResource machine, Entry state, Mapping body, String address,
            List<SageMakerResource> out) {
        CfnNode resource = body.get("Resource").orElse(null);
        if (resource == null) return;
        String text = resource instanceof Scalar s ? s.value() : resource.source().text();
        Matcher m = SAGEMAKER.matcher(text);
        if (!m.find()) return;
        CfnNode parameters = body.get("Parameters").or(() -> body.get("Arguments")).orElse(null);
        String constructPath = machine.id().constructPath() == null ? null
                : machine.id().constructPath() + address.substring(machine.id().address().length());
        ResourceId id = new ResourceId(address, TYPE, state.keySpan(), machine.id().stack(), constructPath,
                machine.id().origin());
        Scope p = Scope.of(parameters, state.keySpan(), machine.evaluator());
        Jobs.add(m.group(1), id, p, out);
    }

    /** Maps an API name onto the model record it creates. */
    static final class Jobs {
        private Jobs() {
        }

        static void add(String api, ResourceId id, Scope p, List<SageMakerResource> out) {
            switch (api) {
                case "createTrainingJob" -> out.add(JobAdapters.training(id, p));
                case "createProcessingJob" -> out.add(JobAdapters.processing(id, p));
                case "createModel" -> out.add(JobAdapters.model(id, p));
                case "createEndpointConfig" -> out.add(JobAdapters.endpointConfig(id, p));
                case "createHyperParameterTuningJob" -> {
                    p.child("TrainingJobDefinition").ifPresent(d -> out.add(JobAdapters.training(id, d)));
                    List<Scope> many = p.elements("TrainingJobDefinitions");
                    for (int i = 0; i < many.size(); i++) {
                        ResourceId each = new ResourceId(id.address() + "/TrainingJobDefinitions/" + i,
                                id.sourceType(), id.declaration(), id.stack(), id.constructPath(), id.origin());
                        out.add(JobAdapters.training(each, many.get(i)));
                    }
                }
                default -> {
                    // createTransformJob and the other APIs have no network settings of their own to check.
                }
            }
        }
    }
}
