package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documentation pages agree with the rules: every rule has a prose page and every page a rule; no page repeats
 * the generated header (title line or table rows); no page states a fix kind, severity, parameter or parameter
 * default that contradicts the metadata; and the generated header shows the metadata.
 */
class RuleDocTest {

    static final Path DOCS = Path.of(System.getProperty("basedir", "."), "..", "docs", "rules");

    private static final Pattern HEADER_ROW =
            Pattern.compile("^\\|\\s*(" + String.join("|", RuleDoc.HEADER_ROWS) + ")\\s*\\|.*", Pattern.MULTILINE);
    private static final Pattern SEVERITY =
            Pattern.compile("(?i)\\b(critical|high|medium|low)[ -]severity\\b|\\bseverity\\W{0,3}(?:is\\s+)?\\W{0,2}"
                    + "(critical|high|medium|low)\\b");
    private static final Pattern CODE_WORD = Pattern.compile("`([a-z][A-Za-z0-9]*)`");
    private static final Pattern DEFAULT = Pattern.compile("`([a-z][A-Za-z0-9]*)` \\(default `([^`]*)`\\)");
    private static final Pattern CONFIG_EXAMPLE =
            Pattern.compile("^\\s+([A-Za-z][A-Za-z0-9.]*): \\{\\s*([a-z]\\w*)", Pattern.MULTILINE);

    /** Every problem of one prose page against its rule; empty when they agree. */
    static List<String> problems(RuleMeta rule, String page, List<RuleMeta> catalog) {
        List<String> out = new ArrayList<>();
        String firstLine = page.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.startsWith("# ")) out.add("the title line is generated from the metadata; remove it");
        Matcher row = HEADER_ROW.matcher(page);
        while (row.find()) {
            out.add("hand-written header row '" + row.group(1) + "'; the header is generated from the metadata");
        }
        if (page.contains("| | |")) out.add("hand-written header table; the header is generated from the metadata");
        boolean saysRebuild = page.contains("**Rebuild:**");
        boolean saysInPlace = page.contains("**In place:**");
        if (rule.fix() == Fix.REPLACEMENT && saysInPlace) out.add("says **In place:** but the fix replaces");
        if (rule.fix() == Fix.IN_PLACE && saysRebuild) out.add("says **Rebuild:** but the fix is in place");
        Matcher severity = SEVERITY.matcher(page);
        while (severity.find()) {
            String level = (severity.group(1) != null ? severity.group(1) : severity.group(2)).toLowerCase(Locale.ROOT);
            if (!level.equals(rule.severity().label())) {
                out.add("mentions severity " + level + " but the rule's is "
                        + rule.severity().label());
            }
        }
        Set<String> allParams = catalog.stream()
                .flatMap(m -> m.params().stream())
                .map(Param::name)
                .collect(Collectors.toSet());
        Map<String, Param<?>> own = rule.params().stream().collect(Collectors.toMap(Param::name, p -> p));
        Matcher word = CODE_WORD.matcher(page);
        Set<String> undeclared = new TreeSet<>();
        while (word.find()) {
            if (allParams.contains(word.group(1)) && !own.containsKey(word.group(1))) undeclared.add(word.group(1));
        }
        undeclared.forEach(p -> out.add("mentions parameter " + p + ", which " + rule.id() + " does not declare"));
        Matcher def = DEFAULT.matcher(page);
        while (def.find()) {
            Param<?> p = own.get(def.group(1));
            if (p != null && !p.defaultText().equals(def.group(2))) {
                out.add("says the default of " + p.name() + " is " + def.group(2) + " but it is " + p.defaultText());
            }
        }
        Matcher example = CONFIG_EXAMPLE.matcher(page);
        while (example.find()) {
            if (own.containsKey(example.group(2)) && !example.group(1).equals(rule.id())) {
                out.add("a configuration example sets " + example.group(2) + " of " + example.group(1)
                        + " on the page of " + rule.id());
            }
        }
        if (!page.contains("## How to fix")) out.add("has no '## How to fix' section");
        for (String format : List.of("CloudFormation", "Terraform", "CDK")) {
            if (!page.contains(format)) out.add("does not mention " + format);
        }
        return out;
    }

    private static List<RuleMeta> catalog() {
        return Rules.all().stream().map(Rule::meta).toList();
    }

    @Test
    void everyRuleHasAPageAndEveryPageARule() throws IOException {
        Set<String> ids = catalog().stream().map(RuleMeta::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages;
        try (Stream<Path> files = Files.list(DOCS)) {
            pages = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(pages).as("pages in %s without a rule in Rules.all()", DOCS).isSubsetOf(ids);
        assertThat(ids).as("rules without a page in %s", DOCS).isSubsetOf(pages);
    }

    @Test
    void everyPageAgreesWithItsRule() throws IOException {
        List<RuleMeta> catalog = catalog();
        List<String> all = new ArrayList<>();
        boolean update = Boolean.getBoolean("sagelint.updateGolden");
        for (RuleMeta rule : catalog) {
            Path file = DOCS.resolve(rule.id() + ".md");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String page = RuleDoc.withoutHeaderCopy(text);
            if (update && !text.equals(RuleDoc.pageFile(rule, page))) {
                Files.writeString(file, RuleDoc.pageFile(rule, page), StandardCharsets.UTF_8);
            } else {
                assertThat(text)
                        .as(
                                "%s starts with a copy of the generated header (regenerate with "
                                        + "-Dsagelint.updateGolden=true)",
                                file)
                        .isEqualTo(RuleDoc.pageFile(rule, page));
                assertThat(RuleDoc.prose(rule))
                        .as("packaged page of %s", rule.id())
                        .isEqualTo(page);
            }
            problems(rule, page, catalog).forEach(p -> all.add(rule.id() + ".md: " + p));
        }
        assertThat(all).isEmpty();
    }

    private static final String FIX = "\n## How to fix\nCloudFormation, Terraform, AWS CDK\n";

    /** Pages that each disagree with SageMaker.4 (medium, replaces, minimumInstanceCount), and the problem. */
    static Stream<Arguments> badPages() {
        return Stream.of(
                Arguments.of("# SageMaker.4 — title\n" + FIX, "the title line is generated"),
                Arguments.of("| | |\n|---|---|\n| Severity | Medium |\n" + FIX, "hand-written header row 'Severity'"),
                Arguments.of("| | |\n" + FIX, "hand-written header table"),
                Arguments.of("**In place:** edit it.\n" + FIX, "says **In place:** but the fix replaces"),
                Arguments.of("A high-severity control.\n" + FIX, "mentions severity high"),
                Arguments.of("Set `requiredKeyTags`.\n" + FIX, "mentions parameter requiredKeyTags"),
                Arguments.of(
                        "`minimumInstanceCount` (default `3`).\n" + FIX,
                        "says the default of minimumInstanceCount is 3"),
                Arguments.of(
                        "rules:\n  parameters:\n    SageMaker.9: {minimumInstanceCount: 1}\n" + FIX,
                        "sets minimumInstanceCount of SageMaker.9"),
                Arguments.of("## Why it matters\nCloudFormation, Terraform, AWS CDK\n", "has no '## How to fix'"),
                Arguments.of("## How to fix\nCloudFormation and Terraform\n", "does not mention CDK"));
    }

    @ParameterizedTest
    @MethodSource("badPages")
    void aPageThatDisagreesWithItsRuleIsReported(String page, String problem) {
        RuleMeta rule = dev.sagelint.rules.sagemaker.EndpointInstanceCount.META;

        assertThat(problems(rule, page, catalog())).anyMatch(p -> p.contains(problem));
        assertThat(problems(
                        rule,
                        "## What is checked\n`minimumInstanceCount` (default `2`)\n**Rebuild:** yes\n"
                                + "## How to fix\nCloudFormation, Terraform, AWS CDK\n",
                        catalog()))
                .isEmpty();
    }

    @Test
    void theHeaderCopyOfAPageFileIsLeftOutOfItsProse() {
        RuleMeta rule = dev.sagelint.rules.sagemaker.EndpointInstanceCount.META;
        String prose = "## What is checked\nText.\n";

        String file = RuleDoc.pageFile(rule, prose);

        assertThat(file)
                .startsWith(RuleDoc.GENERATED_BEGIN + "\n# SageMaker.4 — ")
                .contains("| Severity | Medium |");
        assertThat(RuleDoc.withoutHeaderCopy(file)).isEqualTo(prose);
        assertThat(RuleDoc.withoutHeaderCopy(prose)).isEqualTo(prose);
        assertThat(RuleDoc.withoutHeaderCopy(RuleDoc.GENERATED_BEGIN + "\n# no end marker\n"))
                .as("a copy without its end marker is not cut")
                .startsWith(RuleDoc.GENERATED_BEGIN);
    }

    @Test
    void theHeaderShowsTheMetadataInTheRowsOfTheFormerHandWrittenTable() {
        String header = RuleDoc.header(dev.sagelint.rules.sagemaker.EndpointInstanceCount.META);

        assertThat(header).isEqualTo("""
                # SageMaker.4 — SageMaker endpoint production variants should have an initial instance count \
                greater than 1

                | | |
                |---|---|
                | Severity | Medium |
                | Resource | `AWS::SageMaker::EndpointConfig`, `aws_sagemaker_endpoint_configuration`, \
                `awscc_sagemaker_endpoint_config` |
                | Property | `ProductionVariants[*].InitialInstanceCount`, `ProductionVariants[*].ServerlessConfig` / \
                `production_variants.initial_instance_count`, `production_variants.serverless_config` |
                | AWS Config rule | `sagemaker-endpoint-config-prod-instance-count` |
                | Standards | AWS Foundational Security Best Practices v1.0.0, AWS AI Security Best Practices v1.0.0 |
                | Fix | **Replaces the resource.** ProductionVariants is create-only: the change creates a new endpoint \
                configuration, and updating the endpoint to it replaces the hosting instances (with no downtime when \
                done as a blue/green update). `sagelint fix` lists it: it needs an initial instance count of at \
                least the configured minimum. |
                | Parameters | `minimumInstanceCount` (whole number, default `2`, at least 1): the smallest initial \
                instance count of an instance-based production variant that passes. |
                """);
    }

    @Test
    void thePageIsTheHeaderThenTheProseAndAnOverriddenSeverityShows() {
        RuleMeta rule = dev.sagelint.rules.sagemaker.NotebookRootAccess.META;

        assertThat(rule.helpMarkdown()).isEqualTo(RuleDoc.header(rule) + "\n" + RuleDoc.prose(rule));
        assertThat(rule.helpMarkdown())
                .contains(
                        "| Severity | High |",
                        "| Fix | In place. RootAccess",
                        "| AWS Config rule | `sagemaker-notebook-instance-root-access-check` |",
                        "## How to fix");
        assertThat(rule.helpMarkdown()).doesNotContain("| Parameters |");
        assertThat(rule.withSeverity(Severity.LOW).helpMarkdown()).contains("| Severity | Low |");
    }

    @Test
    void rulesWithoutAConfigRuleOrAnAwsResourceSayWhy() {
        assertThat(RuleDoc.header(dev.sagelint.rules.sagemaker.NotebookImdsV2.META))
                .contains(
                        "| AWS Config rule | none (no AWS Config managed rule was found for this setting) |",
                        "| Standards | none (related check) |");
        assertThat(RuleDoc.header(dev.sagelint.rules.sagemaker.InferenceExperimentKms.META))
                .contains("| Resource | `AWS::SageMaker::InferenceExperiment`, `awscc_sagemaker_inference_experiment` "
                        + "(no hashicorp/aws resource) |");
    }
}
