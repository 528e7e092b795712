package dev.sagelint.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagelint.report.Golden;
import dev.sagelint.report.ReportFixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Suppressed findings and baseline states in SARIF. */
class SarifTriageTest {

    @Test
    void triagedScanMatchesGolden() throws IOException {
        Golden.assertMatches(
                "triaged.sarif", SarifReporterTest.sarif(ReportFixtures.triaged()), SarifReporterTest::normalize);
    }

    @Test
    void suppressedResultsCarryAnInSourceSuppressionWithTheJustification() throws IOException {
        JsonNode results =
                Golden.parse(SarifReporterTest.sarif(ReportFixtures.triaged())).at("/runs/0/results");

        assertThat(results).hasSize(ReportFixtures.findings().findings().size());
        JsonNode suppressed = null;
        for (JsonNode r : results) {
            if (r.has("suppressions")) {
                assertThat(suppressed).as("one suppressed result").isNull();
                suppressed = r;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("ruleId").asText()).isEqualTo("SageMaker.3");
        JsonNode entry = suppressed.get("suppressions").get(0);
        assertThat(entry.get("kind").asText()).isEqualTo("inSource");
        assertThat(entry.get("justification").asText()).isEqualTo("the image installs GPU drivers as root");
        assertThat(entry.at("/location/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("templates/notebooks.yaml");
        assertThat(entry.at("/location/physicalLocation/region/startLine").asInt())
                .isEqualTo(8);
    }

    @Test
    void withABaselineEveryResultSaysWhetherItIsNew() throws IOException {
        JsonNode results =
                Golden.parse(SarifReporterTest.sarif(ReportFixtures.triaged())).at("/runs/0/results");

        for (JsonNode r : results) {
            boolean accepted = r.at("/locations/0/logicalLocations/0/fullyQualifiedName")
                            .asText()
                            .equals("InsecureNotebook")
                    && r.get("ruleId").asText().equals("SageMaker.1");
            assertThat(r.get("baselineState").asText())
                    .as(r.get("ruleId").asText())
                    .isEqualTo(accepted ? "unchanged" : "new");
        }
    }

    @Test
    void withoutABaselineThereIsNoBaselineState() throws IOException {
        JsonNode results =
                Golden.parse(SarifReporterTest.sarif(ReportFixtures.findings())).at("/runs/0/results");

        assertThat(results).allSatisfy(r -> assertThat(r.has("baselineState")).isFalse());
    }
}
