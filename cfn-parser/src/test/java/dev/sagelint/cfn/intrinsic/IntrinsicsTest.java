package dev.sagelint.cfn.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.ScanContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per intrinsic function and case: the expression, written as the value {@code V} of a resource in a small
 * template, and its alternatives rendered as {@code value [when ...] @line}, joined by {@code " | "}. A value is its
 * text, a list {@code [a, b]}, {@code <absent>} or {@code <unresolved: reason>}; a trailing {@code (open)} marks an
 * outcome that does not cover every case.
 */
class IntrinsicsTest {

    private static final Path FILE = Path.of("/t/template.yaml");

    /** Lines 1 to 22 of every template; the row's expression is on line 24. */
    private static final String HEAD = """
            Parameters:
              Env: {Type: String, Default: dev, AllowedValues: [dev, prod]}
              Open: {Type: String, Default: Enabled}
              NoDefault: {Type: String}
              Choice: {Type: String, AllowedValues: [a, b]}
              Subnets: {Type: CommaDelimitedList, Default: "s-1,s-2"}
              FromSsm: {Type: "AWS::SSM::Parameter::Value<String>", Default: /ml/flag}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              Always: !Equals [x, x]
              Never: !Not [!Condition Always]
              Both: !And [Always, !Condition IsProd]
              Either: !Or [Never, Always]
            Mappings:
              Sizes:
                dev: {Count: 1}
                prod: {Count: 2}
            Resources:
              Key: {Type: AWS::KMS::Key}
              Other: {Type: AWS::S3::Bucket}
              R:
                Type: AWS::SageMaker::Model
                Properties:
            """;

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "ref a parameter: its default and each other allowed value",
                        "!Ref Env",
                        "dev when parameter `Env` is `dev` (its default) @2 | prod when parameter `Env` is `prod` @2"),
                row(
                        "ref a parameter with a default only: open to other values",
                        "!Ref Open",
                        "Enabled when parameter `Open` is `Enabled` (its default) @3 (open)"),
                row(
                        "ref a parameter without default: its allowed values",
                        "!Ref Choice",
                        "a when parameter `Choice` is `a` @5 | b when parameter `Choice` is `b` @5"),
                row(
                        "ref a parameter without default or allowed values",
                        "!Ref NoDefault",
                        "<unresolved: parameter `NoDefault` has no `Default`> @24"),
                row(
                        "ref a list parameter",
                        "!Ref Subnets",
                        "[s-1, s-2] when parameter `Subnets` is `s-1,s-2` (its default) @6 (open)"),
                row(
                        "ref a Parameter Store parameter",
                        "!Ref FromSsm",
                        "<unresolved: parameter `FromSsm` is read from Systems Manager Parameter Store at deployment> @24"),
                row(
                        "ref a resource gives its identity",
                        "!Ref Key",
                        "<unresolved: it names resource `Key`, whose identifier is known only after deployment> @24"),
                row("AWS::NoValue removes the value", "!Ref AWS::NoValue", "<absent> @24"),
                row(
                        "a pseudo parameter is known only at deployment",
                        "!Ref AWS::Region",
                        "<unresolved: the pseudo parameter `AWS::Region` is known only at deployment> @24"),
                row("if on a condition decided by literals keeps the live branch", "!If [Always, yes, no]", "yes @24"),
                row("if on a negated condition", "!If [Never, yes, no]", "no @24"),
                row("if on and/or", "!If [Either, yes, !If [Both, both, neither]]", "yes @24"),
                row(
                        "if on a condition over a parameter keeps both branches",
                        "!If [IsProd, Disabled, Enabled]",
                        "Disabled when condition `IsProd` holds @24 | Enabled when condition `IsProd` does not hold @24"),
                row(
                        "if with a NoValue branch",
                        "!If [IsProd, 2, !Ref AWS::NoValue]",
                        "2 when condition `IsProd` holds @24 | <absent> when condition `IsProd` does not hold @24"),
                row(
                        "if with a parameter in a branch combines both",
                        "!If [IsProd, !Ref Open, Disabled]",
                        "Enabled when condition `IsProd` holds and parameter `Open` is `Enabled` (its default) @3"
                                + " | Disabled when condition `IsProd` does not hold @24 (open)"),
                row("find in map", "!FindInMap [Sizes, prod, Count]", "2 @17"),
                row(
                        "find in map with a key from a parameter",
                        "!FindInMap [Sizes, !Ref Env, Count]",
                        "1 when parameter `Env` is `dev` (its default) @16 | 2 when parameter `Env` is `prod` @17"),
                row(
                        "find in map falls back to DefaultValue",
                        "!FindInMap [Sizes, test, Count, {DefaultValue: 3}]",
                        "3 @24"),
                row(
                        "find in map without the key",
                        "!FindInMap [Sizes, test, Count]",
                        "<unresolved: mapping `Sizes` has no entry `test`.`Count`> @24"),
                row(
                        "sub, string form",
                        "!Sub \"${Env}-${!Literal}\"",
                        "dev-${Literal} when parameter `Env` is `dev` (its default) @24"
                                + " | prod-${Literal} when parameter `Env` is `prod` @24"),
                row(
                        "sub, list form with its own variables",
                        "!Sub [\"${A}/${B}\", {A: x, B: !If [Always, y, z]}]",
                        "x/y @24"),
                row(
                        "sub with an attribute is unresolved",
                        "!Sub \"${Key.Arn}\"",
                        "<unresolved: the `Arn` attribute of resource `Key` is known only after deployment> @24"),
                row(
                        "join",
                        "!Join [\"-\", [a, !Ref Env]]",
                        "a-dev when parameter `Env` is `dev` (its default) @24 | a-prod when parameter `Env` is `prod` @24"),
                row(
                        "join a list parameter",
                        "!Join [\",\", !Ref Subnets]",
                        "s-1,s-2 when parameter `Subnets` is `s-1,s-2` (its default) @24 (open)"),
                row("select keeps the item's place", "!Select [1, [a, b, c]]", "b @24"),
                row("select out of range", "!Select [5, [a]]", "<unresolved: index 5 is outside the list> @24"),
                row("split", "!Split [\",\", \"a,b\"]", "[a, b] @24"),
                row(
                        "get an attribute",
                        "!GetAtt Key.Arn",
                        "<unresolved: the `Arn` attribute of resource `Key` is known only after deployment> @24"),
                row(
                        "get an attribute of a missing resource",
                        "!GetAtt Missing.Arn",
                        "<unresolved: `Missing` is not a resource of this template> @24"),
                row(
                        "import a value",
                        "!ImportValue shared-subnet",
                        "<unresolved: `Fn::ImportValue` reads an output that another stack exports at deployment> @24"),
                row(
                        "availability zones",
                        "!GetAZs \"\"",
                        "<unresolved: `Fn::GetAZs` lists the Availability Zones the account sees at deployment> @24"),
                row("base64", "!Base64 hi", "aGk= @24"),
                row("cidr", "!Cidr [10.0.0.0/16, 2, 8]", "[10.0.0.0/24, 10.0.1.0/24] @24"),
                row(
                        "a function that is not evaluated",
                        "!Transform {Name: m}",
                        "<unresolved: `Fn::Transform` is not evaluated> @24"));
    }

    private static Arguments row(String name, String expression, String expected) {
        return Arguments.of(name, expression, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, String expression, String expected) {
        String template = HEAD + "      V: " + expression + "\n";
        CfnNode root = new TemplateReader(ScanContext.Limits.defaults())
                .read(FILE, template.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow();
        Mapping r = (Mapping) ((Mapping) ((Mapping) root).get("Resources").orElseThrow())
                .get("R")
                .orElseThrow();
        CfnNode value = ((Mapping) r.get("Properties").orElseThrow()).get("V").orElseThrow();

        Outcome outcome = new Evaluator(TemplateContext.of(root, Map.of())).resolveDeep(value);

        assertThat(render(outcome)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pseudoRows")
    void knownPseudoParameters(String expression, String expected) {
        String template = HEAD + "      V: " + expression + "\n";
        CfnNode root = new TemplateReader(ScanContext.Limits.defaults())
                .read(FILE, template.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow();
        Mapping r = (Mapping) ((Mapping) ((Mapping) root).get("Resources").orElseThrow())
                .get("R")
                .orElseThrow();
        CfnNode value = ((Mapping) r.get("Properties").orElseThrow()).get("V").orElseThrow();

        Outcome outcome =
                new Evaluator(TemplateContext.of(root, Map.of("AWS::Region", "eu-west-1"))).resolveDeep(value);

        assertThat(render(outcome)).isEqualTo(expected);
    }

    static Stream<Arguments> pseudoRows() {
        return Stream.of(
                Arguments.of("!Ref AWS::Region", "eu-west-1 @24"),
                Arguments.of("!Sub \"arn:aws:kms:${AWS::Region}:k\"", "arn:aws:kms:eu-west-1:k @24"));
    }

    static String render(Outcome outcome) {
        String body = outcome.alternatives().stream()
                .map(a -> {
                    String value = switch (a.kind()) {
                        case ABSENT -> "<absent>";
                        case UNRESOLVED -> "<unresolved: " + a.reason() + ">";
                        case VALUE ->
                            a.node() instanceof Sequence s
                                    ? s.items().stream()
                                            .map(i -> ((Scalar) i).value())
                                            .collect(Collectors.joining(", ", "[", "]"))
                                    : ((Scalar) a.node()).value();
                    };
                    String when =
                            a.when().isEmpty() ? "" : " " + a.when().condition().words();
                    return value + when + " @" + a.node().span().line();
                })
                .collect(Collectors.joining(" | "));
        return body + (outcome.exhaustive() ? "" : " (open)");
    }
}
