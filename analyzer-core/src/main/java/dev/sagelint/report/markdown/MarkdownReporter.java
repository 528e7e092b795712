package dev.sagelint.report.markdown;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.fix.ProposedFix;
import dev.sagelint.fix.Replacements;
import dev.sagelint.model.Span;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Summary;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown summary for a GitHub Actions job page ({@code $GITHUB_STEP_SUMMARY}) or a pull-request comment: the
 * summary line, a table of the findings that count (severity, rule with a link to its page, resource, location,
 * message), counts of suppressed and baseline findings, and the diagnostics. At most {@value #MAX_ROWS} rows, so
 * that the summary stays far below GitHub's 1 MiB limit per step; the SARIF and text reports list everything.
 */
public final class MarkdownReporter implements Reporter {

    /** Findings listed in the table at most. */
    public static final int MAX_ROWS = 500;

    private final int maxRows;
    /** The pull request's diff, or {@code null} when it is not known (every fix is then a suggestion block). */
    private final PullRequestDiff diff;

    public MarkdownReporter() {
        this(MAX_ROWS, null);
    }

    /**
     * A report for a pull request: a fix is a suggestion block only where the lines it replaces are in one hunk of
     * {@code diff}, the only place where GitHub lets a reviewer commit it; the other fixes are listed by place.
     */
    public MarkdownReporter(PullRequestDiff diff) {
        this(MAX_ROWS, diff);
    }

    MarkdownReporter(int maxRows) {
        this(maxRows, null);
    }

    MarkdownReporter(int maxRows, PullRequestDiff diff) {
        this.maxRows = maxRows;
        this.diff = diff;
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Path root = result.root();
        StringBuilder md = new StringBuilder("## sagelint\n\n");
        md.append("**").append(TextReporter.summaryLine(Summary.of(result))).append("**");
        if (!result.suppressed().isEmpty())
            md.append(" · ").append(result.suppressed().size()).append(" suppressed");
        if (!result.unchanged().isEmpty()) {
            md.append(" · ").append(result.unchanged().size()).append(" unchanged in the baseline");
        }
        md.append("\n\n");
        List<Finding> findings = result.findings();
        if (!findings.isEmpty()) {
            md.append("| Severity | Rule | Resource | Location | Finding |\n");
            md.append("|---|---|---|---|---|\n");
            for (Finding f : findings.subList(0, Math.min(maxRows, findings.size()))) {
                Span at = f.location();
                md.append("| ")
                        .append(f.severity().label())
                        .append(" | [")
                        .append(cell(f.rule().id()))
                        .append("](")
                        .append(f.rule().helpUri())
                        .append(')')
                        .append(" | ")
                        .append(code(f.resource().displayName()))
                        .append(" | ")
                        .append(code(Labels.path(root, at.file()) + ":" + at.line()))
                        .append(" | ")
                        .append(f.isConditional() ? TextReporter.CONDITIONAL + " " : "")
                        .append(cell(f.message()))
                        .append(" |\n");
            }
            if (findings.size() > maxRows) {
                md.append("\n")
                        .append(findings.size() - maxRows)
                        .append(" more findings are not listed here; see the SARIF or text report.\n");
            }
            md.append('\n');
            suggestions(result, md);
        }
        if (!result.diagnostics().isEmpty()) {
            md.append("<details><summary>")
                    .append(result.diagnostics().size())
                    .append(result.diagnostics().size() == 1 ? " diagnostic" : " diagnostics")
                    .append("</summary>\n\n");
            for (Diagnostic d : result.diagnostics()) {
                String location = d.file() == null
                        ? "sagelint"
                        : Labels.path(root, d.file()) + (d.line() > 0 ? ":" + d.line() : "");
                md.append("- ")
                        .append(d.level().label())
                        .append(' ')
                        .append(code(location))
                        .append(' ')
                        .append(cell(d.message()))
                        .append(" (`")
                        .append(d.code().id())
                        .append("`)\n");
            }
            md.append("\n</details>\n\n");
        }
        out.write(md.toString());
        out.flush();
    }

    /**
     * The fixes sagelint can write, each as a GitHub suggestion block that replaces the lines it names (a reviewer
     * can commit it from a pull-request review comment on those lines), at most {@code maxRows}.
     */
    private void suggestions(ScanResult result, StringBuilder md) {
        List<ProposedFix> fixes = result.fixes();
        List<ProposedFix> edits = fixes.stream()
                .filter(f -> f.kind() == ProposedFix.Kind.EDIT && f.suggestion() != null)
                .toList();
        if (edits.isEmpty()) return;
        md.append("<details><summary>")
                .append(edits.size())
                .append(edits.size() == 1 ? " suggested fix" : " suggested fixes")
                .append(" (<code>sagelint fix</code> writes them)</summary>\n\n");
        Replacements replacements = new Replacements(fixes, result.resources());
        List<ProposedFix> outside = new ArrayList<>();
        for (ProposedFix fix : edits.subList(0, Math.min(maxRows, edits.size()))) {
            ProposedFix.Suggestion s = fix.suggestion();
            Finding f = fix.finding();
            String lines = lines(s);
            if (diff != null && !diff.covers(result.root(), f.location().file(), s.startLine(), s.endLine())) {
                outside.add(fix);
                continue;
            }
            md.append("**")
                    .append(cell(f.rule().id()))
                    .append("** ")
                    .append(code(f.resource().displayName()))
                    .append(", ")
                    .append(code(Labels.path(result.root(), f.location().file())))
                    .append(' ')
                    .append(lines)
                    .append(": ")
                    .append(cell(fix.description()))
                    .append(replacing(replacements, fix))
                    .append("\n\n");
            String fence = s.text().contains("```") ? "~~~~" : "```";
            md.append(fence)
                    .append("suggestion\n")
                    .append(s.text().replace("\r", ""))
                    .append('\n')
                    .append(fence)
                    .append("\n\n");
        }
        if (!outside.isEmpty()) {
            md.append("Not in this pull request's diff, so not suggested here (`sagelint fix` writes ")
                    .append(outside.size() == 1 ? "it" : "them")
                    .append("):\n\n");
            for (ProposedFix fix : outside) {
                Finding f = fix.finding();
                md.append("- **")
                        .append(cell(f.rule().id()))
                        .append("** ")
                        .append(code(f.resource().displayName()))
                        .append(", ")
                        .append(code(Labels.path(result.root(), f.location().file())))
                        .append(' ')
                        .append(lines(fix.suggestion()))
                        .append(": ")
                        .append(cell(fix.description()))
                        .append(replacing(replacements, fix))
                        .append('\n');
            }
            md.append('\n');
        }
        md.append("</details>\n\n");
    }

    /** What applying the fix replaces, in bold, or nothing for an in-place fix. */
    private static String replacing(Replacements replacements, ProposedFix fix) {
        Replacements.Outcome outcome = replacements.of(fix);
        return outcome == null ? "" : " **" + cell(outcome.describe()) + "**";
    }

    private static String lines(ProposedFix.Suggestion s) {
        return s.startLine() == s.endLine() ? "line " + s.startLine() : "lines " + s.startLine() + "-" + s.endLine();
    }

    /**
     * Text for a table cell: one line, pipes escaped, HTML tags neutralized, control characters shown, and outside
     * code spans every character that could start Markdown (a link, an image, emphasis) escaped, so that a value
     * from a template is shown as written and never renders as an image or a link. A code span (text between two
     * runs of as many backticks) is kept as written: Markdown does not interpret it.
     */
    static String cell(String text) {
        String line = Labels.inert(text.replace("\r", "").replace("\n", " "));
        StringBuilder out = new StringBuilder(line.length() + 16);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = backticks(line, i);
                int close = closingRun(line, i + run, run);
                if (close >= 0) {
                    out.append(line.substring(i, close + run).replace("|", "\\|"));
                    i = close + run;
                } else {
                    for (int k = 0; k < run; k++) out.append("\\`");
                    i += run;
                }
                continue;
            }
            switch (c) {
                case '|' -> out.append("\\|");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '[', ']', '!', '*', '_', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static int backticks(String s, int from) {
        int j = from;
        while (j < s.length() && s.charAt(j) == '`') j++;
        return j - from;
    }

    /** The start of the next run of exactly {@code length} backticks at or after {@code from}, or -1. */
    private static int closingRun(String s, int from, int length) {
        int j = from;
        while (j < s.length()) {
            if (s.charAt(j) != '`') {
                j++;
                continue;
            }
            int run = backticks(s, j);
            if (run == length) return j;
            j += run;
        }
        return -1;
    }

    /** Inline code that survives backticks in the text: one line, fenced by more backticks than it holds. */
    static String code(String text) {
        String line = Labels.inert(text.replace("\r", "").replace("\n", " "));
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String padded = line.startsWith("`") || line.endsWith("`") ? " " + line + " " : line;
        return fence + padded.replace("|", "\\|") + fence;
    }
}
