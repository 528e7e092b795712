package dev.sagelint.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.sagemaker.AppImageConfigTagged;
import dev.sagelint.rules.sagemaker.DataQualityJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.DistributedJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.EndpointInstanceCount;
import dev.sagelint.rules.sagemaker.ImageTagged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private static final Path FILE = Path.of("/project/.sagelint.yml");

    private static LoadedConfig parse(String... lines) {
        return ConfigLoader.parse(String.join("\n", lines) + "\n", FILE);
    }

    /** Each error as {@code line:column message}. */
    private static List<String> errors(LoadedConfig loaded) {
        return loaded.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message())
                .toList();
    }

    @Test
    void everySettingIsRead() {
        LoadedConfig loaded = parse(
                "fail-on: high",
                "exclude:",
                "  - legacy/**",
                "  - '**/*.generated.yaml'",
                "rules:",
                "  disable: [SageMaker.8]",
                "  severity:",
                "    SageMaker.5: critical",
                "  parameters:",
                "    SageMaker.4:",
                "      minimumInstanceCount: 3",
                "    SageMaker.6:",
                "      requiredKeyTags: [owner, cost-center]");

        assertThat(loaded.diagnostics()).isEmpty();
        Configuration config = loaded.configuration();
        assertThat(config.source()).isEqualTo(FILE);
        assertThat(config.failOn()).isEqualTo("high");
        assertThat(config.failOnThreshold()).contains(Optional.of(Severity.HIGH));
        assertThat(config.excludes()).containsExactly("legacy/**", "**/*.generated.yaml");
        assertThat(config.disabledRules()).containsExactly("SageMaker.8");
        assertThat(config.severities()).isEqualTo(Map.of("SageMaker.5", Severity.CRITICAL));
        assertThat(config.parameters().get("SageMaker.4", EndpointInstanceCount.MINIMUM_INSTANCE_COUNT))
                .contains(3);
        assertThat(config.parameters().get("SageMaker.6", AppImageConfigTagged.REQUIRED_KEY_TAGS))
                .contains(List.of("owner", "cost-center"));
        assertThat(config.parameters().get("SageMaker.7", ImageTagged.REQUIRED_KEY_TAGS))
                .isEmpty();
    }

    @Test
    void enableListsTheOnlyRulesThatRunAndIdsIgnoreCase() {
        Configuration config =
                parse("rules:", "  enable: [sagemaker.1, SageMaker.3]").configuration();

        assertThat(config.disabledRules())
                .contains("SageMaker.2", "SageMaker.5", "NotebookImdsV2")
                .doesNotContain("SageMaker.1", "SageMaker.3");
    }

    @Test
    void failOnNoneMeansNeverFail() {
        assertThat(parse("fail-on: none").configuration().failOnThreshold()).contains(Optional.empty());
        assertThat(parse("fail-on: LOW").configuration().failOn()).isEqualTo("low");
        assertThat(Configuration.defaults().failOnThreshold()).isEmpty();
    }

    @Test
    void anEmptyFileIsTheDefaults() {
        LoadedConfig loaded = ConfigLoader.parse("# nothing yet\n", FILE);

        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.configuration().disabledRules()).isEmpty();
        assertThat(loaded.configuration().failOn()).isNull();
    }

    @Test
    void unknownKeysAreErrorsWithLineAndColumnAndAHint() {
        LoadedConfig loaded = parse(
                "fail_on: high",
                "rules:",
                "  disabled: [SageMaker.8]",
                "  parameters:",
                "    SageMaker.4: {minimumCount: 3}",
                "colour: true");

        assertThat(loaded.hasErrors()).isTrue();
        assertThat(errors(loaded))
                .containsExactly(
                        "1:1 unknown key 'fail_on'; did you mean 'fail-on'?",
                        "3:3 unknown key 'disabled'; did you mean 'disable'?",
                        "5:19 unknown key 'minimumCount'; expected minimumInstanceCount",
                        "6:1 unknown key 'colour'; expected one of fail-on, fail-on-empty, exclude, rules, policies, limits");
        assertThat(loaded.diagnostics()).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.code()).isEqualTo(DiagnosticCode.CONFIG_ERROR);
            assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
        });
    }

    @Test
    void limitsOverrideTheDefaultsAndBadOnesAreErrorsWithLine() {
        LoadedConfig good = parse("limits:", "  steps-per-file: 10_000", "  instances: 5", "  file-bytes: 8589934592");
        assertThat(good.diagnostics()).isEmpty();
        dev.sagelint.engine.ScanContext.Limits limits =
                good.configuration().limitsOver(dev.sagelint.engine.ScanContext.Limits.defaults());
        assertThat(limits.maxStepsPerFile()).isEqualTo(10_000);
        assertThat(limits.maxInstances()).isEqualTo(5);
        assertThat(limits.maxFileBytes()).isEqualTo(8_589_934_592L);
        assertThat(limits.maxStringLength())
                .isEqualTo(dev.sagelint.engine.ScanContext.Limits.defaults().maxStringLength());

        LoadedConfig bad = parse(
                "limits:",
                "  steps-per-file: 0", // not positive
                "  instances: 3000000000", // beyond an int
                "  string-length: long",
                "  step-per-file: 5");
        assertThat(errors(bad))
                .containsExactly(
                        "2:19 limits.steps-per-file must be a whole number from 1 to 9223372036854775807, not the number '0'",
                        "3:14 limits.instances must be a whole number from 1 to 2147483647, not the number '3000000000'",
                        "4:18 limits.string-length must be a whole number from 1 to 2147483647, not the string 'long'",
                        "5:3 unknown key 'step-per-file'; did you mean 'steps-per-file'?");
    }

    @Test
    void wrongTypesAreErrorsWithLine() {
        LoadedConfig loaded = parse(
                "fail-on: 3",
                "exclude: {legacy: true}",
                "rules:",
                "  disable: [[SageMaker.8]]",
                "  severity:",
                "    SageMaker.5: urgent",
                "  parameters:",
                "    SageMaker.4:",
                "      minimumInstanceCount: two",
                "    SageMaker.8:",
                "      supportedPlatformIdentifierVersions: {a: b}");

        assertThat(errors(loaded))
                .containsExactly(
                        "1:10 fail-on must be one of critical, high, medium, low, none, not the number '3'",
                        "2:10 exclude must be a list, not a mapping",
                        "4:13 an item of rules.disable must be a single value, not a list",
                        "6:18 the severity must be one of critical, high, medium, low, not 'urgent'",
                        "9:29 the parameter must be a whole number, not the string 'two'",
                        "11:44 the parameter must be a list, not a mapping");
    }

    @Test
    void unknownRulesAndParametersOfRulesWithoutAnyAreErrors() {
        LoadedConfig loaded = parse(
                "rules:",
                "  disable: [SageMaker.99, Sagemaker-3]",
                "  parameters:",
                "    SageMaker.3: {x: 1}",
                "    SageMaker.4: {minimumInstanceCount: 0}");

        assertThat(errors(loaded))
                .containsExactly(
                        "2:13 unknown rule 'SageMaker.99'; did you mean 'SageMaker.9'? (see 'sagelint rules')",
                        "2:27 unknown rule 'Sagemaker-3'; did you mean 'SageMaker.3'? (see 'sagelint rules')",
                        "4:5 SageMaker.3 has no parameters; the rules with parameters are SageMaker.4 (minimumInstanceCount), "
                                + "SageMaker.6 (requiredKeyTags), SageMaker.7 (requiredKeyTags), "
                                + "SageMaker.8 (supportedPlatformIdentifierVersions), SageMaker.9 (minimumInstanceCount), "
                                + "SageMaker.10 (minimumInstanceCount), SageMaker.13 (minimumInstanceCount), "
                                + "SageMaker.15 (minimumInstanceCount), DistributedJobTrafficEncryption (minimumInstanceCount), "
                                + "DomainTagged (requiredKeyTags), EndpointConfigKms (kmsKeyArns), FeatureGroupTagged (requiredKeyTags)",
                        "5:41 the parameter must be at least 1, not 0");
    }

    @Test
    void aRuleBothEnabledAndDisabledIsAnError() {
        LoadedConfig loaded = parse("rules:", "  enable: [SageMaker.3, SageMaker.1]", "  disable: [SageMaker.3]");

        assertThat(errors(loaded))
                .containsExactly("3:13 rule SageMaker.3 is both in rules.enable and in rules.disable, so it would not "
                        + "run; remove it from one of them");
    }

    @Test
    void syntaxErrorsDuplicateKeysAndBadGlobsAreErrors() {
        assertThat(errors(parse("rules: [unclosed"))).singleElement().asString().startsWith("2:1 not valid YAML: ");
        assertThat(errors(parse("fail-on: high", "fail-on: low")))
                .containsExactly("2:1 duplicate key 'fail-on' (first at line 1)");
        assertThat(errors(parse("exclude: ['*.{yaml']")))
                .containsExactly("1:11 invalid glob pattern '*.{yaml': '{' without '}'");
        assertThat(errors(parse("- a list")))
                .containsExactly("1:1 the configuration must be a mapping (key: value " + "lines), not a list");
    }

    @Test
    void aFileIsFoundInTheRootAndAnExplicitFileWins() throws IOException {
        assertThat(ConfigLoader.resolve(dir, null).configuration()).isEqualTo(Configuration.defaults());

        Files.writeString(dir.resolve(".sagelint.yml"), "fail-on: medium\n");
        Path other = Files.writeString(dir.resolve("other.yml"), "fail-on: critical\n");

        assertThat(ConfigLoader.find(dir)).contains(dir.resolve(".sagelint.yml"));
        assertThat(ConfigLoader.resolve(dir, null).configuration().failOn()).isEqualTo("medium");
        assertThat(ConfigLoader.resolve(dir, other).configuration().failOn()).isEqualTo("critical");
    }

    @Test
    void aMissingExplicitFileIsAnError() {
        LoadedConfig loaded = ConfigLoader.resolve(dir, dir.resolve("nope.yml"));

        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.diagnostics().get(0).message()).startsWith("configuration file not found: ");
    }

    @Test
    void applyToSetsParametersSelectionSeveritiesAndExcludes() {
        Configuration config = parse(
                        "exclude: [legacy/**]",
                        "rules:",
                        "  disable: [SageMaker.2]",
                        "  severity: {SageMaker.1: low}",
                        "  parameters: {SageMaker.4: {minimumInstanceCount: 4}}")
                .configuration();

        ScanRequest request = config.applyTo(ScanRequest.of(List.of(Path.of("."))));

        assertThat(request.settings().disabledRules()).containsExactly("SageMaker.2");
        assertThat(request.settings().severities()).containsEntry("SageMaker.1", Severity.LOW);
        assertThat(request.settings().excludes()).containsExactly("legacy/**");
        assertThat(request.ruleContext()).isEqualTo(config.ruleContext());
    }

    @Test
    void trafficEncryptionControlsTakeAnInstanceCountThreshold() {
        LoadedConfig loaded = parse("rules:", "  parameters:", "    SageMaker.9: {minimumInstanceCount: 1}");

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.configuration()
                        .parameters()
                        .get("SageMaker.9", DataQualityJobTrafficEncryption.MINIMUM_INSTANCE_COUNT))
                .contains(1);
    }

    @Test
    void theDistributedJobControlTakesAnInstanceCountThresholdToo() {
        LoadedConfig loaded =
                parse("rules:", "  parameters:", "    DistributedJobTrafficEncryption: {minimumInstanceCount: 4}");

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.configuration()
                        .parameters()
                        .get("DistributedJobTrafficEncryption", DistributedJobTrafficEncryption.MINIMUM_INSTANCE_COUNT))
                .contains(4);
    }

    @Test
    void misspeltParameterNamesGetAHintAndListItemsMustBeStrings() {
        LoadedConfig loaded = parse(
                "rules:",
                "  parameters:",
                "    SageMaker.8: {supportedPlatformIdentifierVersion: [x]}",
                "    SageMaker.6: {requiredKeyTags: [owner, [a]]}",
                "    SageMaker.7: {requiredKeyTags: owner}");

        assertThat(errors(loaded))
                .containsExactly(
                        "3:19 unknown key 'supportedPlatformIdentifierVersion'; did you mean "
                                + "'supportedPlatformIdentifierVersions'?",
                        "4:44 an item of the parameter must be a single value, not a list");
        assertThat(loaded.configuration().parameters().get("SageMaker.7", ImageTagged.REQUIRED_KEY_TAGS))
                .contains(List.of("owner"));
    }
}
