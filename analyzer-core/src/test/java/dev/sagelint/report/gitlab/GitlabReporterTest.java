package dev.sagelint.report.gitlab;

import static dev.sagelint.report.ReportFixtures.TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Golden;
import dev.sagelint.report.ReportFixtures;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GitLab SAST report, validated against the required fields of GitLab's schema major version 15 (see
 * {@code gitlab/README.md} in the test resources: GitLab's own schema file cannot be vendored here) and compared
 * with the scan finding by finding.
 */
class GitlabReporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07.890Z"), ZoneOffset.UTC);

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in =
                GitlabReporterTest.class.getResourceAsStream("/gitlab/sast-report-required.schema.json")) {
            assertThat(in).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
    }

    static Stream<ScanResult> scans() {
        return Stream.of(
                ReportFixtures.findings(), ReportFixtures.partial(), ReportFixtures.clean(), ReportFixtures.triaged());
    }

    static String gitlab(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        new GitlabReporter(TOOL, CLOCK).write(result, out);
        return out.toString();
    }

    private static List<String> validate(String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("scans")
    void reportHasEveryRequiredField(ScanResult result) throws IOException {
        assertThat(validate(gitlab(result))).isEmpty();
    }

    @Test
    void aReportWithoutTheRequiredFieldsFailsValidation() throws IOException {
        JsonNode report = Golden.parse(gitlab(ReportFixtures.findings()));
        ((ObjectNode) report.get("scan")).remove("analyzer");
        ((ObjectNode) report.get("vulnerabilities").get(0)).remove("identifiers");
        ((ObjectNode) report.get("vulnerabilities").get(1)).put("severity", "high");

        List<String> errors = validate(report.toString());

        assertThat(errors).anyMatch(e -> e.contains("analyzer"));
        assertThat(errors).anyMatch(e -> e.contains("identifiers"));
        assertThat(errors).anyMatch(e -> e.contains("/vulnerabilities/1/severity"));
    }

    @ParameterizedTest
    @MethodSource("scans")
    void eachCountedFindingIsOneVulnerability(ScanResult result) throws IOException {
        JsonNode report = Golden.parse(gitlab(result));
        JsonNode vulnerabilities = report.get("vulnerabilities");

        assertThat(vulnerabilities).hasSize(result.findings().size());
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            JsonNode v = vulnerabilities.get(i);
            assertThat(v.get("id").asText()).isEqualTo(f.fingerprint(result.root()));
            assertThat(v.get("identifiers").get(0).get("value").asText())
                    .isEqualTo(f.rule().id());
            assertThat(v.get("severity").asText())
                    .isEqualToIgnoringCase(f.severity().label());
            assertThat(v.get("location").get("start_line").asInt())
                    .isEqualTo(f.location().line());
            assertThat(v.get("description").asText()).contains(f.message());
        }
        assertThat(report.get("scan").get("start_time").asText()).isEqualTo("2026-03-04T05:06:07");
        assertThat(report.get("scan").get("status").asText()).isEqualTo(result.hasErrors() ? "failure" : "success");
        assertThat(report.get("scan").get("messages"))
                .hasSize(result.diagnostics().size());
    }
}
