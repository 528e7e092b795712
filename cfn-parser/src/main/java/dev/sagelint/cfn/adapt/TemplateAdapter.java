package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.intrinsic.Evaluator;
import dev.sagelint.cfn.intrinsic.TemplateContext;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.ProductionVariant;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a template's tree onto the SageMaker model: one record per {@code AWS::SageMaker::*} resource that the
 * model knows, plus the jobs embedded in state machines and pipelines, in the order the template declares them.
 * Intrinsic functions are evaluated against the template's parameters, conditions and mappings. References between
 * resources are resolved after every resource is read: an endpoint configuration's variant to its model, a
 * monitoring schedule to the job definition it names. Resources of other types are skipped; resources with a
 * {@code Condition} are read like any other. A template with a {@code Transform} is read for what it declares
 * itself, with a warning naming the transform.
 */
public final class TemplateAdapter {

    private static final Map<String, Function<CfnResource, SageMakerResource>> ADAPTERS = Map.ofEntries(
            Map.entry("AWS::SageMaker::NotebookInstance", NotebookInstanceAdapter::adapt),
            Map.entry("AWS::SageMaker::Model", ModelAdapter::adapt),
            Map.entry("AWS::SageMaker::EndpointConfig", EndpointConfigAdapter::adapt),
            Map.entry(
                    "AWS::SageMaker::DataQualityJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.DATA_QUALITY)),
            Map.entry(
                    "AWS::SageMaker::ModelQualityJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.MODEL_QUALITY)),
            Map.entry(
                    "AWS::SageMaker::ModelBiasJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.MODEL_BIAS)),
            Map.entry(
                    "AWS::SageMaker::ModelExplainabilityJobDefinition",
                    r -> MonitoringJobDefinitionAdapter.adapt(r, MonitoringKind.MODEL_EXPLAINABILITY)),
            Map.entry("AWS::SageMaker::MonitoringSchedule", MonitoringScheduleAdapter::adapt),
            Map.entry("AWS::SageMaker::FeatureGroup", FeatureGroupAdapter::adapt),
            Map.entry("AWS::SageMaker::AppImageConfig", AppImageConfigAdapter::adapt),
            Map.entry("AWS::SageMaker::Image", ImageAdapter::adapt),
            Map.entry("AWS::SageMaker::InferenceExperiment", InferenceExperimentAdapter::adapt),
            Map.entry("AWS::SageMaker::Domain", DomainAdapter::adapt),
            Map.entry("AWS::SageMaker::ProcessingJob", ProcessingJobAdapter::adapt),
            Map.entry("AWS::SageMaker::TrainingJob", TrainingJobAdapter::adapt));

    /**
     * What the front-end knows about a template besides its text.
     *
     * @param file    the template file
     * @param limits  bounds for definitions embedded in strings
     * @param stack   the stack name, or null
     * @param pseudo  pseudo parameters with known values ({@code AWS::Region}, {@code AWS::AccountId})
     * @param origins per logical ID, the CDK construct path and source line, when known
     * @param nesting where the template sits when a parent stack includes it as a nested stack
     */
    public record Input(
            Path file,
            ScanContext.Limits limits,
            String stack,
            Map<String, String> pseudo,
            Map<String, Origin> origins,
            NestedStacks.Nesting nesting) {
        public Input {
            pseudo = Map.copyOf(pseudo);
            origins = Map.copyOf(origins);
            nesting = nesting == null ? NestedStacks.Nesting.top(file) : nesting;
        }

        /** A template that no parent stack includes. */
        public Input(
                Path file,
                ScanContext.Limits limits,
                String stack,
                Map<String, String> pseudo,
                Map<String, Origin> origins) {
            this(file, limits, stack, pseudo, origins, null);
        }

        /** A plain template: no stack name, no known pseudo parameters, no CDK metadata. */
        public static Input of(Path file, ScanContext.Limits limits) {
            return new Input(file, limits, null, Map.of(), Map.of());
        }
    }

    /**
     * Where a resource comes from in a CDK app.
     *
     * @param constructPath the construct path, or null
     * @param source        the app's source line that created it, or null
     */
    public record Origin(String constructPath, Span source) {}

    /**
     * The resources read and the warnings about what could not be read.
     *
     * @param nested the nested stack templates read on the way, for their suppressions and so that they are not
     *               read again on their own
     */
    public record Adapted(
            List<SageMakerResource> resources, List<Diagnostic> diagnostics, List<NestedStacks.Child> nested) {
        public Adapted {
            resources = List.copyOf(resources);
            diagnostics = List.copyOf(diagnostics);
            nested = List.copyOf(nested);
        }

        public Adapted(List<SageMakerResource> resources, List<Diagnostic> diagnostics) {
            this(resources, diagnostics, List.of());
        }
    }

    private TemplateAdapter() {}

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
                .anyMatch(
                        e -> type(e.value()).filter(t -> t.startsWith("AWS::")).isPresent());
    }

    /** The SageMaker resources of a template, in declaration order. */
    public static List<SageMakerResource> adapt(CfnNode root) {
        Path file = root.span().file();
        return adapt(root, Input.of(file, ScanContext.Limits.defaults())).resources();
    }

    /** The SageMaker resources of a template and the warnings about what could not be read. */
    public static Adapted adapt(CfnNode root, Input input) {
        List<SageMakerResource> out = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!(root instanceof Mapping mapping)) return new Adapted(out, diagnostics);
        transforms(mapping, input.file(), diagnostics);
        if (!(mapping.get("Resources").orElse(null) instanceof Mapping resources)) {
            return new Adapted(out, diagnostics);
        }
        Evaluator evaluator = new Evaluator(
                TemplateContext.of(root, input.pseudo(), input.nesting().passed()), Budget.of(input.limits()));
        String prefix = input.nesting().addressPrefix();
        List<NestedStacks.Child> nested = new ArrayList<>();
        Map<String, CfnResource> read = new HashMap<>();
        for (Entry entry : resources.entries()) {
            Optional<String> type = type(entry.value());
            if (type.isEmpty()) continue;
            Mapping body = (Mapping) entry.value();
            Origin origin = input.origins().get(entry.key());
            String constructPath =
                    origin != null && origin.constructPath() != null ? origin.constructPath() : constructPath(body);
            ResourceId id = new ResourceId(
                    prefix + entry.key(),
                    type.get(),
                    entry.keySpan(),
                    input.stack(),
                    constructPath,
                    origin == null ? null : origin.source());
            CfnResource resource = new CfnResource(id, body.get("Properties").orElse(null), evaluator);
            read.put(prefix + entry.key(), resource);
            if (type.get().equals(WorkflowAdapter.STATE_MACHINE)) {
                WorkflowAdapter.stateMachine(resource, input.file(), input.limits(), out, diagnostics);
            } else if (type.get().equals(WorkflowAdapter.SAM_STATE_MACHINE)) {
                WorkflowAdapter.samStateMachine(resource, input.file(), input.limits(), out, diagnostics);
            } else if (type.get().equals(WorkflowAdapter.PIPELINE)) {
                WorkflowAdapter.pipeline(resource, input.file(), input.limits(), out, diagnostics);
            } else if (NestedStacks.TYPES.contains(type.get())) {
                NestedStacks.follow(resource, body, entry.key(), type.get(), input, out, diagnostics, nested);
            } else if (ADAPTERS.containsKey(type.get())) {
                out.add(ADAPTERS.get(type.get()).apply(resource));
            }
        }
        diagnostics.addAll(evaluator.limitDiagnostics(input.file()));
        return new Adapted(References.resolve(out, read, prefix), diagnostics, nested);
    }

    /** A warning per transform: SAM and macros would add or change resources that are not read here. */
    private static void transforms(Mapping root, Path file, List<Diagnostic> diagnostics) {
        Optional<Entry> transform = root.entry("Transform");
        if (transform.isEmpty()) return;
        List<CfnNode> names = transform.get().value() instanceof Sequence s
                ? s.items()
                : List.of(transform.get().value());
        for (CfnNode name : names) {
            String text = name instanceof Scalar s ? s.value() : name.source().compact();
            String message;
            if (text.startsWith("AWS::Serverless")) {
                message = "the AWS SAM transform `" + text + "` is not expanded: the template's own resources, the "
                        + "definitions of its `AWS::Serverless::StateMachine` resources and the local templates of its "
                        + "`AWS::Serverless::Application` resources are analyzed, not the other resources the "
                        + "transform would create";
            } else {
                String what = text.equals("AWS::LanguageExtensions")
                        ? "the transform `" + text + "`"
                        : "the transform (macro) `" + text + "`";
                message = what + " is not expanded: only the resources "
                        + "the template declares itself are analyzed, not those the transform would create or change";
            }
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.TRANSFORM_NOT_EXPANDED,
                    message,
                    file,
                    name.span().line(),
                    name.span().column()));
        }
    }

    private static Optional<String> type(CfnNode resource) {
        if (resource instanceof Mapping body
                && body.get("Type").orElse(null) instanceof Scalar type
                && !type.isNull()) {
            return Optional.of(type.value());
        }
        return Optional.empty();
    }

    /** CDK writes the construct path into {@code Metadata}; it is the name a CDK user knows the resource by. */
    private static String constructPath(Mapping body) {
        if (body.get("Metadata").orElse(null) instanceof Mapping metadata
                && metadata.get("aws:cdk:path").orElse(null) instanceof Scalar path
                && !path.isNull()) {
            return path.value();
        }
        return null;
    }

    /**
     * Resolves references between the resources of one template: a name written as {@code Ref} or
     * {@code Fn::GetAtt} of another resource, or as the literal name that resource declares.
     */
    static final class References {
        private References() {}

        static List<SageMakerResource> resolve(
                List<SageMakerResource> resources, Map<String, CfnResource> read, String prefix) {
            Map<String, SageMakerResource> byAddress = new HashMap<>();
            for (SageMakerResource r : resources) byAddress.put(r.id().address(), r);
            // The first job definition of each name it is known to have, in declaration order: a schedule that
            // names its definition literally finds it here, without a look at every resource for each schedule.
            Map<String, MonitoringJobDefinition> definitionsByName = new HashMap<>();
            for (SageMakerResource r : resources) {
                if (r instanceof MonitoringJobDefinition d && d.name() instanceof Prop.Known<String> n) {
                    definitionsByName.putIfAbsent(n.value(), d);
                }
            }
            List<SageMakerResource> out = new ArrayList<>();
            for (SageMakerResource r : resources) {
                CfnResource source = read.get(r.id().address());
                if (r instanceof MonitoringSchedule s && source != null) {
                    out.add(schedule(s, source.scope(), byAddress, definitionsByName, prefix));
                } else if (r instanceof EndpointConfig c && source != null) {
                    out.add(endpointConfig(c, source.scope(), byAddress, prefix));
                } else {
                    out.add(r);
                }
            }
            return out;
        }

        private static MonitoringSchedule schedule(
                MonitoringSchedule s,
                Scope p,
                Map<String, SageMakerResource> byAddress,
                Map<String, MonitoringJobDefinition> definitionsByName,
                String prefix) {
            if (s.embeddedJob().isPresent()) return s;
            Optional<MonitoringJobDefinition> named = p.reference(
                            "MonitoringScheduleConfig.MonitoringJobDefinitionName")
                    .map(id -> byAddress.get(prefix + id))
                    .filter(MonitoringJobDefinition.class::isInstance)
                    .map(MonitoringJobDefinition.class::cast);
            String literal = s.jobDefinitionName() instanceof Prop.Known<String> k ? k.value() : onlyValue(s);
            if (named.isEmpty() && literal != null) named = Optional.ofNullable(definitionsByName.get(literal));
            if (named.isEmpty()) return s;
            return new MonitoringSchedule(
                    s.id(), s.embeddedJob(), s.jobDefinitionName(), s.monitoringType(), named, s.tags());
        }

        /** The name a schedule gives in every case (a {@code Fn::Sub} over a parameter with one value), or null. */
        private static String onlyValue(MonitoringSchedule s) {
            if (!(s.jobDefinitionName() instanceof Prop.Unknown<String> u)
                    || !u.exhaustive()
                    || !u.unresolvedWhen().isEmpty()) {
                return null;
            }
            List<String> values = u.possibleValues().stream()
                    .map(Prop.Possible::value)
                    .distinct()
                    .toList();
            return values.size() == 1 ? values.get(0) : null;
        }

        private static EndpointConfig endpointConfig(
                EndpointConfig c, Scope p, Map<String, SageMakerResource> byAddress, String prefix) {
            List<Scope> scopes = p.elements("ProductionVariants");
            if (scopes.size() != c.productionVariants().size()) return c;
            List<ProductionVariant> variants = new ArrayList<>();
            for (int i = 0; i < scopes.size(); i++) {
                ProductionVariant v = c.productionVariants().get(i);
                Optional<Model> model = scopes.get(i)
                        .reference("ModelName")
                        .map(id -> byAddress.get(prefix + id))
                        .filter(Model.class::isInstance)
                        .map(Model.class::cast);
                variants.add(v.withModel(model));
            }
            return new EndpointConfig(
                    c.id(), c.kmsKeyId(), variants, c.dataCapture(), c.captureEnabled(), c.captureKmsKeyId(), c.tags());
        }
    }
}
