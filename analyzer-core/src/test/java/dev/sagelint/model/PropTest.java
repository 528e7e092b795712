package dev.sagelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropTest {

    private static final Path FILE = Path.of("/src/template.yaml");
    private static final Span RESOURCE = Span.at(FILE, 3, 3);
    private static final Span VALUE = new Span(FILE, 7, 19, 7, 26);
    private static final Condition IS_DEV = when(new Condition.TemplateCondition("IsDev", true));
    private static final Condition NOT_DEV = when(new Condition.TemplateCondition("IsDev", false));
    private static final Condition INTERNET_DEFAULT =
            when(new Condition.ParameterIs("EnableInternet", "Enabled", true));
    private static final Condition C = when(new Condition.TemplateCondition("C", true));
    private static final Condition D = when(new Condition.TemplateCondition("D", false));

    /** A case as the CloudFormation front-end gives it: the assumptions that select a value. */
    private static Condition when(Condition.Fact fact) {
        return new Condition.AllOf(List.of(fact));
    }

    @Test
    void knownInsecureValueNamesTheValueAndPointsAtIt() {
        Optional<Violation> v = Prop.known("RootAccess", "Enabled", VALUE).violation("Enabled"::equals);

        assertThat(v).contains(new Violation("RootAccess", "`RootAccess` is `Enabled`", VALUE, null));
    }

    @Test
    void aLongValueIsQuotedShortened() {
        // a value as long as the string limit allows (4 MiB) would otherwise go whole into every report
        String value = "Enabled" + "x".repeat(4 * 1024 * 1024);
        Optional<Violation> v = Prop.known("RootAccess", value, VALUE).violation(s -> s.startsWith("Enabled"));
        assertThat(v)
                .hasValueSatisfying(violation ->
                        assertThat(violation.fact()).isEqualTo("`RootAccess` is `Enabled" + "x".repeat(190) + "...`"));
    }

    @Test
    void knownSecureValuePasses() {
        assertThat(Prop.known("RootAccess", "Disabled", VALUE).violation("Enabled"::equals))
                .isEmpty();
    }

    @Test
    void absentFlagFailsWithAwsDefaultAtTheResource() {
        Optional<Violation> v = Prop.absent("RootAccess", "Enabled", RESOURCE).violation("Enabled"::equals);

        assertThat(v)
                .contains(new Violation(
                        "RootAccess", "`RootAccess` is not set, so it defaults to `Enabled`", RESOURCE, null));
    }

    @Test
    void absentWithoutDefaultIsJustNotSet() {
        Optional<Violation> v = Prop.<String>absent("SubnetId", null, RESOURCE).violationWhenUnset();

        assertThat(v).map(Violation::fact).contains("`SubnetId` is not set");
    }

    @Test
    void unresolvedValueNeverSilentlyPasses() {
        Prop<String> p = Prop.unknown("RootAccess", "!Ref RootParam", "parameter RootParam has no Default", VALUE);

        Optional<Violation> v = p.violation("Enabled"::equals);

        assertThat(v).hasValueSatisfying(violation -> {
            assertThat(violation.fact())
                    .isEqualTo("`RootAccess` is `!Ref RootParam`, which cannot be resolved "
                            + "here (parameter RootParam has no Default)");
            assertThat(violation.condition()).isEqualTo(new Condition.ResolvesInsecure(null));
            assertThat(violation.conditionText()).isEqualTo("if it resolves to an insecure value");
            assertThat(violation.span()).isEqualTo(VALUE);
        });
    }

    @Test
    void unresolvedValueCountsAsSetForPresenceChecks() {
        Prop<String> p = Prop.unknown("SubnetId", "!Ref PrivateSubnet", "not evaluated", VALUE);

        assertThat(p.violationWhenUnset()).isEmpty();
    }

    @Test
    void possibleValuesFailOnlyUnderTheirCondition() {
        Span devBranch = Span.at(FILE, 9, 20);
        Prop<String> p = new Prop.Unknown<>(
                "RootAccess",
                "!If [IsDev, Enabled, Disabled]",
                "depends on a condition",
                List.of(
                        new Prop.Possible<>("Enabled", IS_DEV, devBranch),
                        new Prop.Possible<>("Disabled", NOT_DEV, VALUE)),
                VALUE);

        Optional<Violation> v = p.violation("Enabled"::equals);

        assertThat(v)
                .contains(new Violation(
                        "RootAccess", "`RootAccess` is `Enabled` when condition `IsDev` holds", devBranch, IS_DEV));
    }

    @Test
    void valuesThatFailInCasesOfTheSameWordingNameTheCaseOnce() {
        Condition a = when(new Condition.VariableAllows("mode", "a"));
        Condition b = when(new Condition.VariableAllows("mode", "b"));
        Prop<String> p = new Prop.Unknown<>(
                "Mode",
                "var.mode",
                "no default",
                List.of(
                        new Prop.Possible<>("a", a, VALUE),
                        new Prop.Possible<>("b", b, VALUE),
                        new Prop.Possible<>("c", when(new Condition.VariableAllows("mode", "c")), VALUE)),
                VALUE);

        assertThat(p.violation(v -> !v.equals("c"))).hasValueSatisfying(v -> {
            assertThat(v.fact())
                    .isEqualTo("`Mode` is `a` or `b` if `var.mode` is set to it (its validation allows it)");
            assertThat(v.conditionText()).isEqualTo("if `var.mode` is set to it (its validation allows it)");
            assertThat(v.condition().inputs()).extracting(Condition.Input::name).containsExactly("var.mode");
        });
    }

    @Test
    void possibleValuesThatAllFailAreUnconditional() {
        Prop<String> p = new Prop.Unknown<>(
                "RootAccess",
                "!Ref RootParam",
                "parameter",
                List.of(new Prop.Possible<>(
                        "Enabled", when(new Condition.ParameterIs("RootParam", "Enabled", false)), VALUE)),
                VALUE);

        assertThat(p.violation("Enabled"::equals)).hasValueSatisfying(v -> {
            assertThat(v.isConditional()).isFalse();
            assertThat(v.fact()).isEqualTo("`RootAccess` is `!Ref RootParam`, which is `Enabled` in every case");
        });
    }

    @Test
    void possibleValuesThatAllPassPass() {
        Prop<String> p = new Prop.Unknown<>(
                "RootAccess",
                "!Ref RootParam",
                "parameter",
                List.of(new Prop.Possible<>(
                        "Disabled", when(new Condition.ParameterIs("RootParam", "Disabled", false)), VALUE)),
                VALUE);

        assertThat(p.violation("Enabled"::equals)).isEmpty();
    }

    @Test
    void blankStringIsUnset() {
        assertThat(Prop.known("KmsKeyId", "", VALUE).violationWhenUnset()).isPresent();
        assertThat(Prop.known("KmsKeyId", "alias/key", VALUE).violationWhenUnset())
                .isEmpty();
    }

    @Test
    void mapKeepsSpansAndConditions() {
        Prop<String> p = new Prop.Unknown<>("Flag", "x", "r", List.of(new Prop.Possible<>("true", C, VALUE)), VALUE);

        Prop<Boolean> mapped = p.map(Boolean::parseBoolean);

        assertThat(mapped)
                .isEqualTo(new Prop.Unknown<>("Flag", "x", "r", List.of(new Prop.Possible<>(true, C, VALUE)), VALUE));
        assertThat(Prop.absent("Flag", "false", RESOURCE)
                        .map(Boolean::parseBoolean)
                        .effectiveValue())
                .contains(false);
    }

    @Test
    void aDefaultThatFailsIsConditionalWhenOtherValuesMayBeGiven() {
        Span defaultValue = Span.at(FILE, 4, 14);
        Prop<String> p = new Prop.Unknown<>(
                "DirectInternetAccess",
                "!Ref EnableInternet",
                "it depends on parameter `EnableInternet`",
                List.of(new Prop.Possible<>("Enabled", INTERNET_DEFAULT, defaultValue)),
                List.of(),
                false,
                VALUE);

        assertThat(p.violation("Enabled"::equals))
                .contains(new Violation(
                        "DirectInternetAccess",
                        "`DirectInternetAccess` is `Enabled` when parameter `EnableInternet` is `Enabled` (its default)",
                        defaultValue,
                        INTERNET_DEFAULT));
        assertThat(p.violation("Disabled"::equals))
                .as("other values are expected to be secure")
                .isEmpty();
    }

    @Test
    void aBranchThatCannotBeResolvedIsReportedUnderItsCondition() {
        Prop<String> p = new Prop.Unknown<>(
                "RootAccess",
                "!If [IsDev, Disabled, !Ref Root]",
                "parameter `Root` has no `Default`",
                List.of(new Prop.Possible<>("Disabled", IS_DEV, VALUE)),
                List.of(NOT_DEV),
                false,
                VALUE);

        assertThat(p.violation("Enabled"::equals)).hasValueSatisfying(v -> {
            assertThat(v.fact())
                    .isEqualTo("`RootAccess` is `!If [IsDev, Disabled, !Ref Root]`, which cannot be "
                            + "resolved here when condition `IsDev` does not hold (parameter `Root` has no `Default`)");
            assertThat(v.condition()).isEqualTo(new Condition.ResolvesInsecure(NOT_DEV));
            assertThat(v.conditionText())
                    .isEqualTo("if it resolves to an insecure value when condition `IsDev` does " + "not hold");
        });
        assertThat(p.violationWhenUnset())
                .as("the unresolved branch writes some value")
                .isEmpty();
    }

    @Test
    void anUnsetBranchBesideAnUnresolvedOneFailsUnderItsCondition() {
        Prop<String> p = new Prop.Unknown<>(
                "KmsKeyId",
                "!If [HasKey, !Ref Key, !Ref AWS::NoValue]",
                "r",
                List.of(new Prop.Possible<>(null, when(new Condition.TemplateCondition("HasKey", false)), VALUE)),
                List.of(when(new Condition.TemplateCondition("HasKey", true))),
                false,
                VALUE);

        assertThat(p.violationWhenUnset())
                .map(Violation::conditionText)
                .contains("when condition `HasKey` does not hold");
    }

    @Test
    void mapKeepsUnresolvedCasesAndExhaustiveness() {
        Prop<String> p = new Prop.Unknown<>(
                "Flag", "x", "r", List.of(new Prop.Possible<>("true", C, VALUE)), List.of(D), false, VALUE);

        assertThat(p.map(Boolean::parseBoolean))
                .isEqualTo(new Prop.Unknown<>(
                        "Flag", "x", "r", List.of(new Prop.Possible<>(true, C, VALUE)), List.of(D), false, VALUE));
    }

    @Test
    void anEmptyStringIsQuotedAsOne() {
        assertThat(Prop.code("")).isEqualTo("`\"\"`");
        assertThat(Prop.code("Enabled")).isEqualTo("`Enabled`");
    }
}
