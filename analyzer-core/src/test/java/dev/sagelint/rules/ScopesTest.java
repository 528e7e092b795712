package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import dev.sagelint.model.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A violation kept under a scope that cannot be decided: its condition gains the scope as a clause of its own. */
class ScopesTest {

    private static final Span AT = Span.at(Path.of("/t.yaml"), 4, 7);
    private static final Prop<Integer> UNKNOWN_COUNT = Prop.unknown("InstanceCount", "var.count", "no default", AT);
    private static final Condition.PropertyIs IN_SCOPE = new Condition.PropertyIs("InstanceCount", "2 or more");

    static Stream<Arguments> combined() {
        Condition cfn = new Condition.AllOf(List.of(new Condition.TemplateCondition("IsDev", true)));
        Condition terraform =
                new Condition.AllOf(List.of(new Condition.ExpressionIs("var.dev", true, List.of("var.dev"))));
        Condition unresolved = new Condition.ResolvesInsecure(null);
        return Stream.of(
                Arguments.of(null, IN_SCOPE, "if `InstanceCount` is 2 or more"),
                Arguments.of(
                        cfn,
                        new Condition.AllOf(List.of(cfn, new Condition.AllOf(List.of(IN_SCOPE)))),
                        "when condition `IsDev` holds and if `InstanceCount` is 2 or more"),
                Arguments.of(
                        terraform,
                        new Condition.AllOf(List.of(terraform, new Condition.AllOf(List.of(IN_SCOPE)))),
                        "if `var.dev` is true and if `InstanceCount` is 2 or more"),
                Arguments.of(
                        unresolved,
                        new Condition.AllOf(List.of(unresolved, new Condition.AllOf(List.of(IN_SCOPE)))),
                        "if it resolves to an insecure value and if `InstanceCount` is 2 or more"));
    }

    @ParameterizedTest
    @MethodSource
    void combined(Condition own, Condition expected, String words) {
        Violation v = new Violation("Flag", "`Flag` is off", AT, own);

        Optional<Violation> kept = Scopes.whenInstanceCountAtLeast(UNKNOWN_COUNT, 2, Optional.of(v));

        assertThat(kept).hasValueSatisfying(k -> {
            assertThat(k.condition()).isEqualTo(expected);
            assertThat(k.conditionText()).isEqualTo(words);
            assertThat(k.fact())
                    .isEqualTo("`Flag` is off, if `InstanceCount` is 2 or more (`InstanceCount` is "
                            + "`var.count`, which cannot be resolved here (no default))");
        });
    }

    @ParameterizedTest
    @MethodSource("combined")
    void aDecidedScopeLeavesTheConditionAlone(Condition own, Condition ignored, String words) {
        Violation v = new Violation("Flag", "`Flag` is off", AT, own);

        assertThat(Scopes.whenInstanceCountAtLeast(Prop.known("InstanceCount", 3, AT), 2, Optional.of(v)))
                .contains(v);
        assertThat(Scopes.whenInstanceCountAtLeast(Prop.known("InstanceCount", 1, AT), 2, Optional.of(v)))
                .isEmpty();
    }
}
