package dev.sagelint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleFailure;
import dev.sagelint.rules.Rules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Policies of {@code policies/eval/policies.yaml} on notebooks: defaults, has(), unknowns and run-time failures. */
class PolicyEvaluationTest {

    private static final Path FILE = Path.of("src/test/resources/policies/eval/policies.yaml");
    private static final Span DECLARATION = new Span(Path.of("t.yaml"), 4, 3, 4, 10);
    private static final ResourceId ID = ResourceId.of("nb", "AWS::SageMaker::NotebookInstance", DECLARATION);
    private static List<Rule> policies;

    @BeforeAll
    static void load() {
        Policies.Loaded loaded = Policies.load(List.of(FILE), Rules.all());
        assertThat(loaded.diagnostics()).isEmpty();
        policies = loaded.rules();
    }

    private static List<Finding> check(String id, NotebookInstance notebook) {
        Rule rule = policies.stream()
                .filter(r -> r.meta().id().equals(id))
                .findFirst()
                .orElseThrow();
        return rule.check(notebook, RuleContext.defaults());
    }

    @Test
    void hasIsFalseForAnAbsentPropertyThatHasAnAwsDefault() {
        List<Finding> findings = check("AcmeWritten", Notebooks.unset(ID).build());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(DECLARATION);
            assertThat(f.message())
                    .isEqualTo("`RootAccess` is not set, so it defaults to `Enabled`: the template should say.");
        });
        assertThat(check("AcmeWritten", Notebooks.secure(ID).build())).isEmpty();
    }

    @Test
    void anAbsentPropertyReadsAsItsAwsDefault() {
        assertThat(check("AcmeRootAccess", Notebooks.unset(ID).build()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("`RootAccess` is not set, so it defaults to"));
        Span written = new Span(Path.of("t.yaml"), 9, 19, 9, 26);
        List<Finding> enabled = check(
                "AcmeRootAccess",
                Notebooks.secure(ID)
                        .withRootAccess(Prop.known("RootAccess", "Enabled", written))
                        .build());
        assertThat(enabled).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(written);
            assertThat(f.propertyPath()).isEqualTo("RootAccess");
            assertThat(f.condition()).isNull();
        });
    }

    @Test
    void anUnknownValueGivesAConditionalFindingAtIt() {
        Span ref = new Span(Path.of("t.yaml"), 7, 17, 7, 30);
        NotebookInstance notebook = Notebooks.secure(ID)
                .withKmsKeyId(Prop.unknown("KmsKeyId", "!Ref Key", "parameter `Key` has no `Default`", ref))
                .build();
        assertThat(check("AcmeKms", notebook)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(ref);
            assertThat(f.condition()).isInstanceOf(Condition.ResolvesInsecure.class);
            assertThat(f.message()).contains("`KmsKeyId` is `!Ref Key`, which cannot be resolved here");
        });
    }

    @Test
    void aScopeThatDoesNotHoldLeavesTheResourceAlone() {
        NotebookInstance notebook = Notebooks.unset(ID)
                .withInstanceType(Prop.known("InstanceType", "t3.medium", DECLARATION))
                .build();
        assertThat(check("AcmeKms", notebook)).isEmpty();
    }

    @Test
    void aRunTimeErrorNamesThePolicyFileAndTheExpressionPosition() {
        assertThatThrownBy(() -> check("AcmeDivide", Notebooks.unset(ID).build()))
                .isInstanceOfSatisfying(RuleFailure.class, e -> {
                    assertThat(e.code()).isEqualTo(DiagnosticCode.POLICY_FAILED);
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.line()).isEqualTo(19);
                    assertThat(e.column()).isEqualTo(17);
                    assertThat(e.getMessage()).contains("by zero");
                });
    }
}
