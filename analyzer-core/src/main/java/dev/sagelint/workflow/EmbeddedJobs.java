package dev.sagelint.workflow;

import dev.sagelint.engine.Budget;
import dev.sagelint.json.JsonValue;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.ProductionVariant;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.model.sagemaker.TransformJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SageMaker jobs that a workflow definition starts, read the same way for every input format from the
 * {@link JsonValue} tree that the front-end builds:
 * <ul>
 *   <li>a Step Functions state machine: every {@code Task} state whose {@code Resource} is a SageMaker integration
 *       ({@code arn:<partition>:states:::sagemaker:createTrainingJob}, with or without {@code .sync}, or the AWS SDK
 *       form {@code ...:aws-sdk:sagemaker:createTrainingJob}; training, processing, tuning and transform jobs,
 *       models and endpoint configurations), in {@code Parallel} branches and {@code Map} iterators too, named
 *       {@code <owner>/States/<state>} and declared at the state's name
 *       (https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html);</li>
 *   <li>a SageMaker pipeline: the {@code Training}, {@code Processing}, {@code Transform}, {@code Tuning} and
 *       {@code Model} steps of its definition (also inside {@code Condition} steps), named
 *       {@code <owner>/Steps/<step>} and declared at the step's {@code Name}; a pipeline parameter read with {@code {"Get": "Parameters.X"}} takes its
 *       {@code DefaultValue}
 *       (https://aws-sagemaker-mlops.github.io/sagemaker-model-building-pipeline-definition-JSON-schema/).</li>
 * </ul>
 * Reading spends a {@link Budget}: a step per state, step and value visited, so that a definition with a great
 * many states (or parameter defaults used a great many times) stops with {@link Budget.Exceeded} for the caller to
 * report, instead of running on. Requests use the SageMaker API's field names; the defaults of unset fields are those the model records hold
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html,
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html,
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html,
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html,
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html).
 */
public final class EmbeddedJobs {

    private static final Pattern SAGEMAKER = Pattern.compile("states:::(?:aws-sdk:)?sagemaker:(\\w+)");

    /** What the front-end knows about the resource that holds the definition. */
    public interface Owner {
        /**
         * The identity of a job.
         *
         * @param suffix      the job's place below the owner ({@code /States/Train},
         *                    {@code /States/Fan/Branches/0/States/Train}, {@code /Steps/Train})
         * @param declaration where the job is declared
         */
        ResourceId id(String suffix, Span declaration);

        /** How the front-end's property paths name item {@code index} of a list, or every item when it is -1. */
        String index(int index);
    }

    private EmbeddedJobs() {}

    /** The jobs started by the tasks of a Step Functions state machine definition. */
    public static List<SageMakerResource> stateMachine(JsonValue definition, Owner owner, Budget budget) {
        List<SageMakerResource> out = new ArrayList<>();
        states(definition, "/States", owner, out, budget);
        return out;
    }

    /** The jobs run by the steps of a SageMaker pipeline definition. */
    public static List<SageMakerResource> pipeline(JsonValue definition, Owner owner, Budget budget) {
        List<SageMakerResource> out = new ArrayList<>();
        JsonValue tree = withParameterDefaults(definition, defaults(definition), budget);
        if (field(tree, "Steps").orElse(null) instanceof JsonValue.Arr steps) steps(steps, owner, out, budget);
        return out;
    }

    // ---- state machines ----

    private static void states(
            JsonValue definition, String suffix, Owner owner, List<SageMakerResource> out, Budget budget) {
        if (!(field(definition, "States").orElse(null) instanceof JsonValue.Obj states)) return;
        for (JsonValue.Member state : states.members()) {
            budget.step();
            if (!(state.value() instanceof JsonValue.Obj body)) continue;
            String here = suffix + "/" + state.key();
            String type = text(body.get("Type")).orElse("");
            if (type.equals("Parallel") && body.get("Branches").orElse(null) instanceof JsonValue.Arr branches) {
                for (int i = 0; i < branches.items().size(); i++) {
                    states(branches.items().get(i), here + "/Branches/" + i + "/States", owner, out, budget);
                }
            } else if (type.equals("Map")) {
                body.get("ItemProcessor")
                        .or(() -> body.get("Iterator"))
                        .ifPresent(p -> states(p, here + "/States", owner, out, budget));
            } else if (type.equals("Task")) {
                task(state, body, here, owner, out);
            }
        }
    }

    private static void task(
            JsonValue.Member state, JsonValue.Obj body, String suffix, Owner owner, List<SageMakerResource> out) {
        Optional<JsonValue> resource = body.get("Resource");
        if (resource.isEmpty()) return;
        String arn = resource.get() instanceof JsonValue.Unknown u ? u.expression() : JsonValue.text(resource.get());
        Matcher m = SAGEMAKER.matcher(arn);
        if (!m.find()) return;
        JsonValue parameters =
                body.get("Parameters").or(() -> body.get("Arguments")).orElse(null);
        add(m.group(1), owner.id(suffix, state.keySpan()), parameters, owner, out);
    }

    // ---- pipelines ----

    private static void steps(JsonValue.Arr steps, Owner owner, List<SageMakerResource> out, Budget budget) {
        for (JsonValue step : steps.items()) {
            budget.step();
            if (!(step instanceof JsonValue.Obj s)) continue;
            String name = scalar(s.get("Name")).orElse("?");
            String type = text(s.get("Type")).orElse("");
            JsonValue arguments = s.get("Arguments").orElse(null);
            if (type.equals("Condition")) {
                for (String branch : List.of("IfSteps", "ElseSteps")) {
                    if (field(arguments, branch).orElse(null) instanceof JsonValue.Arr nested) {
                        steps(nested, owner, out, budget);
                    }
                }
                continue;
            }
            String api = switch (type) {
                case "Training" -> "createTrainingJob";
                case "Processing" -> "createProcessingJob";
                case "Transform" -> "createTransformJob";
                case "Tuning" -> "createHyperParameterTuningJob";
                case "Model" -> "createModel";
                default -> null;
            };
            if (api == null) continue;
            Span declaration = s.member("Name").map(JsonValue.Member::keySpan).orElse(s.span());
            add(api, owner.id("/Steps/" + name, declaration), arguments, owner, out);
        }
    }

    /** The {@code DefaultValue} of each entry of the definition's {@code Parameters}, by name. */
    private static Map<String, JsonValue> defaults(JsonValue tree) {
        Map<String, JsonValue> out = new HashMap<>();
        if (field(tree, "Parameters").orElse(null) instanceof JsonValue.Arr params) {
            for (JsonValue p : params.items()) {
                Optional<String> name = scalar(field(p, "Name"));
                Optional<JsonValue> value = field(p, "DefaultValue");
                if (name.isPresent() && value.isPresent()) out.put(name.get(), value.get());
            }
        }
        return out;
    }

    /** The tree with each {@code {"Get": "Parameters.X"}} replaced by the default of {@code X}, when it has one. */
    private static JsonValue withParameterDefaults(JsonValue node, Map<String, JsonValue> defaults, Budget budget) {
        if (defaults.isEmpty()) return node;
        budget.step();
        if (node instanceof JsonValue.Obj o) {
            if (o.members().size() == 1
                    && o.get("Get").orElse(null) instanceof JsonValue.Str get
                    && get.value().startsWith("Parameters.")
                    && defaults.containsKey(get.value().substring("Parameters.".length()))) {
                return defaults.get(get.value().substring("Parameters.".length()));
            }
            List<JsonValue.Member> members = new ArrayList<>();
            for (JsonValue.Member m : o.members()) {
                members.add(
                        new JsonValue.Member(m.key(), m.keySpan(), withParameterDefaults(m.value(), defaults, budget)));
            }
            return new JsonValue.Obj(members, o.span());
        }
        if (node instanceof JsonValue.Arr a) {
            return new JsonValue.Arr(
                    a.items().stream()
                            .map(i -> withParameterDefaults(i, defaults, budget))
                            .toList(),
                    a.span());
        }
        return node;
    }

    // ---- requests ----

    /** Maps an API name onto the model record it creates. */
    private static void add(String api, ResourceId id, JsonValue parameters, Owner owner, List<SageMakerResource> out) {
        JobRequest p = JobRequest.of(parameters, id.declaration(), owner);
        switch (api) {
            case "createTrainingJob" -> out.add(training(id, p, p.tags("Tags")));
            case "createProcessingJob" -> out.add(processing(id, p));
            case "createTransformJob" -> out.add(transform(id, p));
            case "createModel" -> out.add(model(id, p));
            case "createEndpointConfig" -> out.add(endpointConfig(id, p));
            case "createHyperParameterTuningJob" -> {
                Prop<Map<String, String>> tags = p.tags("Tags");
                p.child("TrainingJobDefinition").ifPresent(d -> out.add(training(id, d, tags)));
                List<JobRequest> many = p.elements("TrainingJobDefinitions");
                for (int i = 0; i < many.size(); i++) {
                    ResourceId each = new ResourceId(
                            id.address() + "/TrainingJobDefinitions/" + i,
                            id.sourceType(),
                            id.declaration(),
                            id.stack(),
                            id.constructPath(),
                            id.origin(),
                            id.note(),
                            id.calledFrom());
                    out.add(training(each, many.get(i), tags));
                }
            }
            default -> {
                // the other APIs have no settings of their own to check.
            }
        }
    }

    /** A training job; {@code tags} are its own, or those of the tuning job that launches it. */
    private static TrainingJob training(ResourceId id, JobRequest p, Prop<Map<String, String>> tags) {
        return new TrainingJob(
                id,
                p.bool("EnableInterContainerTrafficEncryption", TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                p.bool("EnableNetworkIsolation", TrainingJob.DEFAULT_NETWORK_ISOLATION),
                instanceCount(p),
                p.strings("VpcConfig.Subnets"),
                p.string("ResourceConfig.VolumeKmsKeyId"),
                p.string("OutputDataConfig.KmsKeyId"),
                p.string("RoleArn"),
                p.string("ResourceConfig.InstanceType"),
                tags);
    }

    /**
     * The instances of a training job: {@code ResourceConfig.InstanceCount}, or for a heterogeneous cluster the sum
     * of {@code InstanceCount} over {@code ResourceConfig.InstanceGroups}, which replaces it
     * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html).
     */
    private static Prop<Integer> instanceCount(JobRequest p) {
        return p.has("ResourceConfig.InstanceGroups")
                ? p.sum("ResourceConfig.InstanceGroups", "InstanceCount")
                : p.integer("ResourceConfig.InstanceCount", null);
    }

    private static ProcessingJob processing(ResourceId id, JobRequest p) {
        NetworkConfig network = new NetworkConfig(
                p.bool(
                        "NetworkConfig.EnableInterContainerTrafficEncryption",
                        NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                p.bool("NetworkConfig.EnableNetworkIsolation", NetworkConfig.DEFAULT_NETWORK_ISOLATION),
                p.strings("NetworkConfig.VpcConfig.Subnets"),
                p.strings("NetworkConfig.VpcConfig.SecurityGroupIds"));
        return new ProcessingJob(
                id,
                network,
                p.integer("ProcessingResources.ClusterConfig.InstanceCount", null),
                p.string("ProcessingResources.ClusterConfig.VolumeKmsKeyId"),
                p.present("ProcessingOutputConfig"),
                p.string("ProcessingOutputConfig.KmsKeyId"),
                p.string("RoleArn"),
                p.string("ProcessingResources.ClusterConfig.InstanceType"),
                p.tags("Tags"));
    }

    private static TransformJob transform(ResourceId id, JobRequest p) {
        return new TransformJob(
                id,
                p.string("TransformResources.VolumeKmsKeyId"),
                p.integer("TransformResources.InstanceCount", null),
                p.string("TransformResources.InstanceType"),
                p.string("TransformOutput.KmsKeyId"),
                p.string("ModelName"),
                p.tags("Tags"));
    }

    private static Model model(ResourceId id, JobRequest p) {
        return new Model(
                id,
                p.bool("EnableNetworkIsolation", Model.DEFAULT_ENABLE_NETWORK_ISOLATION),
                p.child("PrimaryContainer").map(EmbeddedJobs::container),
                p.elements("Containers").stream().map(EmbeddedJobs::container).toList(),
                p.strings("VpcConfig.Subnets"),
                p.string("ExecutionRoleArn"),
                p.strings("VpcConfig.SecurityGroupIds"),
                p.tags("Tags"));
    }

    private static EndpointConfig endpointConfig(ResourceId id, JobRequest p) {
        List<ProductionVariant> variants = p.elements("ProductionVariants").stream()
                .map(v -> new ProductionVariant(
                        v.span(),
                        v.string("VariantName"),
                        v.string("ModelName"),
                        v.integerUnless("InitialInstanceCount", null, "ServerlessConfig"),
                        v.present("ServerlessConfig")))
                .toList();
        return new EndpointConfig(
                id,
                p.string("KmsKeyId"),
                variants,
                p.present("DataCaptureConfig"),
                p.bool("DataCaptureConfig.EnableCapture", EndpointConfig.DEFAULT_ENABLE_CAPTURE),
                p.string("DataCaptureConfig.KmsKeyId"),
                p.tags("Tags"));
    }

    /** A container definition; its unset fields point at the container. */
    private static ContainerDefinition container(JobRequest written) {
        JobRequest c = written.enclosed();
        return new ContainerDefinition(c.span(), c.string("Image"), c.string("ImageConfig.RepositoryAccessMode"));
    }

    private static Optional<JsonValue> field(JsonValue v, String name) {
        return v instanceof JsonValue.Obj o ? o.get(name) : Optional.empty();
    }

    private static Optional<String> text(Optional<JsonValue> v) {
        return v.orElse(null) instanceof JsonValue.Str s ? Optional.of(s.value()) : Optional.empty();
    }

    /** A string, number or boolean as text. */
    private static Optional<String> scalar(Optional<JsonValue> v) {
        JsonValue value = v.orElse(null);
        if (value instanceof JsonValue.Str || value instanceof JsonValue.Num || value instanceof JsonValue.Bool) {
            return Optional.of(JsonValue.text(value));
        }
        return Optional.empty();
    }
}
