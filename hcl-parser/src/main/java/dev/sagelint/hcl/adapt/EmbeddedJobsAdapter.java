package dev.sagelint.hcl.adapt;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.Val;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SageMaker jobs that a Terraform resource embeds in a JSON definition: the {@code Task} states of an
 * {@code aws_sfn_state_machine} {@code definition} whose {@code Resource} is a SageMaker integration
 * ({@code arn:<partition>:states:::sagemaker:createTrainingJob}, with or without {@code .sync}, or
 * {@code ...:aws-sdk:sagemaker:...}), in {@code Parallel} branches and {@code Map} iterators too, named
 * {@code <address>/States/<state>}; and the {@code Training}, {@code Processing}, {@code Tuning} and {@code Model}
 * steps of an {@code aws_sagemaker_pipeline} {@code pipeline_definition} (also inside {@code Condition} steps),
 * named {@code <address>/Steps/<step>}. The definition is read from the object inside {@code jsonencode(...)},
 * whose values keep the lines they are written on, or else parsed from the JSON string (a heredoc keeps its lines;
 * any other string points at the attribute). Requests use the SageMaker API field names; a key ending in
 * {@code .$} takes its value from the state's input at run time, so it is unknown. Flags default to {@code false}
 * and instance counts have no default, as in the API
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html,
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html).
 */
final class EmbeddedJobsAdapter {

    private static final Pattern SAGEMAKER = Pattern.compile("states:::(?:aws-sdk:)?sagemaker:(\\w+)");

    private EmbeddedJobsAdapter() {
    }

    /** The jobs started by the tasks of an {@code aws_sfn_state_machine}. */
    static List<SageMakerResource> stateMachine(ResourceInstance r, List<Diagnostic> diagnostics) {
        List<SageMakerResource> out = new ArrayList<>();
        definition(r, "definition", "state machine", diagnostics)
                .ifPresent(d -> states(r, d, r.address() + "/States", out));
        return out;
    }

    /** The jobs run by the steps of an {@code aws_sagemaker_pipeline}. */
    static List<SageMakerResource> pipeline(ResourceInstance r, List<Diagnostic> diagnostics) {
        List<SageMakerResource> out = new ArrayList<>();
        if (!r.body().has("pipeline_definition") && r.body().has("pipeline_definition_s3_location")) {
            diagnostics.add(Diagnostic.warning(DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                    "the definition of pipeline `" + r.address()
                    + "` is in Amazon S3 (`pipeline_definition_s3_location`), so it is not analyzable: sagelint "
                    + "reads nothing remote, and the SageMaker jobs it runs are not checked", r.header().file(),
                    r.header().line(), r.header().column()));
            return out;
        }
        Optional<Val> tree = definition(r, "pipeline_definition", "pipeline", diagnostics);
        if (tree.isEmpty()) return out;
        Val root = withParameterDefaults(tree.get(), defaults(tree.get()));
        if (EmbeddedJson.field(root, "Steps").orElse(null) instanceof Val.ListV steps) steps(r, steps, out);
        return out;
    }

    // ---- reading the definition ----

    /**
     * The definition as values: the argument of {@code jsonencode(...)} as evaluated (its values keep their
     * spans), or the JSON string parsed. Empty when it is not written; empty with a warning when it cannot be read.
     */
    private static Optional<Val> definition(ResourceInstance r, String name, String what,
            List<Diagnostic> diagnostics) {
        View body = r.body();
        Optional<Expr> expr = body.expression(name).map(EmbeddedJobsAdapter::unwrap);
        if (expr.isPresent() && expr.get() instanceof Expr.Call c && c.name().equals("jsonencode")
                && c.args().size() == 1 && !c.expandLast()) {
            Val object = body.evaluate(c.args().get(0));
            if (object instanceof Val.ObjV) return Optional.of(object);
        }
        Optional<Val> written = body.attr(name);
        if (written.isEmpty() || written.get() instanceof Val.Null) return Optional.empty();
        Val v = written.get();
        Span at = v.origin() != null ? v.origin() : r.header();
        if (v instanceof Val.ObjV) return Optional.of(v);
        if (v instanceof Val.Unk u) {
            warn(r, what, at, "its value is not known (" + u.reason() + ")", diagnostics);
            return Optional.empty();
        }
        if (!(v instanceof Val.Str s)) {
            warn(r, what, at, "it is a " + Val.typeName(v) + ", not a JSON string", diagnostics);
            return Optional.empty();
        }
        int firstLine = expr.isPresent() && expr.get() instanceof Expr.Literal l && isHeredoc(l)
                ? l.src().span().line() + 1 : 0;
        EmbeddedJson.Read read = EmbeddedJson.read(s.value(), at, firstLine);
        if (read.problem() != null) {
            warn(r, what, at, read.problem(), diagnostics);
            return Optional.empty();
        }
        return Optional.of(read.value());
    }

    private static Expr unwrap(Expr e) {
        Expr current = e;
        while (current instanceof Expr.Parens p) current = p.inner();
        return current;
    }

    /** A heredoc without interpolations: its text is the file's text, line for line. */
    private static boolean isHeredoc(Expr.Literal l) {
        return l.value() instanceof String && l.src().start() >= 0 && l.src().text().startsWith("<<");
    }

    private static void warn(ResourceInstance r, String what, Span at, String why, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.warning(DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                "the definition of " + what + " `" + r.address()
                + "` is not analyzable: " + why + "; the SageMaker jobs it starts are not checked", at.file(),
                at.line(), at.column()));
    }

    // ---- state machines ----

    private static void states(ResourceInstance r, Val definition, String address, List<SageMakerResource> out) {
        if (!(EmbeddedJson.field(definition, "States").orElse(null) instanceof Val.ObjV states)) return;
        for (Map.Entry<String, Val> state : states.fields().entrySet()) {
            if (!(state.getValue() instanceof Val.ObjV body)) continue;
            String here = address + "/" + state.getKey();
            String type = text(body.fields().get("Type")).orElse("");
            if (type.equals("Parallel") && body.fields().get("Branches") instanceof Val.ListV branches) {
                for (int i = 0; i < branches.items().size(); i++) {
                    states(r, branches.items().get(i), here + "/Branches/" + i + "/States", out);
                }
            } else if (type.equals("Map")) {
                Val processor = body.fields().getOrDefault("ItemProcessor", body.fields().get("Iterator"));
                if (processor != null) states(r, processor, here + "/States", out);
            } else if (type.equals("Task")) {
                task(r, body, here, out);
            }
        }
    }

    private static void task(ResourceInstance r, Val.ObjV body, String address, List<SageMakerResource> out) {
        Val resource = body.fields().get("Resource");
        if (resource == null) return;
        String arn = resource instanceof Val.Unk u ? u.expression() : text(resource).orElse("");
        Matcher m = SAGEMAKER.matcher(arn);
        if (!m.find()) return;
        Val parameters = body.fields().getOrDefault("Parameters", body.fields().get("Arguments"));
        Span declaration = body.origin() != null ? body.origin() : r.header();
        add(r, m.group(1), ResourceId.of(address, r.type(), declaration), parameters, out);
    }

    // ---- pipelines ----

    private static void steps(ResourceInstance r, Val.ListV steps, List<SageMakerResource> out) {
        for (Val step : steps.items()) {
            if (!(step instanceof Val.ObjV s)) continue;
            Val nameVal = s.fields().get("Name");
            String name = text(nameVal).orElse("?");
            String type = text(s.fields().get("Type")).orElse("");
            Val arguments = s.fields().get("Arguments");
            if (type.equals("Condition")) {
                for (String branch : List.of("IfSteps", "ElseSteps")) {
                    if (EmbeddedJson.field(arguments, branch).orElse(null) instanceof Val.ListV nested) {
                        steps(r, nested, out);
                    }
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
            Span declaration = nameVal != null && nameVal.origin() != null ? nameVal.origin()
                    : s.origin() != null ? s.origin() : r.header();
            add(r, api, ResourceId.of(r.address() + "/Steps/" + name, r.type(), declaration), arguments, out);
        }
    }

    /** The {@code DefaultValue} of each entry of the definition's {@code Parameters}, by name. */
    private static Map<String, Val> defaults(Val tree) {
        Map<String, Val> out = new HashMap<>();
        if (EmbeddedJson.field(tree, "Parameters").orElse(null) instanceof Val.ListV params) {
            for (Val p : params.items()) {
                Optional<String> name = EmbeddedJson.field(p, "Name").flatMap(EmbeddedJobsAdapter::text);
                Optional<Val> value = EmbeddedJson.field(p, "DefaultValue");
                if (name.isPresent() && value.isPresent()) out.put(name.get(), value.get());
            }
        }
        return out;
    }

    /** The tree with each {@code {"Get": "Parameters.X"}} replaced by the default of {@code X}, when it has one. */
    private static Val withParameterDefaults(Val node, Map<String, Val> defaults) {
        if (defaults.isEmpty()) return node;
        if (node instanceof Val.ObjV o) {
            if (o.fields().size() == 1 && o.fields().get("Get") instanceof Val.Str get
                    && get.value().startsWith("Parameters.")
                    && defaults.containsKey(get.value().substring("Parameters.".length()))) {
                return defaults.get(get.value().substring("Parameters.".length()));
            }
            Map<String, Val> fields = new LinkedHashMap<>();
            o.fields().forEach((k, v) -> fields.put(k, withParameterDefaults(v, defaults)));
            return new Val.ObjV(fields, o.origin());
        }
        if (node instanceof Val.ListV l) {
            return new Val.ListV(l.items().stream().map(i -> withParameterDefaults(i, defaults)).toList(),
                    l.origin());
        }
        return node;
    }

    // ---- requests ----

    /** Maps an API name onto the model record it creates. */
    private static void add(ResourceInstance r, String api, ResourceId id, Val parameters,
            List<SageMakerResource> out) {
        Request p = new Request(r, parameters, id.declaration(), "");
        switch (api) {
            case "createTrainingJob" -> out.add(training(id, p));
            case "createProcessingJob" -> out.add(processing(id, p));
            case "createModel" -> out.add(model(id, p));
            case "createHyperParameterTuningJob" -> {
                EmbeddedJson.field(parameters, "TrainingJobDefinition").ifPresent(d -> out.add(training(id,
                        new Request(r, d, id.declaration(), "TrainingJobDefinition."))));
                if (EmbeddedJson.field(parameters, "TrainingJobDefinitions").orElse(null) instanceof Val.ListV many) {
                    for (int i = 0; i < many.items().size(); i++) {
                        String prefix = "TrainingJobDefinitions." + i + ".";
                        ResourceId each = ResourceId.of(id.address() + "/TrainingJobDefinitions/" + i,
                                id.sourceType(), id.declaration());
                        out.add(training(each, new Request(r, many.items().get(i), id.declaration(), prefix)));
                    }
                }
            }
            default -> {
                // createTransformJob and the other APIs have no network settings of their own to check.
            }
        }
    }

    private static TrainingJob training(ResourceId id, Request p) {
        return new TrainingJob(id,
                p.runtime("EnableInterContainerTrafficEncryption",
                        () -> p.bool("EnableInterContainerTrafficEncryption",
                                TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION)),
                p.runtime("EnableNetworkIsolation",
                        () -> p.bool("EnableNetworkIsolation", TrainingJob.DEFAULT_NETWORK_ISOLATION)),
                p.runtime("ResourceConfig.InstanceCount", () -> p.integer("ResourceConfig.InstanceCount")),
                p.runtime("VpcConfig.Subnets", () -> p.strings("VpcConfig.Subnets")));
    }

    private static ProcessingJob processing(ResourceId id, Request p) {
        NetworkConfig network = new NetworkConfig(
                p.runtime("NetworkConfig.EnableInterContainerTrafficEncryption",
                        () -> p.bool("NetworkConfig.EnableInterContainerTrafficEncryption",
                                NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION)),
                p.runtime("NetworkConfig.EnableNetworkIsolation",
                        () -> p.bool("NetworkConfig.EnableNetworkIsolation", NetworkConfig.DEFAULT_NETWORK_ISOLATION)),
                p.runtime("NetworkConfig.VpcConfig.Subnets", () -> p.strings("NetworkConfig.VpcConfig.Subnets")));
        return new ProcessingJob(id, network, p.runtime("ProcessingResources.ClusterConfig.InstanceCount",
                () -> p.integer("ProcessingResources.ClusterConfig.InstanceCount")));
    }

    private static Model model(ResourceId id, Request p) {
        Optional<ContainerDefinition> primary = EmbeddedJson.field(p.root, "PrimaryContainer")
                .map(c -> container(p.child(c, "PrimaryContainer.")));
        List<ContainerDefinition> containers = new ArrayList<>();
        if (EmbeddedJson.field(p.root, "Containers").orElse(null) instanceof Val.ListV list) {
            for (int i = 0; i < list.items().size(); i++) {
                containers.add(container(p.child(list.items().get(i), "Containers." + i + ".")));
            }
        }
        return new Model(id,
                p.runtime("EnableNetworkIsolation",
                        () -> p.bool("EnableNetworkIsolation", Model.DEFAULT_ENABLE_NETWORK_ISOLATION)),
                primary, containers,
                p.runtime("VpcConfig.Subnets", () -> p.strings("VpcConfig.Subnets")));
    }

    private static ContainerDefinition container(Request c) {
        Span span = c.root != null && c.root.origin() != null ? c.root.origin() : c.absentAt;
        return new ContainerDefinition(span, c.runtime("Image", () -> c.string("Image")),
                c.runtime("ImageConfig.RepositoryAccessMode", () -> c.string("ImageConfig.RepositoryAccessMode")));
    }

    private static Optional<String> text(Val v) {
        return v instanceof Val.Str s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * The parameters of one request, read with the SageMaker API's dotted field paths; {@code prefix} is put in
     * front of each path in the props ({@code TrainingJobDefinition.}).
     */
    private static final class Request {
        private final ResourceInstance resource;
        private final Val root;
        private final Span absentAt;
        private final String prefix;
        private final Attrs attrs;

        Request(ResourceInstance resource, Val root, Span absentAt, String prefix) {
            this.resource = resource;
            this.root = root;
            this.absentAt = absentAt;
            this.prefix = prefix;
            this.attrs = new Attrs(resource, absentAt);
        }

        Request child(Val value, String childPrefix) {
            Span at = value != null && value.origin() != null ? value.origin() : absentAt;
            return new Request(resource, value, at, prefix + childPrefix);
        }

        /** The object that holds the last segment of {@code path}, if every object on the way is written. */
        private Optional<View> holder(String path) {
            if (root == null) return Optional.empty();
            Optional<View> v = Optional.of(View.of(root, absentAt));
            String[] segments = path.split("\\.");
            for (int i = 0; i < segments.length - 1; i++) {
                String segment = segments[i];
                v = v.flatMap(x -> Attrs.first(x, segment));
            }
            return v;
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        Prop<Boolean> bool(String path, Boolean awsDefault) {
            return attrs.bool(holder(path), last(path), prefix + path, awsDefault);
        }

        Prop<Integer> integer(String path) {
            return attrs.integer(holder(path), last(path), prefix + path, null);
        }

        Prop<String> string(String path) {
            return attrs.string(holder(path), last(path), prefix + path, null);
        }

        Prop<List<String>> strings(String path) {
            return attrs.stringList(holder(path), last(path), prefix + path);
        }

        /**
         * The value at {@code path}, unless a key on the way to it ends in {@code .$}
         * ({@code "EnableNetworkIsolation.$": "$.isolate"}): then it is taken from the state's input at run time.
         */
        <T> Prop<T> runtime(String path, Supplier<Prop<T>> written) {
            Val current = root;
            for (String segment : path.split("\\.")) {
                if (!(current instanceof Val.ObjV o)) break;
                Val dynamic = o.fields().get(segment + ".$");
                if (dynamic != null) {
                    Span at = dynamic.origin() != null ? dynamic.origin() : absentAt;
                    String shown = dynamic instanceof Val.Str s ? s.value()
                            : dynamic instanceof Val.Unk u ? u.expression() : Val.typeName(dynamic);
                    return Prop.unknown(prefix + path, segment + ".$: " + shown,
                            "it is taken from the state's input at run time", at);
                }
                current = o.fields().get(segment);
            }
            return written.get();
        }
    }
}
