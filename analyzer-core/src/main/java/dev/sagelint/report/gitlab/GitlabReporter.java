package dev.sagelint.report.gitlab;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.JsonOutput;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.ToolInfo;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A GitLab SAST report ({@code gl-sast-report.json}, for {@code artifacts:reports:sast}), in the format of GitLab's
 * security report schemas, major version 15 ({@value #SCHEMA_VERSION}): a {@code scan} object naming sagelint as
 * analyzer and scanner, and one entry in {@code vulnerabilities} per finding that counts, with the rule as its
 * identifier, its severity, its file and lines, and the fingerprint as its stable {@code id}. Suppressed and
 * baselined findings are left out, as GitLab has no state for them in this format; diagnostics become
 * {@code scan.messages}, and an error among them makes the scan status {@code failure}.
 *
 * <p>The schema requires a start and end time, the only clock reading in sagelint's reports; tests pass a fixed
 * clock.
 */
public final class GitlabReporter implements Reporter {

    /** The version of GitLab's security report schemas this report follows. */
    public static final String SCHEMA_VERSION = "15.1.4";

    /** Where GitLab publishes that schema. */
    public static final String SCHEMA_URI = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/"
            + "-/raw/v" + SCHEMA_VERSION + "/dist/sast-report-format.json";

    /** The schema's time format: no zone, no fraction. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ToolInfo tool;
    private final Clock clock;

    public GitlabReporter(ToolInfo tool, Clock clock) {
        this.tool = tool;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "gitlab";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        String now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME);
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("version", SCHEMA_VERSION);
            g.writeStringField("schema", SCHEMA_URI);
            g.writeObjectFieldStart("scan");
            writeComponent(g, "analyzer");
            writeComponent(g, "scanner");
            g.writeStringField("type", "sast");
            g.writeStringField("start_time", now);
            g.writeStringField("end_time", now);
            g.writeStringField("status", result.hasErrors() ? "failure" : "success");
            g.writeArrayFieldStart("messages");
            DiagnosticPrinter printer = new DiagnosticPrinter(false);
            for (Diagnostic d : result.diagnostics()) {
                g.writeStartObject();
                g.writeStringField(
                        "level",
                        switch (d.level()) {
                            case ERROR -> "fatal";
                            case WARNING -> "warn";
                            case NOTE -> "info";
                        });
                g.writeStringField("value", printer.line(result.root(), d));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("vulnerabilities");
            for (Finding f : result.findings()) writeVulnerability(g, result, f);
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private void writeComponent(JsonGenerator g, String field) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("id", tool.name());
        g.writeStringField("name", tool.name());
        g.writeStringField("url", tool.informationUri());
        g.writeObjectFieldStart("vendor");
        g.writeStringField("name", tool.name());
        g.writeEndObject();
        g.writeStringField("version", tool.version());
        g.writeEndObject();
    }

    private static void writeVulnerability(JsonGenerator g, ScanResult result, Finding f) throws IOException {
        RuleMeta rule = f.rule();
        String file = Labels.path(result.root(), f.location().file());
        g.writeStartObject();
        g.writeStringField("id", f.fingerprint(result.root()));
        g.writeStringField("name", rule.id() + ": " + rule.title());
        g.writeStringField(
                "description",
                (f.isConditional() ? TextReporter.CONDITIONAL + " " : "") + f.message() + " (resource "
                        + f.resource().displayName() + ")");
        g.writeStringField("severity", capitalized(f.severity().label()));
        g.writeStringField("solution", "See " + rule.helpUri());
        g.writeArrayFieldStart("identifiers");
        g.writeStartObject();
        g.writeStringField("type", "sagelint_rule_id");
        g.writeStringField("name", "sagelint " + rule.id());
        g.writeStringField("value", rule.id());
        g.writeStringField("url", rule.helpUri());
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        g.writeStartObject();
        g.writeStringField("url", rule.helpUri());
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("location");
        g.writeStringField("file", file);
        g.writeNumberField("start_line", Math.max(1, f.location().line()));
        g.writeNumberField(
                "end_line",
                Math.max(Math.max(1, f.location().line()), f.location().endLine()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String capitalized(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
