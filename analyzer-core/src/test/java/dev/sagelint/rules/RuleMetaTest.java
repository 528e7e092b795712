package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleMetaTest {

    /** A complete related check, to which each case below makes one mistake. */
    private static RuleMeta.Builder complete(String id) {
        return RuleMeta.builder(id)
                .title("Things should be safe")
                .severity(Severity.LOW)
                .noAwsConfigRule("none exists")
                .subject("thing")
                .resourceTypes("AWS::SageMaker::Thing", "aws_sagemaker_thing", "awscc_sagemaker_thing")
                .properties("Safety.Level")
                .terraformProperties("safety.level")
                .risk("the thing is unsafe")
                .fix(Fix.IN_PLACE, "Safety can be changed in place.")
                .cloudFormationRemediation("Set `Safety.Level: high`.")
                .terraformRemediation("Set `safety { level = \"high\" }`.")
                .cdkRemediation("Pass `safety: { level: 'high' }`.")
                .awsDocUrl("https://docs.aws.amazon.com/thing.html");
    }

    @Test
    void aCompleteDeclarationSortsResourceTypesByFormat() {
        RuleMeta meta = complete("ThingSafe").build();

        assertThat(meta.cloudFormationTypes()).containsExactly("AWS::SageMaker::Thing");
        assertThat(meta.terraformTypes()).containsExactly("aws_sagemaker_thing");
        assertThat(meta.awsccTypes()).containsExactly("awscc_sagemaker_thing");
        assertThat(meta.resourceTypes())
                .containsExactly("AWS::SageMaker::Thing", "aws_sagemaker_thing", "awscc_sagemaker_thing");
        assertThat(meta.remediation().terraform()).isEqualTo("Set `safety { level = \"high\" }`.");
        assertThat(meta.params()).isEmpty();
        assertThat(meta)
                .isEqualTo(complete("ThingSafe").build())
                .isNotEqualTo(complete("ThingSafer").build());
    }

    static Stream<Arguments> mistakes() {
        Param<Integer> count = Param.integer("count", 2, "a count");
        return Stream.of(
                Arguments.of((UnaryOperator<RuleMeta.Builder>) b -> b.title(" "), "title is missing or blank"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.awsConfigRule("thing-safe"),
                        "call exactly one of awsConfigRule(name) and noAwsConfigRule(reason)"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.severity(Severity.HIGH),
                        "severity(...) is called twice"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.params(count, count),
                        "parameter count is declared twice"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.literalFix(2.5),
                        "literalFix(value) takes a String, Boolean or Integer"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>)
                                b -> b.literalFix("high").valueNeeded("a level"),
                        "call at most one of literalFix(value) and valueNeeded(what)"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.placeholder("REPLACE-ME-level"),
                        "placeholder(text) needs valueNeeded(what)"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>)
                                b -> b.valueNeeded("a level").placeholder("high"),
                        "placeholder(text) must start with REPLACE-ME"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.valueNeeded(""), "valueNeeded is missing or blank"),
                Arguments.of(
                        (UnaryOperator<RuleMeta.Builder>) b -> b.params((Param<?>) null),
                        "declare the Param constants above the RuleMeta constant"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void buildNamesEveryMistake(UnaryOperator<RuleMeta.Builder> mistake, String message) {
        assertThatThrownBy(() -> mistake.apply(complete("ThingSafe")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("RuleMeta ThingSafe: ")
                .hasMessageContaining(message);
    }

    @Test
    void swappedOrMissingFieldsAreAllListed() {
        assertThatThrownBy(() -> RuleMeta.builder("SageMaker.99")
                        .title("t")
                        .severity(Severity.LOW)
                        .noAwsConfigRule("none")
                        .subject("s")
                        .resourceTypes("sagemaker_thing")
                        .properties("safety_level")
                        .terraformProperties("Safety.Level")
                        .risk("r")
                        .cloudFormationRemediation("c")
                        .terraformRemediation("t")
                        .cdkRemediation("k")
                        .awsDocUrl("http://example.com")
                        .build())
                .hasMessageContainingAll(
                        "fix(kind, note) is missing",
                        "awsDocUrl must be an https:// URL",
                        "a Security Hub control needs standards(...)",
                        "a Security Hub control needs awsConfigRule(...)",
                        "resource type 'sagemaker_thing' is neither AWS::Service::Type, aws_... nor awscc_...",
                        "'safety_level' is not a CloudFormation property path",
                        "'Safety.Level' is not a Terraform attribute path");
    }

    @Test
    void aLiteralFixOrTheValueNeededIsDeclaredOnTheRule() {
        RuleMeta literal = complete("ThingSafe").literalFix("high").build();
        RuleMeta needed = complete("ThingSafe").valueNeeded("a KMS key ARN").build();

        assertThat(literal.literalFix()).contains("high");
        assertThat(literal.valueNeeded()).isNull();
        assertThat(needed.literalFix()).isEmpty();
        assertThat(needed.valueNeeded()).isEqualTo("a KMS key ARN");
        assertThat(literal)
                .isNotEqualTo(needed)
                .isNotEqualTo(complete("ThingSafe").build());
        assertThat(literal.withSeverity(Severity.HIGH).literalFix()).contains("high");
    }

    @Test
    void withSeverityChangesOnlyTheSeverity() {
        RuleMeta meta = complete("ThingSafe").build();
        RuleMeta high = meta.withSeverity(Severity.HIGH);

        assertThat(high.severity()).isEqualTo(Severity.HIGH);
        assertThat(high.id()).isEqualTo(meta.id());
        assertThat(high.resourceTypes()).isEqualTo(meta.resourceTypes());
        assertThat(high).isNotEqualTo(meta);
        assertThat(meta.withSeverity(Severity.LOW)).isSameAs(meta);
    }

    @Test
    void theBuilderCannotBeReusedAfterBuild() {
        RuleMeta.Builder builder = complete("ThingSafe");
        builder.build();

        assertThatThrownBy(() -> builder.title("other")).hasMessageContaining("already built");
    }
}
