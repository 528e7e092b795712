package dev.sagelint.report.sarif;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the golden SARIF files, and the reporter's live output, against the SARIF 2.1.0 JSON schema. The schema
 * (OASIS SARIF 2.1.0, errata revision rtm.5) is kept in the test resources, see {@code sarif/README.md}, so this test
 * runs on every build and never skips.
 */
class SarifSchemaTest {

    static final String SCHEMA = "/sarif/sarif-2.1.0-rtm.5.json";

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in)
                    .as("the SARIF schema in the test resources: " + SCHEMA)
                    .isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
        }
    }

    static Stream<Path> goldenSarifFiles() throws IOException {
        try (Stream<Path> files = Files.list(Golden.DIR)) {
            List<Path> sarif =
                    files.filter(f -> f.toString().endsWith(".sarif")).sorted().toList();
            assertThat(sarif).isNotEmpty();
            return sarif.stream();
        }
    }

    static Stream<ScanResult> scans() {
        return Stream.of(
                ReportFixtures.findings(), ReportFixtures.partial(), ReportFixtures.clean(), ReportFixtures.triaged());
    }

    @ParameterizedTest
    @MethodSource("goldenSarifFiles")
    void goldenFileIsValidSarif(Path file) throws IOException {
        assertThat(validate(Files.readString(file, StandardCharsets.UTF_8)))
                .as(file.toString())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("scans")
    void reportIsValidSarif(ScanResult result) throws IOException {
        assertThat(validate(SarifReporterTest.sarif(result))).isEmpty();
    }

    @Test
    void brokenSarifFailsValidation() throws IOException {
        JsonNode log = Golden.parse(SarifReporterTest.sarif(ReportFixtures.findings()));
        JsonNode run = log.get("runs").get(0);
        ((ObjectNode) run.get("tool").get("driver")).remove("name");
        ObjectNode result = (ObjectNode) run.get("results").get(0);
        result.put("level", "fatal");
        ((ObjectNode) result.get("message")).remove("text");

        List<String> errors = validate(log.toString());

        assertThat(errors).anyMatch(e -> e.contains("/runs/0/tool/driver") && e.contains("name"));
        assertThat(errors).anyMatch(e -> e.contains("/runs/0/results/0/level"));
        assertThat(errors).anyMatch(e -> e.contains("/runs/0/results/0/message"));
    }

    private static List<String> validate(String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }
}
