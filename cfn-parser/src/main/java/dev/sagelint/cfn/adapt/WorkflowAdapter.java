package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.workflow.EmbeddedJobs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SageMaker jobs that an {@code AWS::StepFunctions::StateMachine} starts ({@code Definition} or
 * {@code DefinitionString} with its {@code DefinitionSubstitutions}) and that an {@code AWS::SageMaker::Pipeline}
 * runs ({@code PipelineDefinition.PipelineDefinitionBody}): this class finds the definition in the template and
 * hands it, as positioned JSON, to {@link EmbeddedJobs}, which finds the jobs. Jobs are named
 * {@code Resource/States/State} and {@code Resource/Steps/Step}. A definition in S3 is reported as not analyzable,
 * since nothing remote is read.
 */
final class WorkflowAdapter {

    static final String STATE_MACHINE = "AWS::StepFunctions::StateMachine";
    static final String SAM_STATE_MACHINE = "AWS::Serverless::StateMachine";
    static final String PIPELINE = "AWS::SageMaker::Pipeline";

    private WorkflowAdapter() {}

    static void stateMachine(
            CfnResource machine,
            Path file,
            ScanContext.Limits limits,
            List<SageMakerResource> out,
            List<Diagnostic> diagnostics) {
        if (!(machine.properties() instanceof Mapping properties)) return;
        Optional<CfnNode> written = properties.get("Definition").or(() -> properties.get("DefinitionString"));
        if (written.isEmpty()) {
            properties
                    .entry("DefinitionS3Location")
                    .ifPresent(e ->
                            diagnostics.add(inS3(machine, "state machine", "DefinitionS3Location", "starts", file, e)));
            return;
        }
        definitionJobs(machine, STATE_MACHINE, properties, written.get(), file, file, limits, out, diagnostics);
    }

    /**
     * An AWS SAM state machine: {@code Definition} (an object, with {@code DefinitionSubstitutions}) is read as a
     * Step Functions one is; {@code DefinitionUri} that is a local path (as {@code sam build} and
     * {@code aws cloudformation package} take it, relative to the template) is read from that file, whose jobs then
     * point into it; a {@code DefinitionUri} in Amazon S3 (an {@code s3://} URI or a {@code Bucket}/{@code Key}
     * mapping) is reported as not analyzable. Nothing is fetched.
     * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html
     */
    static void samStateMachine(
            CfnResource machine,
            Path file,
            ScanContext.Limits limits,
            List<SageMakerResource> out,
            List<Diagnostic> diagnostics) {
        if (!(machine.properties() instanceof Mapping properties)) return;
        if (properties.get("Definition").isPresent()) {
            stateMachine(machine, file, limits, out, diagnostics);
            return;
        }
        Optional<Entry> uri = properties.entry("DefinitionUri");
        if (uri.isEmpty()) return;
        CfnNode value = uri.get().value();
        String local =
                value instanceof CfnNode.Scalar s && !s.isNull() ? s.value().strip() : null;
        if (local == null || local.startsWith("s3://") || local.startsWith("https://") || local.startsWith("http://")) {
            String how = local == null ? "`DefinitionUri`" : "`DefinitionUri` " + local;
            diagnostics.add(inS3(machine, "state machine", how, "starts", file, uri.get()));
            return;
        }
        Path definitionFile = file.resolveSibling(local).normalize();
        if (!java.nio.file.Files.isRegularFile(definitionFile)) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                    "the definition of state machine `" + machine.id().address() + "` is in `" + local
                            + "`, which is not a file beside the template; the SageMaker jobs it starts are not "
                            + "checked",
                    file,
                    uri.get().keySpan().line(),
                    uri.get().keySpan().column()));
            return;
        }
        ReadResult read = new TemplateReader(limits).read(definitionFile);
        if (read.root().isEmpty() || read.hasErrors()) {
            String why = read.diagnostics().isEmpty()
                    ? "it is empty"
                    : read.diagnostics().get(0).message();
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                    "the definition of state machine `" + machine.id().address() + "` in `" + local
                            + "` is not analyzable: " + why + "; the SageMaker jobs it starts are not checked",
                    file,
                    uri.get().keySpan().line(),
                    uri.get().keySpan().column()));
            return;
        }
        definitionJobs(
                machine,
                SAM_STATE_MACHINE,
                properties,
                read.root().get(),
                definitionFile,
                file,
                limits,
                out,
                diagnostics);
    }

    /**
     * The SageMaker jobs a state machine of this type starts, read from its definition (written in the template, or
     * in {@code definitionFile} beside it) with the machine's {@code DefinitionSubstitutions}.
     */
    private static void definitionJobs(
            CfnResource machine,
            String type,
            Mapping properties,
            CfnNode definition,
            Path definitionFile,
            Path file,
            ScanContext.Limits limits,
            List<SageMakerResource> out,
            List<Diagnostic> diagnostics) {
        Map<String, CfnNode> substitutions = new LinkedHashMap<>();
        if (properties.get("DefinitionSubstitutions").orElse(null) instanceof Mapping subs) {
            for (Entry e : subs.entries()) substitutions.put(e.key(), e.value());
        }
        EmbeddedDefinition.Read read = EmbeddedDefinition.read(
                definition,
                substitutions,
                definitionFile,
                limits,
                "the definition of state machine `" + machine.id().address() + "`",
                new WorkflowJson(machine.evaluator()));
        if (read.problem() != null) {
            diagnostics.add(read.problem());
            return;
        }
        out.addAll(jobs(
                b -> EmbeddedJobs.stateMachine(read.tree(), owner(machine, type), b),
                machine,
                file,
                limits,
                diagnostics));
    }

    static void pipeline(
            CfnResource pipeline,
            Path file,
            ScanContext.Limits limits,
            List<SageMakerResource> out,
            List<Diagnostic> diagnostics) {
        if (!(pipeline.properties() instanceof Mapping properties)) return;
        if (!(properties.get("PipelineDefinition").orElse(null) instanceof Mapping definition)) return;
        Optional<Entry> s3 = definition.entry("PipelineDefinitionS3Location");
        if (s3.isPresent()) {
            diagnostics.add(inS3(pipeline, "pipeline", "PipelineDefinitionS3Location", "runs", file, s3.get()));
            return;
        }
        CfnNode body = definition.get("PipelineDefinitionBody").orElse(null);
        if (body == null) return;
        EmbeddedDefinition.Read read = EmbeddedDefinition.read(
                body,
                Map.of(),
                file,
                limits,
                "the definition of pipeline `" + pipeline.id().address() + "`",
                new WorkflowJson(pipeline.evaluator()));
        if (read.problem() != null) {
            diagnostics.add(read.problem());
            return;
        }
        out.addAll(jobs(
                b -> EmbeddedJobs.pipeline(read.tree(), owner(pipeline, PIPELINE), b),
                pipeline,
                file,
                limits,
                diagnostics));
    }

    /**
     * The jobs {@code reader} finds in a definition within a budget of {@code limits}; none, and a
     * {@code limit-exceeded} diagnostic at the resource, when reading it runs out of budget.
     */
    private static List<SageMakerResource> jobs(
            java.util.function.Function<Budget, List<SageMakerResource>> reader,
            CfnResource owner,
            Path file,
            ScanContext.Limits limits,
            List<Diagnostic> diagnostics) {
        try {
            return reader.apply(Budget.of(limits));
        } catch (Budget.Exceeded e) {
            diagnostics.add(e.locate(owner.id().declaration()).diagnostic(file));
            return List.of();
        }
    }

    private static Diagnostic inS3(CfnResource r, String what, String property, String verb, Path file, Entry at) {
        String written = property.startsWith("`") ? property : "`" + property + "`";
        return Diagnostic.warning(
                DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                "the definition of " + what + " `"
                        + r.id().address() + "` is in Amazon S3 (" + written
                        + "), so it is not analyzable: sagelint "
                        + "reads nothing remote, and the SageMaker jobs it " + verb + " are not checked",
                file,
                at.keySpan().line(),
                at.keySpan().column());
    }

    /** Jobs keep the stack, construct path and CDK origin of the resource that holds them. */
    private static EmbeddedJobs.Owner owner(CfnResource r, String type) {
        ResourceId holder = r.id();
        return new EmbeddedJobs.Owner() {
            @Override
            public ResourceId id(String suffix, Span declaration) {
                String constructPath = holder.constructPath() == null ? null : holder.constructPath() + suffix;
                return new ResourceId(
                        holder.address() + suffix, type, declaration, holder.stack(), constructPath, holder.origin());
            }

            @Override
            public String index(int index) {
                return index < 0 ? "[*]" : "[" + index + "]";
            }
        };
    }
}
