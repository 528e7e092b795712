package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files that the first-bytes look of the real front-ends used to skip without a word: each is now analyzed, or
 * reported with a diagnostic that says why it is not.
 */
class SniffingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules").toAbsolutePath();

    @TempDir
    Path dir;

    private static final String NOTEBOOK_YAML = """
            Resources:
              Notebook:
                Type: AWS::SageMaker::NotebookInstance
                Properties:
                  InstanceType: ml.t3.medium
                  RoleArn: arn:aws:iam::123456789012:role/notebook
                  RootAccess: Enabled
            """;

    private static final String NOTEBOOK_JSON = """
            "Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {
              "InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::123456789012:role/notebook",
              "RootAccess": "Enabled"}}}}
            """;

    private static ScanResult scan(Path... paths) {
        return Scanner.withInstalledFrontends().scan(ScanRequest.of(List.of(paths)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"template.yaml", "template.json", "template.template"})
    void aTemplateWhoseFirstResourceComesAfter64KiBWithoutAFormatVersionIsAnalyzed(String name) throws IOException {
        String padding = "x".repeat(100);
        String text = name.endsWith(".json")
                ? "{\"Description\": \"" + (padding + " ").repeat(700) + "\",\n" + NOTEBOOK_JSON
                : "Description: >\n" + ("  " + padding + "\n").repeat(700) + NOTEBOOK_YAML;
        assertThat(text.indexOf("AWS::")).isGreaterThan(64 * 1024);
        Path template = Files.writeString(dir.resolve(name), text);

        ScanResult result = scan(dir);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.findings())
                .extracting(f -> f.location().file())
                .isNotEmpty()
                .containsOnly(template);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SageMaker.3", "SageMaker.1", "PlanReplacement"})
    void aPlanWrittenWithSortedKeysFindsWhatTheSamePlanFinds(String rule) throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path sorted = Files.createDirectories(dir.resolve("sorted"));
        Files.copy(FIXTURES.resolve(rule).resolve("plan.json"), plain.resolve("plan.json"));
        ObjectMapper jq = new ObjectMapper()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode plan = jq.readTree(plain.resolve("plan.json").toFile());
        String text = jq.writeValueAsString(jq.treeToValue(plan, Object.class));
        assertThat(text.indexOf("\"format_version\"")).isGreaterThan(1024);
        Files.writeString(sorted.resolve("plan.json"), text);

        ScanResult expected = scan(plain);
        ScanResult actual = scan(sorted);

        assertThat(expected.findings()).isNotEmpty();
        assertThat(actual.diagnostics()).isEmpty();
        assertThat(actual.findings())
                .extracting(f -> f.rule().id() + " " + f.resource().address())
                .containsExactlyElementsOf(expected.findings().stream()
                        .map(f -> f.rule().id() + " " + f.resource().address())
                        .toList());
    }

    @ParameterizedTest(name = "{0} {1} with byte order mark: {2}")
    @CsvSource({
        "template.yaml, UTF-16LE, true",
        "template.yaml, UTF-16BE, true",
        "template.yaml, UTF-16LE, false",
        "template.yaml, UTF-16BE, false",
        "template.yaml, UTF-32LE, true",
        "template.yaml, UTF-32BE, false",
        "template.json, UTF-16LE, true",
        "template.json, UTF-16BE, false",
        "template.json, UTF-32LE, false",
        "template.json, UTF-32BE, true",
    })
    void aTemplateInUtf16OrUtf32IsAnEncodingError(String name, String encoding, boolean bom) throws IOException {
        Files.writeString(dir.resolve("good.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\n" + NOTEBOOK_YAML);
        String text = name.endsWith(".json") ? "{\n" + NOTEBOOK_JSON : NOTEBOOK_YAML;
        Path template = Files.writeString(dir.resolve(name), (bom ? "\uFEFF" : "") + text, Charset.forName(encoding));

        ScanResult result = scan(dir);

        assertThat(result.diagnostics())
                .extracting(d -> d.code().id() + " " + d.file().getFileName() + ":" + d.line())
                .containsExactly("encoding-error " + name + ":1");
        assertThat(result.diagnostics().get(0).message()).contains(encoding.substring(0, 6), "UTF-8");
        assertThat(result.findings()).extracting(f -> f.location().file()).doesNotContain(template);
        assertThat(result.findings())
                .extracting(f -> f.location().file().getFileName().toString())
                .contains("good.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"values.yaml, replicas: 3", "README.md, # A project", "package.json, {}"})
    void aFileNamedOnTheCommandLineThatIsNotInfrastructureCodeGetsANote(String name, String content)
            throws IOException {
        Path file = Files.writeString(dir.resolve(name), content + "\n", StandardCharsets.UTF_8);

        ScanResult result = scan(file);

        assertThat(result.diagnostics())
                .extracting(
                        d -> d.code().id() + " " + d.level() + " " + d.file().getFileName())
                .containsExactly("not-recognized NOTE " + name);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aFileFoundInAFolderThatIsNotInfrastructureCodeStaysSilent() throws IOException {
        Files.writeString(dir.resolve("values.yaml"), "replicas: 3\n");
        Files.writeString(dir.resolve("good.yaml"), NOTEBOOK_YAML);

        assertThat(scan(dir).diagnostics()).isEmpty();
    }
}
