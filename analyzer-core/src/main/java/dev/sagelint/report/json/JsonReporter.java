package dev.sagelint.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.report.JsonOutput;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Summary;
import dev.sagelint.report.ToolInfo;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Severity;
import dev.sagelint.suppress.SuppressedFinding;
import dev.sagelint.suppress.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * sagelint's own JSON report, for scripts. The shape is stable: fields are only ever added, and
 * {@code formatVersion} changes if one is removed or changes meaning. Every field is always present; a value that
 * does not apply is {@code null}. Paths are relative to {@code root} with forward slashes (absolute when the file
 * lies outside it); lines and columns are 1-based.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "tool": { "name": "sagelint", "version": "0.1.0", "informationUri": "https://github.com/sagelint/sagelint" },
 *   "root": "/home/me/project",
 *   "findings": [ {
 *     "ruleId": "SageMaker.3",
 *     "title": "Users should not have root access to SageMaker notebook instances",
 *     "severity": "high",                       // critical | high | medium | low
 *     "file": "templates/notebook.yaml",
 *     "line": 12, "column": 7, "endLine": 12, "endColumn": 14,
 *     "resource": "Notebook",                   // ResourceId.address(): logical ID or Terraform address
 *     "resourceType": "AWS::SageMaker::NotebookInstance",
 *     "stack": null,                            // CloudFormation stack, when known
 *     "constructPath": null,                    // CDK construct path, when known
 *     "property": "RootAccess",
 *     "message": "`RootAccess` is `Enabled`: ...",
 *     "condition": null,                        // when the finding holds only under a condition, in words
 *     "fix": "in-place",                        // in-place | rebuild
 *     "fingerprint": "0f3c...",                 // stable when lines move (rule, file, resource, property)
 *     "related": [ {                            // other places: the resource's declaration when the finding
 *       "file": "variables.tf",                 // points at a value written elsewhere, or the value in a
 *       "line": 3, "column": 1,                 // synthesized template when it points at the CDK app line
 *       "endLine": 3, "endColumn": 9,
 *       "message": "where `aws_sagemaker_notebook_instance.lab` is declared"
 *     } ],
 *     "state": "open"                           // open | suppressed | unchanged (in the baseline)
 *   } ],
 *   "suppressed": [ {                           // silenced by a suppression; every field of a finding, and:
 *     ..., "state": "suppressed",
 *     "suppression": { "kind": "comment",       // comment | metadata
 *       "justification": "...", "file": "templates/notebook.yaml", "line": 11, "until": "2026-12-31" }
 *   } ],
 *   "unchanged": [ { ..., "state": "unchanged" } ],   // in the baseline; they do not count
 *   "diagnostics": [ {
 *     "level": "error",                         // error | warning | note
 *     "code": "parse-error",
 *     "message": "...",
 *     "file": "templates/broken.yaml",          // null when about no file in particular
 *     "line": 3, "column": 5                    // null when unknown
 *   } ],
 *   "summary": {
 *     "findings": 1,
 *     "bySeverity": { "critical": 0, "high": 1, "medium": 0, "low": 0 },
 *     "conditional": 0,
 *     "filesRead": 2, "filesNotAnalyzed": 1,
 *     "errors": 1, "warnings": 0, "notes": 0,
 *     "suppressed": 0, "unchanged": 0
 *   }
 * }
 * }</pre>
 *
 * <p>{@code docs/sagelint-report.schema.json} is the JSON Schema of this shape; every JSON report in the tests is
 * validated against it.
 */
public final class JsonReporter implements Reporter {

    /** The version of the shape above. */
    public static final int FORMAT_VERSION = 1;

    private final ToolInfo tool;

    /** A reporter that names this build of sagelint. */
    public JsonReporter() {
        this(ToolInfo.current());
    }

    public JsonReporter(ToolInfo tool) {
        this.tool = tool;
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Path root = result.root();
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", tool.name());
            g.writeStringField("version", tool.version());
            g.writeStringField("informationUri", tool.informationUri());
            g.writeEndObject();
            JsonOutput.stringOrNull(
                    g,
                    "root",
                    root == null ? null : root.toAbsolutePath().normalize().toString());

            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) writeFinding(g, root, f, "open", null);
            g.writeEndArray();

            g.writeArrayFieldStart("suppressed");
            for (SuppressedFinding s : result.suppressed()) writeFinding(g, root, s.finding(), "suppressed", s);
            g.writeEndArray();

            g.writeArrayFieldStart("unchanged");
            for (Finding f : result.unchanged()) writeFinding(g, root, f, "unchanged", null);
            g.writeEndArray();

            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : result.diagnostics()) writeDiagnostic(g, root, d);
            g.writeEndArray();

            writeSummary(g, Summary.of(result), result);
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void writeFinding(JsonGenerator g, Path root, Finding f, String state, SuppressedFinding suppressed)
            throws IOException {
        Span at = f.location();
        ResourceId resource = f.resource();
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeStringField("title", f.rule().title());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("file", Labels.path(root, at.file()));
        g.writeNumberField("line", at.line());
        g.writeNumberField("column", at.column());
        g.writeNumberField("endLine", at.endLine());
        g.writeNumberField("endColumn", at.endColumn());
        g.writeStringField("resource", resource.address());
        g.writeStringField("resourceType", resource.sourceType());
        JsonOutput.stringOrNull(g, "stack", resource.stack());
        JsonOutput.stringOrNull(g, "constructPath", resource.constructPath());
        g.writeStringField("property", f.propertyPath());
        g.writeStringField("message", f.message());
        JsonOutput.stringOrNull(g, "condition", f.conditionText());
        g.writeStringField("fix", Labels.fix(f.rule().fix()));
        g.writeStringField("fingerprint", f.fingerprint(root));
        g.writeArrayFieldStart("related");
        for (Span related : f.related()) {
            g.writeStartObject();
            g.writeStringField("file", Labels.path(root, related.file()));
            g.writeNumberField("line", related.line());
            g.writeNumberField("column", related.column());
            g.writeNumberField("endLine", related.endLine());
            g.writeNumberField("endColumn", related.endColumn());
            g.writeStringField("message", Labels.related(f, related));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("state", state);
        if (suppressed != null) {
            Suppression by = suppressed.suppression();
            g.writeObjectFieldStart("suppression");
            g.writeStringField("kind", by.kind().name().toLowerCase(java.util.Locale.ROOT));
            JsonOutput.stringOrNull(g, "justification", by.justification());
            g.writeStringField("file", Labels.path(root, by.at().file()));
            g.writeNumberField("line", by.at().line());
            JsonOutput.stringOrNull(
                    g, "until", by.until() == null ? null : by.until().toString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeDiagnostic(JsonGenerator g, Path root, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", d.level().label());
        g.writeStringField("code", d.code().id());
        g.writeStringField("message", d.message());
        JsonOutput.stringOrNull(g, "file", d.file() == null ? null : Labels.path(root, d.file()));
        positiveOrNull(g, "line", d.line());
        positiveOrNull(g, "column", d.line() > 0 ? d.column() : 0);
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, Summary s, ScanResult result) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("findings", s.findings());
        g.writeObjectFieldStart("bySeverity");
        for (Severity severity : Severity.values()) g.writeNumberField(severity.label(), s.count(severity));
        g.writeEndObject();
        g.writeNumberField("conditional", s.conditional());
        g.writeNumberField("filesRead", s.filesRead());
        g.writeNumberField("filesNotAnalyzed", s.filesNotAnalyzed());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("notes", s.notes());
        g.writeNumberField("suppressed", result.suppressed().size());
        g.writeNumberField("unchanged", result.unchanged().size());
        g.writeEndObject();
    }

    private static void positiveOrNull(JsonGenerator g, String name, int value) throws IOException {
        if (value > 0) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }
}
