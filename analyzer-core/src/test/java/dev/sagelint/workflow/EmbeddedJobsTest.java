package dev.sagelint.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import dev.sagelint.json.Resolution;
import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.model.sagemaker.TransformJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflow reader on small definitions: each case is a definition and the records it gives, written as one
 * line per record with every property as {@code value@line:column}, {@code absent(default)@line:column} or
 * {@code unknown(expression; reason)@line:column}.
 */
class EmbeddedJobsTest {

    private static final Path FILE = Path.of("workflow.json");

    /** Names jobs below {@code M} and lists with {@code [i]}. */
    private static final dev.sagelint.engine.Budget BUDGET =
            dev.sagelint.engine.Budget.of(dev.sagelint.engine.ScanContext.Limits.defaults());

    private static final EmbeddedJobs.Owner OWNER = new EmbeddedJobs.Owner() {
        @Override
        public ResourceId id(String suffix, Span declaration) {
            return ResourceId.of("M" + suffix, "test", declaration);
        }

        @Override
        public String index(int index) {
            return index < 0 ? "[*]" : "[" + index + "]";
        }
    };

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} states, {1} steps")
    @org.junit.jupiter.params.provider.CsvSource({
        // states, steps per file, jobs read ("limit" when the budget runs out)
        "10,    1000,  10",
        "10,    5,     limit",
        "20000, 10000, limit",
    })
    void aDefinitionWithManyStatesStopsAtTheStepLimit(int states, long steps, String expected) {
        StringBuilder definition = new StringBuilder("{\"States\": {");
        for (int i = 0; i < states; i++) {
            if (i > 0) definition.append(',');
            definition
                    .append("\"S")
                    .append(i)
                    .append("\": {\"Type\": \"Task\", \"Resource\": ")
                    .append("\"arn:aws:states:::sagemaker:createTrainingJob\", \"Parameters\": {}}");
        }
        definition.append("}}");
        ScanContext.Limits limits = ScanContext.Limits.defaults()
                .with(ScanContext.Limit.STEPS_PER_FILE, steps)
                .with(ScanContext.Limit.FILE_BYTES, 1L << 30);
        JsonValue tree =
                JsonReader.read(FILE, definition.toString(), limits).root().orElseThrow();
        dev.sagelint.engine.Budget budget = dev.sagelint.engine.Budget.of(limits);
        String read;
        try {
            read = String.valueOf(EmbeddedJobs.stateMachine(tree, OWNER, budget).size());
        } catch (dev.sagelint.engine.Budget.Exceeded e) {
            assertThat(e.limit()).isEqualTo(ScanContext.Limit.STEPS_PER_FILE);
            read = "limit";
        }
        assertThat(read).isEqualTo(expected);
    }

    private static JsonValue json(String text) {
        return JsonReader.read(FILE, text, ScanContext.Limits.defaults()).root().orElseThrow();
    }

    static Stream<Arguments> stateMachines() {
        return Stream.of(
                Arguments.of(
                        "a training task: written, unset and run-time values",
                        """
                        {"StartAt": "Train", "States": {
                          "Train": {"Type": "Task",
                            "Resource": "arn:aws:states:::sagemaker:createTrainingJob.sync",
                            "Parameters": {
                              "EnableInterContainerTrafficEncryption": true,
                              "EnableNetworkIsolation.$": "$.isolate",
                              "ResourceConfig": {"InstanceCount": 2},
                              "VpcConfig": {"Subnets": ["a", "b"]}},
                            "End": true},
                          "Wait": {"Type": "Wait", "Seconds": 5, "End": true}}}""",
                        List.of("TrainingJob M/States/Train@2:3 encryption=true@5:48 "
                                + "isolation=unknown(EnableNetworkIsolation.$: $.isolate; "
                                + "it is taken from the state's input at run time)@6:35 count=2@7:43 "
                                + "subnets=[a, b]@8:32")),
                Arguments.of(
                        "tasks in Parallel branches and Map iterators, the AWS SDK form",
                        """
                        {"States": {
                          "Fan": {"Type": "Parallel", "Branches": [
                            {"States": {"Prep": {"Type": "Task",
                              "Resource": "arn:aws-cn:states:::aws-sdk:sagemaker:createProcessingJob",
                              "Parameters": {"NetworkConfig": {"EnableNetworkIsolation": "true"},
                                "ProcessingResources": {"ClusterConfig": {"InstanceCount": "3"}}}}}}]},
                          "Each": {"Type": "Map", "ItemProcessor": {"States": {
                            "Train": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createTrainingJob"}}}},
                          "Old": {"Type": "Map", "Iterator": {"States": {
                            "Train": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createTrainingJob"}}}},
                          "Lambda": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke"}}}""",
                        List.of(
                                "ProcessingJob M/States/Fan/Branches/0/States/Prep@3:17 encryption=absent(false)@3:17 "
                                        + "isolation=true@5:66 count=3@6:68 subnets=absent(null)@3:17",
                                "TrainingJob M/States/Each/States/Train@8:5 encryption=absent(false)@8:5 "
                                        + "isolation=absent(false)@8:5 count=absent(null)@8:5 subnets=absent(null)@8:5",
                                "TrainingJob M/States/Old/States/Train@10:5 encryption=absent(false)@10:5 "
                                        + "isolation=absent(false)@10:5 count=absent(null)@10:5 subnets=absent(null)@10:5")),
                Arguments.of(
                        "a tuning job: one definition and a list of them",
                        """
                        {"States": {"Tune": {"Type": "Task",
                          "Resource": "arn:aws:states:::sagemaker:createHyperParameterTuningJob.sync",
                          "Parameters": {
                            "TrainingJobDefinition": {"ResourceConfig": {"InstanceCount": 2}},
                            "TrainingJobDefinitions": [{"EnableNetworkIsolation": false}]}}}}""",
                        List.of(
                                "TrainingJob M/States/Tune@1:13 encryption=absent(false)@1:13 isolation=absent(false)@1:13 "
                                        + "count=2@4:67 subnets=absent(null)@1:13",
                                "TrainingJob M/States/Tune/TrainingJobDefinitions/0@1:13 encryption=absent(false)@1:13 "
                                        + "isolation=false@5:59 count=absent(null)@1:13 subnets=absent(null)@1:13")),
                Arguments.of(
                        "a model: unset container fields point at the container",
                        """
                        {"States": {"Model": {"Type": "Task",
                          "Resource": "arn:aws:states:::sagemaker:createModel",
                          "Parameters": {"EnableNetworkIsolation": true,
                            "PrimaryContainer": {"Image": "img"},
                            "Containers": [{"ImageConfig": {"RepositoryAccessMode": "Vpc"}}]}}}}""",
                        List.of("Model M/States/Model@1:13 isolation=true@3:44 subnets=absent(null)@1:13 "
                                + "primary={image=img@4:35 mode=absent(null)@4:25} "
                                + "containers=[{image=absent(null)@5:20 mode=Vpc@5:61}]")),
                Arguments.of(
                        "an endpoint config: a serverless variant has no instance count",
                        """
                        {"States": {"Config": {"Type": "Task",
                          "Resource": "arn:aws:states:::sagemaker:createEndpointConfig",
                          "Parameters": {"ProductionVariants": [
                            {"VariantName": "a", "InitialInstanceCount": 2},
                            {"VariantName": "b", "InitialInstanceCount": 4, "ServerlessConfig": {}}]}}}}""",
                        List.of("EndpointConfig M/States/Config@1:13 kms=absent(null)@1:13 variants=["
                                + "{name=a@4:21 count=2@4:50 serverless=absent(false)@1:13}, "
                                + "{name=b@5:21 count=absent(null)@1:13 serverless=true@5:73}]")),
                Arguments.of(
                        "values of the wrong type are unknown, saying what was expected",
                        """
                        {"States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createTrainingJob",
                          "Parameters": {"EnableNetworkIsolation": "yes", "ResourceConfig": [2],
                            "EnableInterContainerTrafficEncryption": null, "VpcConfig": {"Subnets": "a"}}}}}""",
                        List.of("TrainingJob M/States/T@1:13 encryption=absent(false)@1:13 "
                                + "isolation=unknown(yes; expected a boolean, found `yes`)@2:44 "
                                + "count=unknown([2]; `ResourceConfig` is a list, not an object)@2:69 "
                                + "subnets=unknown(a; expected a list of strings, found `a`)@3:77")),
                Arguments.of("no States, or states that are not objects", """
                        {"States": {"A": "Task", "B": {"Type": "Task"}}}""", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateMachines")
    void stateMachineJobs(String name, String definition, List<String> expected) {
        assertThat(EmbeddedJobs.stateMachine(json(definition), OWNER, BUDGET))
                .map(EmbeddedJobsTest::describe)
                .containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> pipelines() {
        return Stream.of(
                Arguments.of(
                        "steps, also inside conditions, with parameter defaults",
                        """
                        {"Parameters": [{"Name": "Count", "Type": "Integer", "DefaultValue": 3}],
                         "Steps": [
                          {"Name": "Train", "Type": "Training",
                           "Arguments": {"ResourceConfig": {"InstanceCount": {"Get": "Parameters.Count"}}}},
                          {"Name": "Check", "Type": "Condition", "Arguments": {
                            "IfSteps": [{"Name": "Process", "Type": "Processing", "Arguments": {}}],
                            "ElseSteps": [{"Name": "Fail", "Type": "Fail"}]}},
                          {"Type": "Model", "Arguments": {"PrimaryContainer": {"Image": "i"}}}]}""",
                        List.of(
                                "TrainingJob M/Steps/Train@3:4 encryption=absent(false)@3:4 isolation=absent(false)@3:4 "
                                        + "count=3@1:70 subnets=absent(null)@3:4",
                                "ProcessingJob M/Steps/Process@6:18 encryption=absent(false)@6:18 "
                                        + "isolation=absent(false)@6:18 count=absent(null)@6:18 subnets=absent(null)@6:18",
                                "Model M/Steps/?@8:3 isolation=absent(false)@8:3 subnets=absent(null)@8:3 "
                                        + "primary={image=i@8:65 mode=absent(null)@8:55} containers=[]")),
                Arguments.of(
                        "a parameter without default stays as written",
                        """
                        {"Steps": [{"Name": "T", "Type": "Training",
                          "Arguments": {"ResourceConfig": {"InstanceCount": {"Get": "Parameters.N"}}}}]}""",
                        List.of("TrainingJob M/Steps/T@1:13 encryption=absent(false)@1:13 "
                                + "isolation=absent(false)@1:13 count=unknown({\"Get\":\"Parameters.N\"}; "
                                + "expected an integer, found an object)@2:53 subnets=absent(null)@1:13")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelines")
    void pipelineJobs(String name, String definition, List<String> expected) {
        assertThat(EmbeddedJobs.pipeline(json(definition), OWNER, BUDGET))
                .map(EmbeddedJobsTest::describe)
                .containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> tags() {
        return Stream.of(
                Arguments.of(
                        "Key/Value objects in order; a number as text, a missing Value as empty",
                        """
                        {"States": {"M": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createModel",
                          "Parameters": {"Tags": [{"Key": "team", "Value": "ml"}, {"Key": "cost-center", "Value": 4711},
                            {"Key": "note"}]}}}}""",
                        List.of("Model {team=ml, cost-center=4711, note=}@2:26")),
                Arguments.of(
                        "not a list, or a tag without a Key, is unknown, saying why",
                        """
                        {"States": {
                          "M": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createModel",
                            "Parameters": {"Tags": {"team": "ml"}}},
                          "C": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createEndpointConfig",
                            "Parameters": {"Tags": [{"Value": "ml"}]}}}}""",
                        List.of(
                                "Model unknown({\"team\":\"ml\"}; expected a list of Key/Value tags, found an object)@3:28",
                                "EndpointConfig unknown([{\"Value\":\"ml\"}]; a tag has no `Key` that is a string)@5:28")),
                Arguments.of(
                        "the training jobs of a tuning job carry the tuning job's tags; a transform job its own",
                        """
                        {"States": {
                          "Tune": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createHyperParameterTuningJob",
                            "Parameters": {"Tags": [{"Key": "team", "Value": "ml"}],
                              "TrainingJobDefinition": {"Tags": [{"Key": "ignored", "Value": "x"}]},
                              "TrainingJobDefinitions": [{}]}},
                          "Score": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createTransformJob",
                            "Parameters": {}}}}""",
                        List.of(
                                "TrainingJob {team=ml}@3:28",
                                "TrainingJob {team=ml}@3:28",
                                "TransformJob absent(null)@6:3")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tags")
    void tagsAreReadAsAMap(String name, String definition, List<String> expected) {
        assertThat(EmbeddedJobs.stateMachine(json(definition), OWNER, BUDGET))
                .map(r -> r.getClass().getSimpleName() + " " + show(tagsOf(r)))
                .containsExactlyElementsOf(expected);
    }

    private static Prop<?> tagsOf(SageMakerResource r) {
        if (r instanceof Model m) return m.tags();
        if (r instanceof EndpointConfig c) return c.tags();
        if (r instanceof TrainingJob t) return t.tags();
        if (r instanceof ProcessingJob p) return p.tags();
        if (r instanceof TransformJob t) return t.tags();
        throw new IllegalArgumentException(r.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownValuesAreResolvedByTheirFrontEnd() {
        Span at = Span.at(FILE, 9, 9);
        JsonValue.Unknown flag = new JsonValue.Unknown(
                "var.encrypt",
                Resolution.cases(
                        "it depends on var.encrypt",
                        List.of(
                                new Resolution.Case(new JsonValue.Bool(true, Span.at(FILE, 20, 1)), encrypt(true)),
                                new Resolution.Case(new JsonValue.Bool(false, Span.at(FILE, 21, 1)), encrypt(false)))),
                at);
        JsonValue.Unknown config =
                new JsonValue.Unknown("var.config", Resolution.cases("it is not known", List.of()), at);
        JsonValue.Unknown subnet =
                new JsonValue.Unknown("aws_subnet.a.id", Resolution.cases("known after apply", List.of()), at);
        Span s = Span.at(FILE, 1, 1);
        JsonValue parameters = new JsonValue.Obj(
                List.of(
                        new JsonValue.Member("EnableInterContainerTrafficEncryption", s, flag),
                        new JsonValue.Member("ResourceConfig", s, config),
                        new JsonValue.Member(
                                "VpcConfig",
                                s,
                                new JsonValue.Obj(
                                        List.of(new JsonValue.Member(
                                                "Subnets",
                                                s,
                                                new JsonValue.Arr(
                                                        List.of(new JsonValue.Str("a", s), subnet),
                                                        Span.at(FILE, 5, 5)))),
                                        s))),
                s);
        JsonValue definition = json("{\"States\": {\"T\": {\"Type\": \"Task\", "
                + "\"Resource\": \"arn:aws:states:::sagemaker:createTrainingJob\"}}}");
        JsonValue.Obj states =
                (JsonValue.Obj) ((JsonValue.Obj) definition).get("States").orElseThrow();
        JsonValue.Obj task = (JsonValue.Obj) states.get("T").orElseThrow();
        List<JsonValue.Member> members = new ArrayList<>(task.members());
        members.add(new JsonValue.Member("Parameters", s, parameters));
        JsonValue withParameters = new JsonValue.Obj(
                List.of(new JsonValue.Member(
                        "States",
                        s,
                        new JsonValue.Obj(
                                List.of(new JsonValue.Member(
                                        "T",
                                        states.member("T").get().keySpan(),
                                        new JsonValue.Obj(members, task.span()))),
                                s))),
                s);

        TrainingJob job = (TrainingJob)
                EmbeddedJobs.stateMachine(withParameters, OWNER, BUDGET).get(0);
        Prop.Unknown<Boolean> flagProp = (Prop.Unknown<Boolean>) job.interContainerTrafficEncryption();
        assertThat(flagProp.possibleValues())
                .map(p -> p.value() + " " + p.condition().words() + "@" + pos(p.span()))
                .containsExactly(
                        "true " + encrypt(true).words() + "@20:1",
                        "false " + encrypt(false).words() + "@21:1");
        assertThat(flagProp.possibleValues().get(0).condition()).isEqualTo(encrypt(true));
        assertThat(flagProp.span()).isEqualTo(at);
        assertThat(show(job.instanceCount()))
                .as("an unknown object on the way to a field makes the field unknown, not absent")
                .isEqualTo("unknown(var.config.InstanceCount; it is not known)@9:9");
        assertThat(show(job.vpcSubnets()))
                .isEqualTo("unknown([\"a\",aws_subnet.a.id]; an item cannot be resolved here: known after apply)@5:5");
    }

    private static Condition encrypt(boolean value) {
        return new Condition.ExpressionIs("var.encrypt", value, List.of("var.encrypt"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String describe(SageMakerResource r) {
        String head = r.getClass().getSimpleName() + " " + r.id().address() + "@" + pos(r.id().declaration());
        if (r instanceof TrainingJob t) {
            return head + " encryption=" + show(t.interContainerTrafficEncryption()) + " isolation="
                    + show(t.networkIsolation()) + " count=" + show(t.instanceCount()) + " subnets="
                    + show(t.vpcSubnets());
        }
        if (r instanceof ProcessingJob p) {
            return head + " encryption=" + show(p.network().interContainerTrafficEncryption()) + " isolation="
                    + show(p.network().networkIsolation()) + " count=" + show(p.instanceCount()) + " subnets="
                    + show(p.network().vpcSubnets());
        }
        if (r instanceof Model m) {
            return head + " isolation=" + show(m.enableNetworkIsolation()) + " subnets=" + show(m.vpcSubnets())
                    + " primary="
                    + m.primaryContainer().map(EmbeddedJobsTest::container).orElse("none")
                    + " containers="
                    + m.containers().stream()
                            .map(EmbeddedJobsTest::container)
                            .collect(Collectors.joining(", ", "[", "]"));
        }
        EndpointConfig e = (EndpointConfig) r;
        return head + " kms=" + show(e.kmsKeyId()) + " variants="
                + e.productionVariants().stream()
                        .map(v -> "{name=" + show(v.name()) + " count=" + show(v.initialInstanceCount())
                                + " serverless=" + show(v.serverless()) + "}")
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String container(ContainerDefinition c) {
        return "{image=" + show(c.image()) + " mode=" + show(c.repositoryAccessMode()) + "}";
    }

    private static String show(Prop<?> p) {
        if (p instanceof Prop.Known<?> k) return k.value() + "@" + pos(k.span());
        if (p instanceof Prop.Absent<?> a) return "absent(" + a.awsDefault() + ")@" + pos(a.span());
        Prop.Unknown<?> u = (Prop.Unknown<?>) p;
        return "unknown(" + u.expression() + "; " + u.reason() + ")@" + pos(u.span());
    }

    private static String pos(Span s) {
        return s.line() + ":" + s.column();
    }
}
