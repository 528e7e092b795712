package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.PlannedChanges;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.Rules;
import dev.sagelint.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that ask other rules (PlanRegression) see the catalog of the scan: a rule the project disables is not
 * asked, and a severity the project overrides is the one the finding carries.
 */
class ActiveCatalogTest {

    @TempDir
    Path dir;

    /** A front-end that reads every {@code *.plan} file as one in-place update turning root access back on. */
    static final class RootAccessRegression implements Frontend {
        @Override
        public String name() {
            return "regression";
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            return files.stream()
                    .filter(f -> f.toString().endsWith(".plan"))
                    .map(f -> Unit.of(this, f))
                    .toList();
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            Span decl = Span.at(unit.primary(), 1, 1);
            Span value = Span.at(unit.primary(), 2, 3);
            ResourceId id =
                    ResourceId.of("aws_sagemaker_notebook_instance.nb", "aws_sagemaker_notebook_instance", decl);
            PlannedChange change = PlannedChanges.update(notebook(id, Prop.known("root_access", "Enabled", value)))
                    .withBefore(notebook(id, Prop.known("root_access", "Disabled", value)))
                    .withBeforeValues(Map.of("root_access", "Disabled"))
                    .withAfterValues(Map.of("root_access", "Enabled"))
                    .build();
            return new UnitResult(List.of(change), List.of());
        }

        private static NotebookInstance notebook(ResourceId id, Prop<String> rootAccess) {
            Span decl = id.declaration();
            return Notebooks.unset(id)
                    .withDirectInternetAccess(Prop.known("direct_internet_access", "Disabled", decl))
                    .withSubnetId(Prop.known("subnet_id", "subnet-1", decl))
                    .withSecurityGroupIds(Prop.absent("security_groups", null, decl))
                    .withRootAccess(rootAccess)
                    .withPlatformIdentifier(Prop.absent("platform_identifier", null, decl))
                    .withKmsKeyId(Prop.known("kms_key_id", "key", decl))
                    .withMinimumImdsVersion(Prop.known("minimum_instance_metadata_service_version", "2", decl))
                    .build();
        }
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("catalog as is", ScanSettings.defaults(), List.of("PlanRegression high")),
                Arguments.of(
                        "SageMaker.3 disabled",
                        new ScanSettings(Set.of("SageMaker.3"), Map.of(), List.of(), null, false),
                        List.of()),
                Arguments.of(
                        "SageMaker.3 overridden to low",
                        new ScanSettings(Set.of(), Map.of("SageMaker.3", Severity.LOW), List.of(), null, false),
                        List.of("PlanRegression low")),
                Arguments.of(
                        "PlanRegression overridden to critical",
                        new ScanSettings(Set.of(), Map.of("PlanRegression", Severity.CRITICAL), List.of(), null, false),
                        List.of("PlanRegression critical")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void planRegressionAsksTheRulesThatRunAtTheirConfiguredSeverity(
            String name, ScanSettings settings, List<String> expected) throws IOException {
        Files.writeString(dir.resolve("main.plan"), "update\n  root_access\n");

        ScanResult result = new Scanner(List.of(new RootAccessRegression()), Rules.all())
                .scan(ScanRequest.of(List.of(dir)).withSettings(settings));

        assertThat(result.findings())
                .extracting(f -> f.rule().id() + " " + f.severity().label())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aRuleThatAsksOtherRulesNeedsTheCatalogPassedIn() {
        RuleContext none = RuleContext.defaults();
        List<Rule> catalog = Rules.all();

        assertThatThrownBy(none::rules)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rule catalog");
        assertThat(none.withRules(catalog).rules()).isEqualTo(catalog);
    }
}
