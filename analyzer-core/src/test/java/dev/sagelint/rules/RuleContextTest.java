package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagelint.rules.sagemaker.EndpointInstanceCount;
import dev.sagelint.rules.sagemaker.NotebookPlatformSupported;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleContextTest {

    private static final Param<Integer> COUNT = EndpointInstanceCount.MINIMUM_INSTANCE_COUNT;

    @Test
    void aBoundContextReadsTheRulesOwnValueElseTheDefault() {
        ParamValues values = ParamValues.none().with("SageMaker.4", COUNT, 3).with("SageMaker.9", COUNT, 1);
        RuleContext context = new RuleContext(values);

        assertThat(context.forRule(EndpointInstanceCount.META).get(COUNT)).isEqualTo(3);
        assertThat(RuleContext.defaults().forRule(EndpointInstanceCount.META).get(COUNT))
                .isEqualTo(2);
        assertThat(context.forRule(NotebookPlatformSupported.META).get(NotebookPlatformSupported.SUPPORTED_PLATFORMS))
                .containsExactly("notebook-al2023-v1");
    }

    @Test
    void readingUnboundOrUndeclaredParametersIsAProgrammingError() {
        assertThatThrownBy(() -> RuleContext.defaults().get(COUNT)).hasMessageContaining("not bound to a rule");
        assertThatThrownBy(() ->
                        RuleContext.defaults().forRule(NotebookRootAccess.META).get(COUNT))
                .hasMessage("rule SageMaker.3 reads parameter minimumInstanceCount but does not declare it in its "
                        + "RuleMeta params(...)");
    }

    @Test
    void valuesMustHaveTheParametersType() {
        assertThatThrownBy(() -> ParamValues.none().with("SageMaker.4", COUNT, 0))
                .hasMessage("not a valid value of parameter minimumInstanceCount: 0");
        assertThat(ParamValues.none().with("SageMaker.4", COUNT, 2))
                .isEqualTo(ParamValues.none().with("SageMaker.4", COUNT, 2))
                .isNotEqualTo(ParamValues.none());
    }

    @Test
    void aParameterDescribesItself() {
        assertThat(COUNT.name()).isEqualTo("minimumInstanceCount");
        assertThat(COUNT.type()).isEqualTo(Param.Type.INTEGER);
        assertThat(COUNT.min()).isEqualTo(1);
        assertThat(COUNT.defaultText()).isEqualTo("2");
        assertThat(Param.strings("keys", List.of("a", "b"), "keys").defaultText())
                .isEqualTo("[a, b]");
        assertThatThrownBy(() -> Param.integer("Bad-name", 1, "x")).hasMessageContaining("lowerCamelCase");
        assertThatThrownBy(() -> Param.integer("count", 0, "x").min(1)).hasMessageContaining("below its minimum");
    }
}
