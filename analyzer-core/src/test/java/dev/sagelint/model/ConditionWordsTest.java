package dev.sagelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Condition.AllOf;
import dev.sagelint.model.Condition.AnyOf;
import dev.sagelint.model.Condition.ExpressionIs;
import dev.sagelint.model.Condition.Input;
import dev.sagelint.model.Condition.Input.Kind;
import dev.sagelint.model.Condition.Otherwise;
import dev.sagelint.model.Condition.ParameterIs;
import dev.sagelint.model.Condition.PropertyIs;
import dev.sagelint.model.Condition.ResolvesInsecure;
import dev.sagelint.model.Condition.TemplateCondition;
import dev.sagelint.model.Condition.VariableAllows;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The words of every kind of condition, as findings give them, and the inputs each depends on. */
class ConditionWordsTest {

    private static final TemplateCondition IS_DEV = new TemplateCondition("IsDev", true);
    private static final ParameterIs MODE_DEFAULT = new ParameterIs("Mode", "dev", true);
    private static final ExpressionIs PROD = new ExpressionIs("var.env == \"prod\"", true, List.of("var.env"));
    private static final ExpressionIs NO_LOCAL = new ExpressionIs("local.strict", false, List.of("local.strict"));
    private static final PropertyIs TWO_OR_MORE = new PropertyIs("InstanceCount", "2 or more");

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of(new AllOf(List.of(IS_DEV)), "when condition `IsDev` holds"),
                Arguments.of(
                        new AllOf(List.of(new TemplateCondition("IsDev", false))),
                        "when condition `IsDev` does not hold"),
                Arguments.of(
                        new AllOf(List.of(new ParameterIs("Mode", "prod", false))), "when parameter `Mode` is `prod`"),
                Arguments.of(
                        new AllOf(List.of(IS_DEV, MODE_DEFAULT)),
                        "when condition `IsDev` holds and parameter `Mode` is `dev` (its default)"),
                Arguments.of(new AllOf(List.of(PROD)), "if `var.env == \"prod\"` is true"),
                Arguments.of(
                        new AllOf(List.of(PROD, NO_LOCAL)),
                        "if `var.env == \"prod\"` is true and `local.strict` is false"),
                Arguments.of(
                        new AllOf(List.of(PROD, new VariableAllows("mode", "Enabled"))),
                        "if `var.env == \"prod\"` is true and `var.mode` is set to it (its validation allows it)"),
                Arguments.of(TWO_OR_MORE, "if `InstanceCount` is 2 or more"),
                Arguments.of(new Otherwise(), "in the other cases"),
                Arguments.of(
                        new AnyOf(List.of(new AllOf(List.of(IS_DEV)), new AllOf(List.of(MODE_DEFAULT)))),
                        "when condition `IsDev` holds or when parameter `Mode` is `dev` (its default)"),
                Arguments.of(new ResolvesInsecure(null), "if it resolves to an insecure value"),
                Arguments.of(
                        new ResolvesInsecure(new AllOf(List.of(IS_DEV))),
                        "if it resolves to an insecure value when condition `IsDev` holds"),
                Arguments.of(
                        new AllOf(List.of(new AllOf(List.of(IS_DEV)), new AllOf(List.of(TWO_OR_MORE)))),
                        "when condition `IsDev` holds and if `InstanceCount` is 2 or more"),
                Arguments.of(
                        new AllOf(List.of(new AllOf(List.of(PROD)), new AllOf(List.of(TWO_OR_MORE)))),
                        "if `var.env == \"prod\"` is true and if `InstanceCount` is 2 or more"),
                Arguments.of(
                        new AllOf(List.of(new ResolvesInsecure(null), new AllOf(List.of(TWO_OR_MORE)))),
                        "if it resolves to an insecure value and if `InstanceCount` is 2 or more"));
    }

    @ParameterizedTest
    @MethodSource
    void words(Condition condition, String expected) {
        assertThat(condition.words()).isEqualTo(expected);
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of(
                        new AllOf(List.of(IS_DEV, MODE_DEFAULT)),
                        List.of(new Input(Kind.TEMPLATE_CONDITION, "IsDev"), new Input(Kind.PARAMETER, "Mode"))),
                Arguments.of(
                        new AnyOf(List.of(new AllOf(List.of(PROD, NO_LOCAL)), new AllOf(List.of(PROD)))),
                        List.of(
                                new Input(Kind.TERRAFORM_REFERENCE, "var.env"),
                                new Input(Kind.TERRAFORM_REFERENCE, "local.strict"))),
                Arguments.of(
                        new AllOf(List.of(new VariableAllows("mode", "Enabled"))),
                        List.of(new Input(Kind.TERRAFORM_REFERENCE, "var.mode"))),
                Arguments.of(
                        new AllOf(List.of(new ResolvesInsecure(new AllOf(List.of(IS_DEV))), TWO_OR_MORE)),
                        List.of(
                                new Input(Kind.TEMPLATE_CONDITION, "IsDev"),
                                new Input(Kind.PROPERTY, "InstanceCount"))),
                Arguments.of(new ResolvesInsecure(null), List.of()),
                Arguments.of(new Otherwise(), List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void inputs(Condition condition, List<Input> expected) {
        assertThat(condition.inputs()).containsExactlyElementsOf(expected);
    }
}
