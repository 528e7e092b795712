package dev.sagelint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.sagelint.rules.Rules;
import dev.sagelint.rules.sagemaker.EndpointInstanceCount;
import dev.sagelint.rules.sagemaker.NotebookInVpc;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The committed {@code docs/sagelint.schema.json} is the one generated from the catalog, and the schema accepts
 * the configurations {@link ConfigLoader} accepts (in their canonical spelling). Only the loader knows which rule
 * ids exist and which globs are valid.
 */
class ConfigSchemaTest {

    static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "..", "docs", "sagelint.schema.json");

    private static final String GENERATED = ConfigSchema.generate(Rules.all());

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(COMMITTED, GENERATED, StandardCharsets.UTF_8);
            fail("rewrote " + COMMITTED + ": review it with `git diff`, then run the tests without "
                    + "-Dsagelint.updateGolden");
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as(
                        "%s differs from the schema generated from the rules (regenerate with "
                                + "-Dsagelint.updateGolden=true, or `sagelint rules --config-schema`)",
                        COMMITTED)
                .isEqualTo(GENERATED);
    }

    @Test
    void onlyRulesWithParametersShapeTheSchema() {
        String one = ConfigSchema.generate(List.of(new NotebookRootAccess()));

        assertThat(ConfigSchema.generate(List.of(new NotebookRootAccess(), new NotebookInVpc())))
                .isEqualTo(one);
        assertThat(ConfigSchema.generate(List.of(new NotebookRootAccess(), new EndpointInstanceCount())))
                .isNotEqualTo(one)
                .contains("\"SageMaker.4\"", "\"minimumInstanceCount\"", "\"minimum\": 1");
    }

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of(true, true, """
                        fail-on: high
                        exclude: [legacy/**, "**/*.generated.yaml"]
                        rules:
                          disable: [SageMaker.8]
                          severity: {SageMaker.5: critical}
                          parameters:
                            SageMaker.4: {minimumInstanceCount: 3}
                            SageMaker.6: {requiredKeyTags: [owner, cost-center]}
                            SageMaker.7: {requiredKeyTags: owner}
                            SageMaker.8: {supportedPlatformIdentifierVersions: [notebook-al2023-v1]}
                            DistributedJobTrafficEncryption: {minimumInstanceCount: 1}
                        """),
                Arguments.of(true, true, "rules:\n  enable: SageMaker.1\n  severity:\n"),
                Arguments.of(false, true, "rules:\n  disable: [SageMaker.99]\n"),
                Arguments.of(false, true, "exclude: ['*.{yaml']\n"),
                Arguments.of(false, false, "fail_on: high\n"),
                Arguments.of(false, false, "fail-on: urgent\n"),
                Arguments.of(false, false, "exclude: {legacy: true}\n"),
                Arguments.of(false, false, "rules:\n  disable: [Sagemaker-3]\n"),
                Arguments.of(false, false, "rules:\n  severity: {SageMaker.5: urgent}\n"),
                Arguments.of(false, false, "rules:\n  parameters:\n    SageMaker.3: {x: 1}\n"),
                Arguments.of(false, false, "rules:\n  parameters:\n    SageMaker.4: {minimumInstanceCount: 0}\n"),
                Arguments.of(false, false, "rules:\n  parameters:\n    SageMaker.4: {minimumInstanceCount: two}\n"),
                Arguments.of(false, false, "rules:\n  parameters:\n    SageMaker.9: {minimumCount: 2}\n"),
                Arguments.of(false, false, "rules:\n  parameters:\n    SageMaker.6: {requiredKeyTags: [owner, [a]]}\n"),
                Arguments.of(false, false, "rules:\n  parameters:\n    SageMaker.6: {requiredKeyTags: ['  ']}\n"));
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void theSchemaAndTheLoaderAgree(boolean valid, boolean schemaValid, String yaml) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(GENERATED, InputFormat.JSON);
        String json = new ObjectMapper().writeValueAsString(new Yaml().load(yaml));
        List<String> schemaErrors = schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();

        assertThat(ConfigLoader.parse(yaml, Path.of(".sagelint.yml")).hasErrors())
                .as("loader: %s", yaml)
                .isEqualTo(!valid);
        assertThat(schemaErrors.isEmpty())
                .as("schema: %s %s", yaml, schemaErrors)
                .isEqualTo(schemaValid);
    }
}
