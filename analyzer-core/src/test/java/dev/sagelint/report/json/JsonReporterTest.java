package dev.sagelint.report.json;

import static dev.sagelint.report.ReportFixtures.ROOT;
import static dev.sagelint.report.ReportFixtures.TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Golden;
import dev.sagelint.report.JsonReportSchema;
import dev.sagelint.report.ReportFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    static String json(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter(TOOL).write(result, out);
        return out.toString();
    }

    static JsonNode normalize(JsonNode report) {
        assertThat(report.get("root").asText()).isEqualTo(ROOT.toString());
        ((ObjectNode) report).put("root", "/normalized/root");
        ((ObjectNode) report.get("tool")).put("version", "0.0.0-normalized");
        return report;
    }

    @Test
    void findingsAndDiagnosticsMatchGolden() throws IOException {
        Golden.assertMatches("partial.json", json(ReportFixtures.partial()), JsonReporterTest::normalize);
    }

    @Test
    void everyFindingHasEveryField() throws IOException {
        JsonNode findings = Golden.parse(json(ReportFixtures.findings())).get("findings");
        assertThat(findings).hasSize(5);
        List<String> fields = List.of(
                "ruleId",
                "title",
                "severity",
                "file",
                "line",
                "column",
                "endLine",
                "endColumn",
                "resource",
                "resourceType",
                "stack",
                "constructPath",
                "property",
                "message",
                "condition",
                "fix",
                "fingerprint",
                "related",
                "state");
        for (JsonNode f : findings) {
            assertThat(f.fieldNames()).toIterable().containsExactlyElementsOf(fields);
        }
        JsonNode model = findings.get(0);
        assertThat(model.get("file").asText()).isEqualTo("cdk.out/ml stack.template.json");
        assertThat(model.get("resource").asText()).isEqualTo("Model1F7CB7A4");
        assertThat(model.get("constructPath").asText()).isEqualTo("MlStack/Model");
        assertThat(model.get("fix").asText()).isEqualTo("rebuild");
        assertThat(model.get("condition").isNull()).isTrue();
        assertThat(model.get("fingerprint").asText())
                .isEqualTo(ReportFixtures.findings().findings().get(0).fingerprint(ROOT));
    }

    @Test
    void aValueWrittenInAnotherFileNamesTheDeclarationAsRelated() throws IOException {
        JsonNode finding =
                Golden.parse(json(ReportFixtures.elsewhere())).get("findings").get(0);
        assertThat(finding.get("file").asText()).isEqualTo("modules/notebook/variables.tf");
        JsonNode related = finding.get("related");
        assertThat(related).hasSize(1);
        assertThat(related.get(0).get("file").asText()).isEqualTo("modules/notebook/main.tf");
        assertThat(related.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(related.get(0).get("message").asText())
                .isEqualTo("where `aws_sagemaker_notebook_instance.lab` is declared");
    }

    @Test
    void summaryCountsBySeverityConditionAndFile() throws IOException {
        JsonNode summary = Golden.parse(json(ReportFixtures.partial())).get("summary");
        assertThat(summary.toString())
                .isEqualTo("{\"findings\":1,"
                        + "\"bySeverity\":{\"critical\":0,\"high\":1,\"medium\":0,\"low\":0},\"conditional\":1,"
                        + "\"filesRead\":3,\"filesNotAnalyzed\":2,\"errors\":2,\"warnings\":1,\"notes\":0,"
                        + "\"suppressed\":0,\"unchanged\":0}");
    }

    @Test
    void cleanScanHasEmptyListsAndZeroCounts() throws IOException {
        String report = json(ReportFixtures.clean());
        assertThat(report).contains("\"findings\": [],", "\"diagnostics\": [],").endsWith("}\n");
        assertThat(Golden.parse(report).get("summary").get("findings").asInt()).isZero();
    }

    static java.util.stream.Stream<ScanResult> scans() {
        return java.util.stream.Stream.of(
                ReportFixtures.findings(), ReportFixtures.partial(), ReportFixtures.clean(), ReportFixtures.triaged());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("scans")
    void everyReportIsValidAgainstThePublishedSchema(ScanResult result) throws IOException {
        JsonReportSchema.assertValid(json(result));
    }

    @Test
    void goldenReportIsValidAgainstThePublishedSchema() throws IOException {
        JsonReportSchema.assertValid(java.nio.file.Files.readString(Golden.DIR.resolve("partial.json")));
    }

    @Test
    void aReportOffTheSchemaFailsValidation() throws IOException {
        ObjectNode report = (ObjectNode) Golden.parse(json(ReportFixtures.triaged()));
        ((ObjectNode) report.get("findings").get(0)).put("severity", "severe");
        ((ObjectNode) report.get("suppressed").get(0)).remove("suppression");
        report.remove("summary");

        List<String> errors = JsonReportSchema.validate(report.toString());

        assertThat(errors).anyMatch(e -> e.contains("/findings/0/severity"));
        assertThat(errors).anyMatch(e -> e.contains("suppression"));
        assertThat(errors).anyMatch(e -> e.contains("summary"));
    }

    @Test
    void suppressedAndBaselinedFindingsAreListedWithTheirState() throws IOException {
        ScanResult result = ReportFixtures.triaged();
        JsonNode report = Golden.parse(json(result));

        assertThat(report.get("findings")).hasSize(result.findings().size());
        assertThat(report.get("suppressed")).hasSize(result.suppressed().size()).isNotEmpty();
        assertThat(report.get("unchanged")).hasSize(result.unchanged().size());
        for (JsonNode f : report.get("findings"))
            assertThat(f.get("state").asText()).isEqualTo("open");
        for (int i = 0; i < result.suppressed().size(); i++) {
            JsonNode s = report.get("suppressed").get(i);
            assertThat(s.get("state").asText()).isEqualTo("suppressed");
            assertThat(s.get("suppression").get("justification").asText())
                    .isEqualTo(result.suppressed().get(i).suppression().justification());
        }
        for (JsonNode u : report.get("unchanged"))
            assertThat(u.get("state").asText()).isEqualTo("unchanged");
        assertThat(report.get("summary").get("suppressed").asInt())
                .isEqualTo(result.suppressed().size());
    }

    @Test
    void leavesTheWriterOpen() throws IOException {
        StringWriter target = new StringWriter();
        boolean[] closed = {false};
        Writer out = new java.io.FilterWriter(target) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JsonReporter(TOOL).write(ReportFixtures.clean(), out);
        assertThat(closed[0]).isFalse();
        assertThat(target.toString()).startsWith("{\n  \"formatVersion\": 1,\n");
    }
}
