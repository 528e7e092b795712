package dev.sagelint.report.html;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * A self-contained HTML page of the findings, for people reading a build's reports: the summary line, a table of
 * findings (severity, rule linked to its documentation, location, resource, message) and the diagnostics. The Maven
 * plugin's {@code report} goal puts {@link #body} into a {@code mvn site} page; {@link #write} wraps it in a page
 * of its own. No script, no external style sheet, no timestamp.
 */
public final class HtmlReporter implements Reporter {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>sagelint report</title>\n"
                        + "<style>table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;"
                        + "text-align:left;vertical-align:top}</style>\n</head>\n<body>\n");
        out.write(body(result));
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** The page's content without {@code html}, {@code head} and {@code body}, for embedding in another page. */
    public String body(ScanResult result) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>sagelint</h1>\n<p>")
                .append(escape(TextReporter.summaryLine(result)))
                .append("</p>\n");
        if (!result.findings().isEmpty()) {
            html.append("<h2>Findings</h2>\n<table>\n<tr><th>Severity</th><th>Rule</th><th>Location</th>"
                    + "<th>Resource</th><th>Message</th></tr>\n");
            for (Finding f : result.findings()) {
                String location = Labels.path(result.root(), f.location().file()) + ":"
                        + f.location().line() + ":" + f.location().column();
                html.append("<tr><td>")
                        .append(escape(f.severity().name()))
                        .append("</td><td><a href=\"")
                        .append(escape(f.rule().helpUri()))
                        .append("\">")
                        .append(escape(f.rule().id()))
                        .append("</a></td><td>")
                        .append(escape(location))
                        .append("</td><td>")
                        .append(escape(f.resource().displayName()))
                        .append("</td><td>")
                        .append(escape((f.isConditional() ? TextReporter.CONDITIONAL + " " : "") + f.message()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!result.diagnostics().isEmpty()) {
            html.append("<h2>Diagnostics</h2>\n<ul>\n");
            DiagnosticPrinter printer = new DiagnosticPrinter(false);
            for (Diagnostic d : result.diagnostics()) {
                html.append("<li>")
                        .append(escape(printer.line(result.root(), d)))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c);
            }
        });
        return out.toString();
    }
}
