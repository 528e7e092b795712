package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the metadata of every rule in the catalog. Fixtures per format are checked where the front-ends live. */
class RuleCatalogMetaTest {

    private final List<Rule> rules = Rules.all();

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules) {
            assertThat(seen.add(rule.meta().id()))
                    .as("duplicate id %s", rule.meta().id())
                    .isTrue();
        }
    }

    @Test
    void everyRuleHasCompleteMetadata() {
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            assertThat(m.title()).as(m.id()).isNotBlank();
            assertThat(m.risk()).as(m.id()).isNotBlank();
            assertThat(m.fixNote()).as(m.id()).isNotBlank();
            assertThat(m.resourceTypes()).as(m.id()).isNotEmpty();
            assertThat(m.terraformTypes().isEmpty() && m.awsccTypes().isEmpty())
                    .as(m.id())
                    .isFalse();
            assertThat(m.terraformProperties()).as(m.id()).isNotEmpty();
            assertThat(m.remediation().cloudFormation()).as(m.id()).isNotBlank();
            assertThat(m.remediation().terraform()).as(m.id()).isNotBlank();
            assertThat(m.remediation().cdk()).as(m.id()).isNotBlank();
            assertThat(m.awsDocUrl()).as(m.id()).startsWith("https://docs.aws.amazon.com/");
            if (m.isSecurityHubControl()) {
                assertThat(m.standards()).as(m.id()).isNotEmpty();
                assertThat(m.awsConfigRule()).as(m.id()).isNotBlank();
            }
        }
    }

    /** Rules about a plan's change rather than a property value: there is no value to write. */
    private static final Set<String> NO_VALUE_TO_WRITE = Set.of("PlanReplacement", "PlanRegression");

    @Test
    void everyRuleSaysWhatItsFixWrites() {
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            boolean declared = m.literalFix().isPresent() || m.valueNeeded() != null;
            assertThat(declared)
                    .as("%s declares literalFix(value) or valueNeeded(what) (see docs/adding-a-rule.md)", m.id())
                    .isEqualTo(!NO_VALUE_TO_WRITE.contains(m.id()));
        }
    }

    @Test
    void everyRuleHasADocumentationPageThatNamesIt() {
        for (Rule rule : rules) {
            String page = rule.meta().helpMarkdown();
            assertThat(page)
                    .as(rule.meta().id())
                    .startsWith("# " + rule.meta().id() + " — " + rule.meta().title());
            assertThat(page).as(rule.meta().id()).contains("## How to fix", "CloudFormation", "Terraform", "CDK");
            assertThat(rule.meta().helpUri())
                    .endsWith("/docs/rules/" + rule.meta().id() + ".md");
        }
    }

    @Test
    void ruleClassesAreNamedForWhatTheyCheckNotTheirNumber() {
        for (Rule rule : rules) {
            assertThat(rule.getClass().getSimpleName()).doesNotContainPattern("(?i)(sagemaker|control|rule)\\d");
        }
    }

    @Test
    void catalogIsOrderedNumerically() {
        List<String> ids = rules.stream().map(r -> r.meta().id()).toList();
        assertThat(ids).isSortedAccordingTo(Rules::compareIds);
        assertThat(Rules.compareIds("SageMaker.2", "SageMaker.10")).isNegative();
    }
}
