package dev.sagelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published schema of the JSON report, {@code docs/sagelint-report.schema.json}, for every test that writes a
 * JSON report: {@link #assertValid} fails with the schema's complaints.
 */
public final class JsonReportSchema {

    /** The schema file, from any module of the build. */
    public static final Path FILE =
            Path.of(System.getProperty("basedir", ".")).resolve("../docs/sagelint-report.schema.json");

    private static Schema schema;

    private JsonReportSchema() {}

    private static synchronized Schema schema() {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(FILE)) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** What the schema says is wrong with {@code json}; empty when it is valid. */
    public static List<String> validate(String json) {
        return schema().validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    public static void assertValid(String json) {
        assertThat(validate(json)).as("the JSON report against " + FILE).isEmpty();
    }
}
