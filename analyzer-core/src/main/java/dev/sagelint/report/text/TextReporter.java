package dev.sagelint.report.text;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.Span;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Summary;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report for a person at a terminal: one aligned line per finding,
 * {@code path:line:col  SEVERITY  SageMaker.N  Resource  message}, then a blank line and a summary such as
 * {@code 3 findings (2 high, 1 medium) in 4 files; 1 file could not be analyzed}. A finding that holds only under a
 * parameter value or condition has its message prefixed with {@value #CONDITIONAL}.
 *
 * <p>Colour is an option, never read from the environment: the caller knows whether the output is a terminal and
 * whether {@code NO_COLOR} is set. With colour, the severity is coloured and the path dimmed. Diagnostics are not
 * part of this report (they go to standard error, see {@link DiagnosticPrinter}); the summary counts them.
 */
public final class TextReporter implements Reporter {

    /** The marker in front of the message of a conditional finding. */
    public static final String CONDITIONAL = "(conditional)";

    private static final String GAP = "  ";

    /** In the compact layout, the longest resource address shown whole; a longer one keeps its end. */
    static final int COMPACT_RESOURCE_WIDTH = 40;

    private final Ansi ansi;
    private final int width;

    /** @param colour whether to write ANSI colours */
    public TextReporter(boolean colour) {
        this(colour, 0);
    }

    /**
     * @param colour whether to write ANSI colours
     * @param width  0 for one aligned line per finding; else the compact layout for a terminal this many columns
     *               wide: location, severity, rule and resource (shortened past {@value #COMPACT_RESOURCE_WIDTH}
     *               characters) on one line, the message wrapped below it, indented
     */
    public TextReporter(boolean colour, int width) {
        this.ansi = new Ansi(colour);
        this.width = width;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        // Two passes over the findings, which a large scan reads back from a file: the column widths, then the rows.
        int locationWidth = 0, severityWidth = 0, ruleWidth = 0, resourceWidth = 0;
        if (width <= 0) {
            for (Finding f : result.findings()) {
                Row r = Row.of(result.root(), f);
                locationWidth = Math.max(locationWidth, r.location.length());
                severityWidth = Math.max(severityWidth, r.severity.name().length());
                ruleWidth = Math.max(ruleWidth, r.ruleId.length());
                resourceWidth = Math.max(resourceWidth, r.resource.length());
            }
        }
        for (Finding f : result.findings()) {
            Row r = Row.of(result.root(), f);
            if (width > 0) {
                writeCompact(r, out);
                continue;
            }
            StringBuilder line = new StringBuilder();
            line.append(ansi.style(Ansi.DIM, r.location))
                    .append(pad(r.location, locationWidth))
                    .append(GAP);
            String severity = r.severity.name();
            line.append(ansi.style(Ansi.codes(r.severity), severity))
                    .append(pad(severity, severityWidth))
                    .append(GAP);
            line.append(r.ruleId).append(pad(r.ruleId, ruleWidth)).append(GAP);
            line.append(r.resource).append(pad(r.resource, resourceWidth)).append(GAP);
            if (r.conditional) line.append(CONDITIONAL).append(' ');
            line.append(r.message);
            if (r.declaredAt != null)
                line.append(" (declared at ").append(r.declaredAt).append(')');
            line.append('\n');
            out.write(line.toString());
        }
        if (!result.findings().isEmpty()) out.write("\n");
        out.write(ansi.style(Ansi.BOLD, summaryLine(result)));
        out.write("\n");
        out.flush();
    }

    /** The summary line of {@code result}, with the suppressed and baselined counts, without colour or line end. */
    public static String summaryLine(ScanResult result) {
        String summary = summaryLine(Summary.of(result));
        if (!result.suppressed().isEmpty())
            summary += "; " + result.suppressed().size() + " suppressed";
        if (!result.unchanged().isEmpty()) summary += "; " + result.unchanged().size() + " unchanged in the baseline";
        return summary;
    }

    private void writeCompact(Row r, Writer out) throws IOException {
        String indent = "    ";
        String resource = r.resource.length() <= COMPACT_RESOURCE_WIDTH
                ? r.resource
                : "\u2026" + r.resource.substring(r.resource.length() - COMPACT_RESOURCE_WIDTH + 1);
        String severity = r.severity.name();
        out.write(ansi.style(Ansi.DIM, r.location) + GAP + ansi.style(Ansi.codes(r.severity), severity) + GAP + r.ruleId
                + GAP + resource + "\n");
        String message = (r.conditional ? CONDITIONAL + " " : "") + r.message;
        for (String line : wrap(message, Math.max(20, width - indent.length()))) {
            out.write(indent + line + "\n");
        }
    }

    /** {@code text} broken at spaces into lines of at most {@code width} characters (a longer word stays whole). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** The closing line, without colour or line end. */
    public static String summaryLine(Summary summary) {
        StringBuilder line = new StringBuilder(plural(summary.findings(), "finding"));
        List<String> details = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (summary.count(s) > 0) details.add(summary.count(s) + " " + s.label());
        }
        if (!details.isEmpty()) {
            line.append(" (").append(String.join(", ", details));
            if (summary.conditional() > 0)
                line.append("; ").append(summary.conditional()).append(" conditional");
            line.append(')');
        }
        line.append(" in ").append(plural(summary.filesRead(), "file"));
        if (summary.filesNotAnalyzed() > 0) {
            line.append("; ").append(plural(summary.filesNotAnalyzed(), "file")).append(" could not be analyzed");
        }
        if (summary.warnings() > 0) line.append("; ").append(plural(summary.warnings(), "warning"));
        return line.toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length()));
    }

    private record Row(
            String location,
            Severity severity,
            String ruleId,
            String resource,
            String message,
            boolean conditional,
            String declaredAt) {

        static Row of(Path root, Finding f) {
            Span at = f.location();
            String location = Ansi.printable(Labels.path(root, at.file())) + ":" + at.line() + ":" + at.column();
            return new Row(
                    location,
                    f.severity(),
                    f.rule().id(),
                    Ansi.printable(f.resource().displayName()),
                    Ansi.printable(f.message()),
                    f.isConditional(),
                    f.related().contains(f.resource().declaration())
                            ? Ansi.printable(Labels.position(root, f.resource().declaration()))
                            : null);
        }
    }
}
